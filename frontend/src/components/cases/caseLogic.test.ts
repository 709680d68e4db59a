import { describe, expect, it } from 'vitest';
import type { Case, CaseStatus } from '../../api';
import {
  complexityGrades,
  currentDeadline,
  fieldLabel,
  nearness,
  nearnessColor,
  nextStepButtons,
  resultLabel,
  resultOptions,
  stepFields,
  stepHasDocument,
} from './caseLogic';

const base: Case = {
  id: 7,
  petitionId: 12,
  matterId: 3,
  kind: 'complaint-first',
  remote: false,
  complexity: '',
  complexityReasons: [],
  proposedOn: '2026-11-20',
  acceptanceDue: '2026-12-01',
  acceptanceCitation: 'Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc',
  status: 'proposed',
  acceptedOn: '',
  acceptanceDoc: '',
  resolutionDue: '',
  resolutionRule: '',
  resolutionCitation: '',
  decidedOn: '',
  result: '',
  onTime: false,
  nextSteps: [],
  steps: [],
  revision: 1,
};

describe('next-step buttons', () => {
  it('offers exactly the steps Go allows, in the order of the procedure', () => {
    const b = nextStepButtons({ nextSteps: ['withdraw', 'reject', 'accept'] });
    expect(b.map((x) => x.kind)).toEqual(['accept', 'reject', 'withdraw']);
    expect(b.map((x) => x.label)).toEqual(['Thụ lý', 'Không thụ lý', 'Rút đơn']);
  });

  it('marks thụ lý and the decision as the main step, refusals and withdrawals as dangerous', () => {
    const b = nextStepButtons({ nextSteps: ['decide', 'suspend', 'terminate', 'complex'] });
    expect(b.map((x) => [x.kind, x.primary, x.danger])).toEqual([
      ['complex', false, false],
      ['suspend', false, false],
      ['terminate', false, true],
      ['decide', true, false],
    ]);
  });

  it('offers nothing for a closed case, or when Go sent no list', () => {
    expect(nextStepButtons({ nextSteps: [] })).toEqual([]);
    expect(nextStepButtons({ nextSteps: null as never })).toEqual([]);
  });
});

describe('result options by kind', () => {
  it('khiếu nại lần đầu: đúng, sai, đúng một phần', () => {
    expect(resultOptions('complaint-first')).toEqual([
      { value: 'upheld', label: 'Khiếu nại đúng' },
      { value: 'rejected', label: 'Khiếu nại sai' },
      { value: 'partly', label: 'Khiếu nại đúng một phần' },
    ]);
  });

  it('khiếu nại lần hai: công nhận, or hủy, sửa the first decision', () => {
    expect(resultOptions('complaint-second').map((o) => o.label)).toEqual([
      'Công nhận quyết định giải quyết lần đầu',
      'Hủy, sửa quyết định giải quyết lần đầu',
    ]);
  });

  it('tố cáo: đúng, sai, có đúng có sai', () => {
    expect(resultOptions('denunciation').map((o) => o.label)).toEqual(['Tố cáo đúng', 'Tố cáo sai', 'Tố cáo có đúng, có sai']);
  });

  it('kiến nghị, phản ánh: đã giải quyết', () => {
    expect(resultOptions('recommendation')).toEqual([{ value: 'resolved', label: 'Đã giải quyết' }]);
    expect(resultLabel('recommendation', '')).toBe('');
  });
});

describe('deadline nearness', () => {
  it.each([
    ['2026-11-26', 'overdue'],
    ['2026-11-27', 'today'],
    ['2026-11-28', 'soon'],
    ['2026-11-30', 'soon'],
    ['2026-12-01', ''],
    ['', ''],
  ])('due %s on 27/11/2026 is %s', (due, want) => {
    expect(nearness(due, '2026-11-27')).toBe(want);
  });

  it('is overdue the day after its deadline and not before, across a month end', () => {
    expect(nearness('2026-12-31', '2027-01-01')).toBe('overdue');
    expect(nearness('2026-12-31', '2026-12-31')).toBe('today');
  });

  it('colours red when overdue and orange within 3 days', () => {
    expect(nearnessColor('overdue')).toBe('red');
    expect(nearnessColor('today')).toBe('orange');
    expect(nearnessColor('soon')).toBe('orange');
    expect(nearnessColor('')).toBeUndefined();
  });
});

describe('current deadline', () => {
  const at = (status: CaseStatus, patch: Partial<Case> = {}) => currentDeadline({ ...base, status, ...patch });
  const resolved = { acceptedOn: '2026-11-27', resolutionDue: '2026-12-28', resolutionCitation: 'Điều 28 Luật Khiếu nại: 30 ngày' };

  it('is the acceptance deadline while proposed', () => {
    expect(at('proposed')).toEqual({ kind: 'acceptance', due: '2026-12-01', citation: base.acceptanceCitation, stopped: false });
  });

  it('is the resolution deadline after thụ lý', () => {
    expect(at('accepted', resolved)).toEqual({ kind: 'resolution', due: '2026-12-28', citation: 'Điều 28 Luật Khiếu nại: 30 ngày', stopped: false });
  });

  it('is stopped while suspended', () => {
    expect(at('suspended', { ...resolved, resolutionDue: '' })?.stopped).toBe(true);
  });

  it('is none once decided, and none for kiến nghị, phản ánh, which has no statutory period', () => {
    expect(at('decided', resolved)).toBeUndefined();
    expect(at('accepted', { kind: 'recommendation' })).toBeUndefined();
  });
});

describe('step forms', () => {
  it('asks each step for what it needs', () => {
    expect(stepFields('accept', 'complaint-first')).toEqual(['docNumber', 'date', 'remote', 'note']);
    expect(stepFields('accept', 'denunciation')).toEqual(['docNumber', 'date', 'note']);
    expect(stepFields('dialogue', 'complaint-second')).toEqual(['date', 'invitedOn', 'note']);
    expect(stepFields('extend', 'denunciation')).toEqual(['days', 'docNumber', 'date', 'note']);
    expect(stepFields('decide', 'complaint-first')).toEqual(['result', 'docNumber', 'date', 'figures', 'note']);
    expect(stepFields('enforce', 'complaint-first')).toEqual(['date', 'figures', 'done', 'note']);
  });

  it('asks the grade of complexity only of a tố cáo', () => {
    expect(stepFields('complex', 'denunciation')).toEqual(['complexity', 'reasons', 'date', 'note']);
    expect(stepFields('complex', 'complaint-first')).toEqual(['reasons', 'date', 'note']);
    expect(complexityGrades('denunciation')).toEqual(['complex', 'very']);
  });

  it('labels fields in the words of their step', () => {
    expect(fieldLabel('accept', 'docNumber')).toBe('Số quyết định, thông báo thụ lý');
    expect(fieldLabel('dialogue', 'date')).toBe('Ngày đối thoại');
    expect(fieldLabel('verify', 'assignee')).toBe('Người được giao xác minh');
    expect(fieldLabel('decide', 'figures')).toBe('Số liệu kết quả (biểu 01/KQGQ)');
    expect(fieldLabel('enforce', 'figures')).toBe('Số liệu đã thi hành (biểu 02/KQGQ)');
  });

  it('prints the documents the forms catalogue has', () => {
    expect(stepHasDocument('complaint-first', 'accept')).toBe(true);
    expect(stepHasDocument('complaint-second', 'reject')).toBe(true);
    expect(stepHasDocument('denunciation', 'accept')).toBe(true);
    expect(stepHasDocument('denunciation', 'extend')).toBe(true);
    expect(stepHasDocument('denunciation', 'reject')).toBe(false);
    expect(stepHasDocument('recommendation', 'accept')).toBe(false);
    expect(stepHasDocument('complaint-first', 'decide')).toBe(false);
  });
});
