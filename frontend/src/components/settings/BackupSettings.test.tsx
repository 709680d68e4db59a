import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { BackupSettings, formatSize } from './BackupSettings';
import type { BackupSettingsView, BackupView } from '../../api';

afterEach(() => {
  cleanup();
  delete window.go;
});

const daily: BackupView = { name: 'tiepdan-2026-11-27T080000-daily.db', kind: 'daily', time: '2026-11-27T08:00:00', size: 870400 };
const close: BackupView = {
  name: 'tiepdan-2026-11-26T171500-close.db',
  kind: 'close',
  time: '2026-11-26T17:15:00',
  size: 13002342,
};

const settings: BackupSettingsView = {
  folder: '/du-lieu/backups',
  secondFolder: '',
  secondReachable: false,
  updatedAt: '',
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

type Fn = (...a: unknown[]) => Promise<unknown>;

// Tables and dialogs of Ant Design are slow to render in jsdom on a busy machine.
const slow = 20_000;

function mockGo(backups: Record<string, Fn>) {
  window.go = {
    app: {
      Backups: {
        List: async () => [daily, close],
        Settings: async () => settings,
        ...backups,
      },
    },
  };
}

function show(onRestored = vi.fn()) {
  render(
    <App>
      <BackupSettings onRestored={onRestored} />
    </App>,
  );
  return onRestored;
}

describe('BackupSettings', () => {
  it('lists the backups and makes one now, warning when the USB stick is missing', async () => {
    const manual: BackupView = {
      name: 'tiepdan-2026-11-27T093000-manual.db',
      kind: 'manual',
      time: '2026-11-27T09:30:00',
      size: 880000,
      warning: 'Chưa chép được bản sao lưu sang thư mục thứ hai E:\\SaoLuu',
    };
    const create = vi.fn(async () => manual);
    let listed = [daily, close];
    mockGo({ Create: create, List: async () => listed });
    show();
    expect(await screen.findByText('27/11/2026 08:00')).toBeTruthy();
    expect(screen.getByText('Hằng ngày')).toBeTruthy();
    expect(screen.getByText('Khi đóng ứng dụng')).toBeTruthy();
    expect(screen.getByText('850 KB')).toBeTruthy();
    expect(screen.getByText('12,4 MB')).toBeTruthy();
    expect(await screen.findByText(/vào thư mục \/du-lieu\/backups\. Các bản tự động được giữ lại: 7 bản hằng ngày/)).toBeTruthy();

    listed = [manual, daily, close];
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu ngay' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(await screen.findByText('Sao lưu thủ công')).toBeTruthy();
    expect(await screen.findByText(/Chưa chép được bản sao lưu sang thư mục thứ hai/)).toBeTruthy();
  }, slow);

  it('says the current data is kept before it restores, then restarts', async () => {
    const kept: BackupView = {
      name: 'tiepdan-2026-11-27T093000-before-restore.db',
      kind: 'before-restore',
      time: '2026-11-27T09:30:00',
      size: 880000,
    };
    const restore = vi.fn(async () => kept);
    mockGo({ Restore: restore });
    const onRestored = show();
    fireEvent.click(await screen.findByRole('button', { name: `Khôi phục ${close.name}` }));
    const confirm = await screen.findByRole('dialog');
    // (Ant Design writes a confirmation's title twice: for the eye and for screen readers.)
    expect(within(confirm).getAllByText('Khôi phục dữ liệu từ bản sao lưu lúc 26/11/2026 17:15?').length).toBeGreaterThan(0);
    expect(within(confirm).getByText(/tự giữ lại dữ liệu hiện tại thành một bản sao lưu/)).toBeTruthy();
    expect(restore).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(restore).toHaveBeenCalledWith(close.name));
    expect(await screen.findByText(/được giữ trong bản sao lưu tiepdan-2026-11-27T093000-before-restore\.db/)).toBeTruthy();
    expect(onRestored).not.toHaveBeenCalled();
    const done = screen.getAllByText('Đã khôi phục dữ liệu')[0].closest('.ant-modal') as HTMLElement;
    fireEvent.click(within(done).getByRole('button'));
    await waitFor(() => expect(onRestored).toHaveBeenCalled());
  }, slow);

  it('restores nothing when the confirmation is cancelled', async () => {
    const restore = vi.fn(async () => daily);
    mockGo({ Restore: restore });
    const onRestored = show();
    fireEvent.click(await screen.findByRole('button', { name: `Khôi phục ${daily.name}` }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(restore).not.toHaveBeenCalled();
    expect(onRestored).not.toHaveBeenCalled();
  }, slow);

  it("shows Go's message beside the second folder, and saves a good one", async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce({
        kind: 'invalid',
        message: 'Thư mục sao lưu thứ hai chưa dùng được.',
        fields: { secondFolder: 'Không tìm thấy thư mục này. Hãy cắm ổ USB và tạo thư mục trước, rồi lưu lại.' },
      })
      .mockResolvedValueOnce({ ...settings, secondFolder: 'E:\\SaoLuu', secondReachable: true });
    mockGo({ SaveSettings: save as Fn });
    show();
    const input = await screen.findByLabelText('Thư mục (đường dẫn đầy đủ)');
    fireEvent.change(input, { target: { value: 'F:\\KhongCo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/Không tìm thấy thư mục này/)).toBeTruthy();
    expect(save).toHaveBeenLastCalledWith({ secondFolder: 'F:\\KhongCo' });

    fireEvent.change(input, { target: { value: 'E:\\SaoLuu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đang truy cập được')).toBeTruthy();
    expect(save).toHaveBeenLastCalledWith({ secondFolder: 'E:\\SaoLuu' });
  }, slow);
});

describe('formatSize', () => {
  it('writes sizes the Vietnamese way', () => {
    expect(formatSize(100)).toBe('1 KB');
    expect(formatSize(870400)).toBe('850 KB');
    expect(formatSize(13002342)).toBe('12,4 MB');
  });
});
