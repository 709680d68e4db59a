import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import type { DuplicateHint, DuplicateQuery, Petition } from '../../api';
import { PetitionForm } from './PetitionForm';

// jsdom has no ResizeObserver, which Ant Design's inputs and selects use.
if (!('ResizeObserver' in window)) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

afterEach(() => {
  cleanup();
  delete window.go;
});

const earlier: DuplicateHint = {
  petitionId: 1,
  number: 1,
  year: 2026,
  receivedOn: '2026-11-27',
  kind: 'denunciation',
  summary: 'Tố cáo ông Trần Văn B lấn chiếm đất công',
  matterId: 41,
  name: '[Được giữ bí mật]',
  reasons: ['Họ tên và địa chỉ gần giống'],
  score: 0.8,
};

/** Go's Petitions service as far as the form calls it, recording what it is sent. */
function fakeGo(saveError?: unknown) {
  const sent = { queries: [] as DuplicateQuery[], saved: [] as Petition[] };
  window.go = {
    app: {
      Petitions: {
        FindDuplicates: async (...args: unknown[]) => {
          const q = args[0] as DuplicateQuery;
          sent.queries.push(q);
          return q.petitioners.some((c) => c.name === 'nguyen van dung') ? [earlier] : [];
        },
        Save: async (...args: unknown[]) => {
          if (saveError) throw saveError;
          const p = args[0] as Petition;
          sent.saved.push(p);
          return { ...p, id: 2, number: 2, year: 2026, warnings: [], duplicates: [] };
        },
      },
      Reception: { Visits: async () => ({ rows: [], total: 0 }) },
    },
  };
  return sent;
}

function renderForm() {
  const onSaved = vi.fn();
  render(
    <App>
      <PetitionForm today="2026-11-27" onSaved={onSaved} />
    </App>,
  );
  return onSaved;
}

describe('PetitionForm', () => {
  it('offers the lĩnh vực of the kind chosen', async () => {
    fakeGo();
    renderForm();
    const form = screen.getByRole('form', { name: 'Vào sổ đơn' });
    // Khiếu nại is the default: no tham nhũng.
    fireEvent.mouseDown(within(form).getByLabelText('Lĩnh vực'));
    await screen.findByTitle('Chế độ, chính sách');
    expect(screen.queryByTitle('Tham nhũng')).toBeNull();
  });

  it('shows likely duplicates as the name is typed, and saves the link chosen', async () => {
    const sent = fakeGo();
    const onSaved = renderForm();
    fireEvent.change(document.getElementById('petitioners_0_name')!, { target: { value: 'nguyen van dung' } });
    const alert = await screen.findByText('Có thể trùng với 1 đơn đã nhận');
    expect(sent.queries.at(-1)?.petitioners[0].name).toBe('nguyen van dung');
    const box = alert.closest('.ant-alert') as HTMLElement;
    expect(box.textContent).toContain('Đơn số 1/2026, nhận ngày 27/11/2026 — [Được giữ bí mật]');
    expect(box.textContent).toContain('Họ tên và địa chỉ gần giống');
    fireEvent.click(within(box).getByRole('button', { name: 'Đánh dấu là đơn trùng' }));
    await within(box).findByText('Đơn trùng với đơn số 1/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent.saved[0]).toMatchObject({ duplicateOf: 1, matterId: 41, eligible: false, ineligibleReason: 'duplicate', receivedOn: '2026-11-27' });
    expect(sent.saved[0].petitioners[0]).toMatchObject({ name: 'nguyen van dung', idKind: 'can-cuoc', masked: false });
  });

  it("shows Go's message beside a petitioner's field", async () => {
    fakeGo({ kind: 'invalid', message: 'Thông tin chưa hợp lệ', fields: { 'petitioners.0.idNumber': 'Số căn cước phải có 12 chữ số' } });
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu (Ctrl+S)' }));
    await screen.findByText('Số căn cước phải có 12 chữ số');
  });
});
