import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { DuplicateHint } from '../../api';
import { DuplicateAlert } from './DuplicateAlert';

// jsdom has no ResizeObserver, which Ant Design's typography ellipsis uses.
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

afterEach(cleanup);

const hints: DuplicateHint[] = [
  {
    petitionId: 4,
    number: 2,
    year: 2026,
    receivedOn: '2026-11-20',
    kind: 'complaint',
    summary: 'Khiếu nại việc thu hồi đất',
    matterId: 9,
    name: 'Nguyễn Văn An',
    reasons: ['Họ tên và địa chỉ gần giống'],
    score: 0.4,
  },
  {
    petitionId: 7,
    number: 5,
    year: 2026,
    receivedOn: '2026-11-27',
    kind: 'denunciation',
    summary: 'Tố cáo ông Trần Văn B lấn chiếm đất công',
    matterId: 12,
    name: '[Được giữ bí mật]',
    reasons: ['Cùng số giấy tờ tùy thân', 'Nội dung tương tự'],
    score: 0.95,
  },
];

const none = { duplicateOf: 0, matterId: 0 };

function renderAlert(link = none) {
  const handlers = { onMarkDuplicate: vi.fn(), onAttach: vi.fn(), onClear: vi.fn() };
  render(<DuplicateAlert hints={hints} link={link} {...handlers} />);
  return handlers;
}

describe('DuplicateAlert', () => {
  it('shows nothing without hints', () => {
    const { container } = render(<DuplicateAlert hints={[]} link={none} onMarkDuplicate={vi.fn()} onAttach={vi.fn()} onClear={vi.fn()} />);
    expect(container.textContent).toBe('');
  });

  it('lists each earlier petition, most likely first, with number, date, name and reasons', () => {
    renderAlert();
    expect(screen.getByText('Có thể trùng với 2 đơn đã nhận')).toBeTruthy();
    const rows = document.querySelectorAll('.duplicate-hint');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Đơn số 5/2026, nhận ngày 27/11/2026 — [Được giữ bí mật]');
    expect(rows[0].textContent).toContain('Cùng số giấy tờ tùy thân');
    expect(rows[0].textContent).toContain('Nội dung tương tự');
    expect(rows[0].textContent).toContain('Tố cáo');
    expect(rows[1].textContent).toContain('Đơn số 2/2026, nhận ngày 20/11/2026 — Nguyễn Văn An');
    expect(rows[1].textContent).toContain('Họ tên và địa chỉ gần giống');
  });

  it('marks as duplicate or attaches to the vụ việc of the hint clicked', () => {
    const h = renderAlert();
    const first = within(screen.getByTestId('duplicate-7'));
    fireEvent.click(first.getByRole('button', { name: 'Đánh dấu là đơn trùng' }));
    expect(h.onMarkDuplicate).toHaveBeenCalledWith(hints[1]);
    fireEvent.click(within(screen.getByTestId('duplicate-4')).getByRole('button', { name: 'Gắn vào vụ việc này' }));
    expect(h.onAttach).toHaveBeenCalledWith(hints[0]);
  });

  it('says what the petition is linked to and offers to undo it', () => {
    const h = renderAlert({ duplicateOf: 7, matterId: 12 });
    const linked = within(screen.getByTestId('duplicate-7'));
    expect(linked.getByText('Đơn trùng với đơn số 5/2026')).toBeTruthy();
    fireEvent.click(linked.getByRole('button', { name: 'Bỏ gắn' }));
    expect(h.onClear).toHaveBeenCalled();
    expect(within(screen.getByTestId('duplicate-4')).getByRole('button', { name: 'Đánh dấu là đơn trùng' })).toBeTruthy();
    cleanup();
    renderAlert({ duplicateOf: 0, matterId: 9 });
    expect(within(screen.getByTestId('duplicate-4')).getByText('Cùng vụ việc với đơn số 2/2026')).toBeTruthy();
  });
});
