import { describe, expect, it } from 'vitest';
import type { DuplicateHint, PetitionAction } from '../../api';
import {
  actionKindsFor,
  blankCitizen,
  blankPetition,
  documentKey,
  dueColour,
  dueState,
  duplicateQueryOf,
  fieldsFor,
  hintTitle,
  priorStatusesFor,
  sortHints,
  toPetition,
} from './petitionRules';

const today = '2026-11-27';

const action = (kind: PetitionAction['kind'], id = 1): PetitionAction => ({
  id,
  petitionId: 1,
  kind,
  date: today,
  docNumber: '',
  body: '',
  note: '',
  by: 'canbo',
  createdAt: '2026-11-27T09:30:00+07:00',
});

const hint = (petitionId: number, score: number, receivedOn = '2026-11-20'): DuplicateHint => ({
  petitionId,
  number: petitionId,
  year: 2026,
  receivedOn,
  kind: 'denunciation',
  summary: 'Tố cáo ông Trần Văn B lấn chiếm đất công',
  matterId: 100 + petitionId,
  name: 'Nguyễn Văn Dũng',
  reasons: ['Cùng số giấy tờ tùy thân'],
  score,
});

describe('fieldsFor mirrors domain.FieldsFor', () => {
  it('gives tố cáo công chức, công vụ and tham nhũng, which khiếu nại has not', () => {
    expect(fieldsFor('denunciation')).toEqual(['policy', 'land', 'civil-service', 'admin-other', 'corruption', 'judicial', 'party', 'other']);
    expect(fieldsFor('complaint')).toEqual(['policy', 'land', 'admin-other', 'judicial', 'party', 'other']);
    expect(fieldsFor('complaint')).not.toContain('corruption');
  });

  it('gives kiến nghị and phản ánh the four fields of biểu 04/XLD', () => {
    expect(fieldsFor('recommendation')).toEqual(['policy', 'land', 'judicial', 'other']);
    expect(fieldsFor('feedback')).toEqual(fieldsFor('recommendation'));
  });

  it('gives nhiều nội dung, and a kind not chosen yet, every field', () => {
    expect(fieldsFor('mixed')).toHaveLength(8);
    expect(fieldsFor(undefined)).toEqual(fieldsFor('mixed'));
  });
});

describe('priorStatusesFor', () => {
  it('offers the "tố cáo tiếp" statuses only for a tố cáo', () => {
    expect(priorStatusesFor('denunciation')).toEqual(['none', 'overdue', 'concluded']);
    expect(priorStatusesFor('complaint')).toEqual(['none', 'first', 'second', 'judgment']);
    expect(priorStatusesFor('feedback')).not.toContain('overdue');
    expect(priorStatusesFor('mixed')).toEqual(['none', 'first', 'second', 'judgment']);
  });
});

describe('dueState and dueColour', () => {
  const due = (handlingDue: string, handled = false) => dueState({ handled, handlingDue }, today);

  it('is overdue the day after the deadline and not before', () => {
    expect(due('2026-11-26')).toBe('overdue');
    expect(due('2026-11-27')).toBe('today');
    expect(dueColour(due('2026-11-26'))).toBe('red');
    expect(dueColour(due('2026-11-27'))).toBe('orange');
  });

  it('is orange within 3 days and plain after that', () => {
    expect(due('2026-11-30')).toBe('soon');
    expect(dueColour(due('2026-11-30'))).toBe('orange');
    expect(due('2026-12-01')).toBe('later');
    expect(dueColour(due('2026-12-08'))).toBeUndefined();
  });

  it('is never overdue once handled, nor without a deadline', () => {
    expect(due('2026-11-01', true)).toBe('handled');
    expect(dueColour('handled')).toBe('green');
    expect(due('')).toBe('none');
  });

  it('crosses month and year ends', () => {
    expect(dueState({ handled: false, handlingDue: '2027-01-02' }, '2026-12-31')).toBe('soon');
    expect(dueState({ handled: false, handlingDue: '2026-12-31' }, '2027-01-01')).toBe('overdue');
  });
});

describe('actionKindsFor', () => {
  it('offers đề xuất thụ lý for an eligible petition within competence, and not twice', () => {
    const p = { ...blankPetition(today), withinCompetence: true, eligible: true };
    expect(actionKindsFor(p)).toEqual(['propose-acceptance', 'answer', 'return', 'file']);
    expect(actionKindsFor({ ...p, caseId: 3 })).not.toContain('propose-acceptance');
    expect(actionKindsFor({ ...p, eligible: false })).not.toContain('propose-acceptance');
  });

  it('offers hướng dẫn and chuyển đơn outside competence, đôn đốc and phúc đáp only after a transfer', () => {
    const p = { ...blankPetition(today), withinCompetence: false };
    expect(actionKindsFor(p)).toEqual(['guide', 'transfer', 'answer', 'return', 'file']);
    const transferred = { ...p, actions: [action('transfer')] };
    expect(actionKindsFor(transferred)).toEqual(['guide', 'transfer', 'urge', 'answer', 'return', 'file', 'reply-received']);
  });
});

describe('documents', () => {
  it('names the Phiếu chuyển đơn tố cáo for the transfer of a tố cáo only', () => {
    expect(documentKey('transfer', 'denunciation')).toBe('petitions.documents.transfer-denunciation');
    expect(documentKey('transfer', 'complaint')).toBe('petitions.documents.transfer');
    expect(documentKey('propose-acceptance', 'denunciation')).toBe('petitions.documents.propose-acceptance');
  });
});

describe('duplicateQueryOf', () => {
  it('waits until a name, a number or the content is long enough', () => {
    expect(duplicateQueryOf([{ name: 'Ng' }], 'Tố cáo', 0)).toBeUndefined();
    expect(duplicateQueryOf([{ name: '', idNumber: '04209' }], '', 0)).toBeUndefined();
    expect(duplicateQueryOf([{ ...blankCitizen, name: '[Được giữ bí mật]', masked: true }], '', 0)).toBeUndefined();
  });

  it('sends the people typed, trimmed and complete, and the content once long enough', () => {
    const q = duplicateQueryOf([{ name: ' nguyen van dung ' }, { name: 'Lê' }], 'ngắn', 7);
    expect(q).toEqual({ petitioners: [{ ...blankCitizen, name: 'nguyen van dung' }], summary: '', excludeId: 7 });
    const byText = duplicateQueryOf([], 'Tố cáo ông Trần Văn B lấn chiếm đất công', 0);
    expect(byText?.summary).toBe('Tố cáo ông Trần Văn B lấn chiếm đất công');
    expect(byText?.petitioners).toEqual([]);
  });
});

describe('duplicate hints', () => {
  it('name the earlier petition by number, date and petitioner', () => {
    expect(hintTitle(hint(3, 0.9, '2026-11-25'))).toBe('Đơn số 3/2026, nhận ngày 25/11/2026 — Nguyễn Văn Dũng');
  });

  it('come most likely first, each once', () => {
    expect(sortHints([hint(1, 0.4), hint(2, 0.9), hint(1, 0.4), hint(3, 0.9, '2026-11-26')]).map((h) => h.petitionId)).toEqual([3, 2, 1]);
  });
});

describe('toPetition', () => {
  const base = blankPetition(today);
  const link = { duplicateOf: 0, matterId: 0 };

  it('clears what the chosen source makes irrelevant', () => {
    const p = toPetition(base, { source: 'post', forwardingBody: 'HĐND phường', forwardingDoc: '15/HĐND', visitId: 4 }, link);
    expect(p.forwardingBody).toBe('');
    expect(p.forwardingDoc).toBe('');
    expect(p.visitId).toBe(0);
    const f = toPetition(base, { source: 'forwarded', forwardingBody: 'HĐND phường', forwardingCategory: 'peoples-council' }, link);
    expect(f.forwardingBody).toBe('HĐND phường');
    expect(f.forwardingCategory).toBe('peoples-council');
  });

  it('drops a field and a prior status the kind does not have, and the reason of an eligible petition', () => {
    const p = toPetition(base, { kind: 'complaint', field: 'corruption', priorStatus: 'concluded', eligible: true, ineligibleReason: 'duplicate' }, link);
    expect(p.field).toBe('');
    expect(p.priorStatus).toBe('none');
    expect(p.ineligibleReason).toBe('');
  });

  it('keeps the link to a duplicate and completes every petitioner', () => {
    const p = toPetition(base, { petitioners: [{ name: 'Nguyễn Văn Dũng' } as never], field: undefined }, { duplicateOf: 3, matterId: 103 });
    expect(p.duplicateOf).toBe(3);
    expect(p.matterId).toBe(103);
    expect(p.petitioners[0]).toEqual({ ...blankCitizen, name: 'Nguyễn Văn Dũng' });
    expect(p.field).toBe('');
  });
});
