import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { AuditLog } from './AuditLog';
import type { AuditEntry, AuditFilter, AuditPage } from '../../api';

// jsdom has no ResizeObserver, which Ant Design's table and pickers use.
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

const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const unitUpdate: AuditEntry = {
  id: 3,
  at: '2026-11-27T09:30:00+07:00',
  actor: 'quantri',
  action: 'update',
  entity: 'unit',
  entityId: '1',
  old: { name: 'Ủy ban nhân dân phường Hà Huy Tập', chairmanName: 'Nguyễn Văn Dũng', periodicDays: [4], revision: 1 },
  new: { name: 'Ủy ban nhân dân phường Hà Huy Tập', chairmanName: 'Trần Thị Hòa', periodicDays: [2, 4], revision: 2 },
  hash,
};

const overrideCreate: AuditEntry = {
  id: 2,
  at: '2026-11-26T14:05:00+07:00',
  actor: 'canbo1',
  action: 'create',
  entity: 'calendar_override',
  entityId: '2026-12-01',
  old: null,
  new: { date: '2026-12-01', kind: 'off', reason: 'Nghỉ bù theo Quyết định số 12/QĐ-UBND' },
  hash,
};

const holidayDelete: AuditEntry = {
  id: 1,
  at: '2026-11-25T08:00:00+07:00',
  actor: 'quantri',
  action: 'delete',
  entity: 'optional_holiday',
  entityId: '2026/ngay-van-hoa',
  old: { year: 2026, holidayId: 'ngay-van-hoa' },
  new: null,
  hash,
};

function mockList(list: (f: AuditFilter) => Promise<AuditPage>) {
  const fn = vi.fn(list);
  window.go = { app: { Audit: { List: fn as (...a: unknown[]) => Promise<unknown> } } };
  return fn;
}

function renderLog() {
  return render(
    <App>
      <AuditLog />
    </App>,
  );
}

describe('AuditLog', () => {
  it('shows each entry with who, when, what and the values before and after', async () => {
    const list = mockList(async () => ({ rows: [unitUpdate, overrideCreate, holidayDelete], total: 3 }));
    renderLog();
    expect(await screen.findByText('Họ tên Chủ tịch: Nguyễn Văn Dũng → Trần Thị Hòa')).toBeTruthy();
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 0 });

    // An update shows only the fields that changed, in words.
    expect(screen.getByText('Ngày tiếp định kỳ: Thứ Năm → Thứ Ba, Thứ Năm')).toBeTruthy();
    expect(screen.getByText('Lần sửa: 1 → 2')).toBeTruthy();
    expect(screen.queryByText(/^Tên: /)).toBeNull();
    // A create shows the new record, dates dd/mm/yyyy and codes in words.
    expect(screen.getByText('Lý do: Nghỉ bù theo Quyết định số 12/QĐ-UBND')).toBeTruthy();
    expect(screen.getByText('Loại ngày: Nghỉ')).toBeTruthy();
    expect(screen.getByText('Ngày: 01/12/2026')).toBeTruthy();
    // A delete shows the record removed.
    expect(screen.getByText('Ngày lễ: ngay-van-hoa')).toBeTruthy();

    const table = screen.getByRole('table');
    const row = within(table).getByText('27/11/2026 09:30').closest('tr') as HTMLElement;
    expect(within(row).getByText('quantri')).toBeTruthy();
    expect(within(row).getByText('Sửa')).toBeTruthy();
    expect(within(row).getByText('Thông tin đơn vị')).toBeTruthy();
    expect(within(row).getByText('e3b0c44298').closest('[title]')?.getAttribute('title')).toContain(hash);
    expect(within(table).getByText('Điều chỉnh lịch làm việc')).toBeTruthy();
    expect(within(table).getByText('Thêm')).toBeTruthy();
    expect(within(table).getByText('Xóa')).toBeTruthy();
    expect(screen.getByText('Tổng cộng 3 dòng')).toBeTruthy();
  }, 30_000);

  it('sends the filters typed and starts again from the first page', async () => {
    const list = mockList(async () => ({ rows: [overrideCreate], total: 45 }));
    renderLog();
    await screen.findByText('Tổng cộng 45 dòng');
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ limit: 20, offset: 20 }));

    fireEvent.change(screen.getByLabelText('Người thực hiện'), { target: { value: ' canbo1 ' } });
    fireEvent.change(screen.getByLabelText('Nội dung'), { target: { value: 'Nghỉ bù' } });
    const [from, to] = screen.getAllByRole('textbox').filter((e) => e.getAttribute('placeholder')?.match(/^(Từ|Đến) ngày$/));
    fireEvent.mouseDown(from);
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: '01/11/2026' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter' });
    fireEvent.focus(to);
    fireEvent.change(to, { target: { value: '30/11/2026' } });
    fireEvent.keyDown(to, { key: 'Enter', code: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith({
        from: '2026-11-01',
        to: '2026-11-30',
        actor: 'canbo1',
        entity: '',
        action: '',
        text: 'Nghỉ bù',
        limit: 20,
        offset: 0,
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ limit: 20, offset: 0 }));
    expect((screen.getByLabelText('Người thực hiện') as HTMLInputElement).value).toBe('');
  }, 60_000); // the date pickers are slow to drive in jsdom

  it('shows the message Go gives for a filter beside it', async () => {
    mockList(async (f) =>
      f.text
        ? Promise.reject({ kind: 'invalid', message: 'Thông tin chưa hợp lệ', fields: { text: 'Nội dung tìm không được dài quá 200 ký tự' } })
        : { rows: [], total: 0 },
    );
    renderLog();
    expect(await screen.findByText('Không có dòng nào phù hợp.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nội dung'), { target: { value: 'quá dài' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(await screen.findByText('Nội dung tìm không được dài quá 200 ký tự')).toBeTruthy();
  }, 30_000);

  it('says so when the log cannot be read', async () => {
    mockList(() => Promise.reject({ kind: 'forbidden', message: 'Bạn không có quyền xem nhật ký.' }));
    renderLog();
    expect(await screen.findByText('Bạn không có quyền xem nhật ký.')).toBeTruthy();
  }, 30_000);
});
