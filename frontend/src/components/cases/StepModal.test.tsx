import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import type { CaseView } from '../../api';
import { StepModal } from './StepModal';

// jsdom has no ResizeObserver, which Ant Design's Select and Collapse use.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  cleanup();
  delete window.go;
});

const view: CaseView = {
  id: 3,
  petitionId: 5,
  matterId: 5,
  kind: 'complaint-first',
  remote: false,
  complexity: '',
  complexityReasons: [],
  proposedOn: '2026-11-20',
  acceptanceDue: '2026-12-01',
  acceptanceCitation: '',
  status: 'accepted',
  acceptedOn: '2026-11-23',
  acceptanceDoc: '15/TB-UBND',
  resolutionDue: '2026-12-23',
  resolutionRule: 'kn-giai-quyet-lan-dau',
  resolutionCitation: 'Điều 28 Luật Khiếu nại: 30 ngày',
  decidedOn: '',
  result: '',
  onTime: false,
  nextSteps: ['dialogue', 'decide'],
  steps: [],
  revision: 4,
  petitionNumber: 5,
  petitionYear: 2026,
  summary: 'Khiếu nại quyết định thu hồi đất',
  name: 'Nguyễn Thị Thu',
  isGroup: false,
};

const renderStep = (step: 'dialogue' | 'decide', onSaved = vi.fn()) =>
  render(
    <App>
      <StepModal view={view} step={step} today="2026-11-27" checklist={[]}
        grounds={[]} onClose={() => {}} onSaved={onSaved} onConflict={() => {}} />
    </App>,
  );

describe('StepModal', () => {
  it("shows Go's refusal in the dialog and its field message beside the field, and saves nothing", async () => {
    const message =
      'Giấy mời đối thoại phải được gửi trước ngày đối thoại ít nhất 05 ngày (Điều 28 Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP)';
    const addStep = vi.fn(() => Promise.reject({ kind: 'invalid', message: message + '.', fields: { invitedOn: message } }));
    window.go = { app: { Cases: { AddStep: addStep } } };
    const onSaved = vi.fn();
    renderStep('dialogue', onSaved);
    const dialog = await screen.findByRole('dialog', { name: 'Đối thoại' });
    expect(within(dialog).getByLabelText('Ngày đối thoại')).toBeTruthy();
    expect(within(dialog).getByLabelText('Ngày gửi giấy mời')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi' }));
    await within(dialog).findByText(message + '.');
    expect(within(dialog).getByText(message)).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    // The step went to Go as read: the case's revision, today's date, its kind.
    expect(addStep).toHaveBeenCalledWith(expect.objectContaining({ caseId: 3, revision: 4, kind: 'dialogue', date: '2026-11-27', remote: false }));
  });

  it('offers the results of a khiếu nại lần đầu and sends the one chosen', async () => {
    const addStep = vi.fn(async (s: unknown) => ({ ...view, status: 'decided', steps: [s] }));
    window.go = { app: { Cases: { AddStep: addStep as (...a: unknown[]) => Promise<unknown> } } };
    const onSaved = vi.fn();
    renderStep('decide', onSaved);
    const dialog = await screen.findByRole('dialog', { name: 'Quyết định, kết luận' });
    fireEvent.mouseDown(within(dialog).getByLabelText('Kết quả'));
    await screen.findByTitle('Khiếu nại sai');
    const options = [...document.querySelectorAll('.ant-select-item-option')];
    expect(options.map((o) => o.textContent)).toEqual(['Khiếu nại đúng', 'Khiếu nại sai', 'Khiếu nại đúng một phần']);
    fireEvent.click(screen.getByTitle('Khiếu nại sai'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(addStep).toHaveBeenCalledWith(expect.objectContaining({ kind: 'decide', result: 'rejected', figures: expect.objectContaining({ peopleRestored: 0 }) }));
  });
});
