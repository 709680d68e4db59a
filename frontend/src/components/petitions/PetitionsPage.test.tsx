import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import type { AccountView, PetitionFilter, PetitionView } from '../../api';
import { SessionContext } from '../auth/session';
import { PetitionsPage } from './PetitionsPage';
import { blankPetition } from './petitionRules';

// jsdom has no ResizeObserver, which Ant Design's table uses.
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

const clerk: AccountView = {
  id: 2,
  username: 'canbo',
  fullName: 'Đặng Thị Hòa',
  role: 'clerk',
  disabled: false,
  mustChangePassword: false,
  failedLogins: 0,
  lockedUntil: '',
  revision: 1,
  createdAt: '',
  updatedAt: '',
  roleLabel: 'Cán bộ tiếp công dân',
  permissions: ['use', 'logbook.view', 'logbook.record', 'petitions.view', 'petitions.record', 'reports.view'],
};

const view = (p: Partial<PetitionView>): PetitionView => ({ ...blankPetition('2026-11-27'), warnings: [], duplicates: [], ...p });

const denunciation = view({
  id: 1,
  number: 1,
  year: 2026,
  kind: 'denunciation',
  source: 'forwarded',
  forwardingBody: 'Hội đồng nhân dân phường Hà Huy Tập',
  petitioners: [{ ...blankPetition('').petitioners[0], name: '[Được giữ bí mật]', protected: true, masked: true }],
  summary: 'Tố cáo ông Trần Văn Bình tổ chức đánh bạc',
  field: 'other',
  handlingDue: '2026-12-08',
  handlingCitation: 'Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc',
});

const complaint = view({
  id: 2,
  number: 2,
  year: 2026,
  receivedOn: '2026-11-05',
  kind: 'complaint',
  petitioners: [{ ...blankPetition('').petitioners[0], name: 'Lê Thị Hoa', address: 'Tổ dân phố 7' }],
  summary: 'Khiếu nại việc cấp giấy chứng nhận',
  field: 'land',
  handlingDue: '2026-11-19',
  handlingCitation: 'Thông tư 05/2021/TT-TTCP: 10 ngày làm việc',
});

function fakeGo() {
  const filters: PetitionFilter[] = [];
  window.go = {
    app: {
      Petitions: {
        List: async (...args: unknown[]) => {
          const f = args[0] as PetitionFilter;
          filters.push(f);
          const rows = f.status === 'overdue' ? [complaint] : [denunciation, complaint];
          return { rows, total: rows.length };
        },
        Petition: async (...args: unknown[]) => [denunciation, complaint].find((p) => p.id === args[0]),
      },
    },
  };
  return filters;
}

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/don-thu']}>
      <SessionContext.Provider value={clerk}>
        <App>
          <PetitionsPage today="2026-11-27" />
        </App>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('PetitionsPage', () => {
  it('lists the register with masked petitioners and coloured deadlines', async () => {
    fakeGo();
    renderPage();
    const table = await screen.findByRole('table');
    await within(table).findByText('Lê Thị Hoa');
    const rows = table.querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('1/2026');
    expect(rows[0].textContent).toContain('[Được giữ bí mật]');
    expect(rows[0].querySelector('.ant-tag-purple')).not.toBeNull();
    expect(rows[0].textContent).toContain('Chuyển đến');
    expect(rows[0].textContent).toContain('08/12/2026');
    expect(rows[0].textContent).toContain('Chưa xử lý');
    expect(rows[1].querySelector('[data-due-state="overdue"]')?.className).toContain('ant-tag-red');
    expect(rows[1].textContent).toContain('Quá hạn');
    expect(rows[1].textContent).toContain('Đất đai, nhà cửa');
  });

  it('opens the particulars of a row clicked', async () => {
    fakeGo();
    renderPage();
    fireEvent.click(await screen.findByText('Lê Thị Hoa'));
    const drawer = (await screen.findByText('Chi tiết đơn')).closest('.ant-drawer') as HTMLElement;
    await within(drawer).findByText('Đơn số 2/2026');
    expect(within(drawer).getByTestId('petition-citation').textContent).toBe('Thông tư 05/2021/TT-TTCP: 10 ngày làm việc');
    expect(within(drawer).getByRole('button', { name: 'Thêm bước xử lý' })).toBeTruthy();
  });
});
