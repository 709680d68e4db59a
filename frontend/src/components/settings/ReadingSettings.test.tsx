import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { ReadingSettings } from './ReadingSettings';
import { settingsTab } from './SettingsArea';
import type { ReadingView } from '../../api';

afterEach(() => {
  cleanup();
  delete window.go;
});

const knThuLy: ReadingView = {
  ruleId: 'kn-thu-ly',
  name: 'Thụ lý khiếu nại lần đầu',
  text: 'Điều 27 Luật Khiếu nại: 10 ngày',
  alternative: 'Điều 5 Thông tư 07/2013/TT-TTCP: 10 ngày làm việc',
  useAlternative: false,
  defaultShorter: true,
  notes: 'Luật ghi "10 ngày".',
  alternativeNotes: 'Luật ghi "10 ngày".',
  effectiveFrom: '2012-07-01',
  effectiveTo: '2026-06-30',
};

const xuLyDon: ReadingView = {
  ruleId: 'xu-ly-don',
  name: 'Xử lý đơn',
  text: 'Thông tư 05/2021/TT-TTCP: 10 ngày làm việc',
  alternative: 'Thông tư 05/2021/TT-TTCP: 10 ngày',
  useAlternative: false,
  defaultShorter: false,
  notes: 'Chưa đối chiếu được điều, khoản.',
  alternativeNotes: 'Cổng Dịch vụ công ghi 10 ngày.',
  effectiveFrom: '2021-11-15',
  effectiveTo: '',
};

describe('ReadingSettings', () => {
  it('marks the default safer only when it is the shorter period, and saves a choice', async () => {
    const setReading = vi.fn(async (id: unknown, use: unknown) =>
      [knThuLy, xuLyDon].map((r) => (r.ruleId === id ? { ...r, useAlternative: use as boolean } : r)),
    );
    window.go = {
      app: {
        Calendar: {
          Readings: async () => [knThuLy, xuLyDon],
          SetReading: setReading as (...a: unknown[]) => Promise<unknown>,
        },
      },
    };
    render(
      <App>
        <ReadingSettings />
      </App>,
    );
    const kn = await screen.findByRole('radiogroup', { name: 'Thụ lý khiếu nại lần đầu' });
    expect(within(kn).getByText('mặc định, an toàn hơn')).toBeTruthy();
    expect(screen.getByText('Áp dụng khi ngày bắt đầu tính từ 01/07/2012 đến 30/06/2026')).toBeTruthy();
    const x = screen.getByRole('radiogroup', { name: 'Xử lý đơn' });
    expect(within(x).queryByText('mặc định, an toàn hơn')).toBeNull();
    expect(within(x).getByText('mặc định')).toBeTruthy();
    expect(within(x).getByText('Cổng Dịch vụ công ghi 10 ngày.')).toBeTruthy();

    const alternative = within(kn).getByRole('radio', { name: /10 ngày làm việc/ });
    fireEvent.click(alternative);
    await waitFor(() => expect(setReading).toHaveBeenCalledWith('kn-thu-ly', true));
    expect(await screen.findByText('Đã lưu cách tính thời hạn: Thụ lý khiếu nại lần đầu.')).toBeTruthy();
    await waitFor(() => expect((alternative as HTMLInputElement).checked).toBe(true));
    expect((within(kn).getByRole('radio', { name: /Luật Khiếu nại: 10 ngày/ }) as HTMLInputElement).checked).toBe(false);
    // The other rule keeps its choice.
    expect((within(x).getByRole('radio', { name: /10 ngày làm việc/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('ReadingSettings when the choice cannot be saved', () => {
  it('shows the message and the stored choice again', async () => {
    window.go = {
      app: {
        Calendar: {
          Readings: async () => [knThuLy],
          SetReading: () => Promise.reject({ kind: 'unavailable', message: 'Cơ sở dữ liệu bị hỏng.' }),
        },
      },
    };
    render(
      <App>
        <ReadingSettings />
      </App>,
    );
    const kn = await screen.findByRole('radiogroup', { name: 'Thụ lý khiếu nại lần đầu' });
    fireEvent.click(within(kn).getByRole('radio', { name: /10 ngày làm việc/ }));
    expect(await screen.findByText('Cơ sở dữ liệu bị hỏng.')).toBeTruthy();
    await waitFor(() =>
      expect((within(kn).getByRole('radio', { name: /Luật Khiếu nại: 10 ngày/ }) as HTMLInputElement).checked).toBe(true),
    );
  });
});

describe('settingsTab', () => {
  it.each([
    ['/cai-dat', 'unit'],
    ['/cai-dat/lich-lam-viec', 'calendar'],
    ['/cai-dat/cach-tinh-thoi-han', 'readings'],
    ['/cai-dat/khong-co', 'unit'],
  ])('%s shows the %s tab', (path, key) => {
    expect(settingsTab(path)).toBe(key);
  });
});
