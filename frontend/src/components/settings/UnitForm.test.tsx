import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { UnitForm } from './UnitForm';
import type { Unit } from '../../api';

afterEach(() => {
  cleanup();
  delete window.go;
});

function mockGo(saveUnit: (u: Unit) => Promise<Unit>) {
  window.go = {
    app: {
      Settings: {
        SaveUnit: saveUnit as (...a: unknown[]) => Promise<unknown>,
        DateLine: async (place: unknown) => `${String(place)}, ngày 27 tháng 11 năm 2026`,
      },
    },
  };
}

describe('UnitForm', () => {
  it('shows the message Go gives for each field beside that field', async () => {
    mockGo(() =>
      Promise.reject({
        kind: 'invalid',
        message: 'Thông tin chưa hợp lệ',
        fields: { name: 'Vui lòng nhập tên đơn vị', periodicDays: 'Vui lòng chọn ngày tiếp' },
      }),
    );
    const onSaved = vi.fn();
    render(
      <App>
        <UnitForm firstRun onSaved={onSaved} />
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));
    expect(await screen.findByText('Vui lòng nhập tên đơn vị')).toBeTruthy();
    expect(screen.getByText('Vui lòng chọn ngày tiếp')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends the typed values with revision 0 at the first run', async () => {
    const save = vi.fn(async (u: Unit) => ({ ...u, revision: 1, updatedAt: '2026-11-27T09:30:00+07:00' }));
    mockGo(save);
    const onSaved = vi.fn();
    render(
      <App>
        <UnitForm firstRun onSaved={onSaved} />
      </App>,
    );
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'Ủy ban nhân dân phường Hà Huy Tập' } });
    fireEvent.change(screen.getByLabelText('Địa danh ghi ngày tháng'), { target: { value: 'Hà Tĩnh' } });
    fireEvent.click(screen.getByLabelText('Thứ Năm'));
    expect(await screen.findByText('Hà Tĩnh, ngày 27 tháng 11 năm 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu và bắt đầu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const sent = save.mock.calls[0][0];
    expect(sent).toMatchObject({
      name: 'Ủy ban nhân dân phường Hà Huy Tập',
      placeName: 'Hà Tĩnh',
      periodicDays: [4],
      docSymbol: 'UBND',
      chairmanTitle: 'Chủ tịch',
      revision: 0,
    });
    expect(await screen.findByText('Lưu lần cuối: 27/11/2026 09:30')).toBeTruthy();
  });
});
