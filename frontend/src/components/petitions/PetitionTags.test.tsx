import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { DeadlineTag, StatusTag } from './PetitionTags';

afterEach(cleanup);

const citation = 'Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc';
const pending = { handled: false, handledBy: '' as const, handlingDue: '2026-12-08', handlingCitation: citation };

function tag(ui: React.ReactElement) {
  const { container } = render(ui);
  return container.querySelector('.ant-tag') as HTMLElement;
}

describe('DeadlineTag', () => {
  it('is red with the days overdue the day after the deadline', () => {
    const el = tag(<DeadlineTag petition={pending} today="2026-12-09" />);
    expect(el.className).toContain('ant-tag-red');
    expect(el.textContent).toBe('08/12/2026 (quá hạn 1 ngày)');
    expect(el.getAttribute('aria-label')).toContain(citation);
  });

  it('is orange on the day and within 3 days, plain before', () => {
    expect(tag(<DeadlineTag petition={pending} today="2026-12-08" />).className).toContain('ant-tag-orange');
    cleanup();
    expect(tag(<DeadlineTag petition={pending} today="2026-12-05" />).textContent).toBe('08/12/2026 (còn 3 ngày)');
    cleanup();
    const early = tag(<DeadlineTag petition={pending} today="2026-11-27" />);
    expect(early.className).not.toMatch(/ant-tag-(red|orange)/);
    expect(early.textContent).toBe('08/12/2026');
  });
});

describe('StatusTag', () => {
  it('says Quá hạn, Chưa xử lý, or what handled the petition', () => {
    expect(tag(<StatusTag petition={pending} today="2026-12-09" />).textContent).toBe('Quá hạn');
    cleanup();
    expect(tag(<StatusTag petition={pending} today="2026-11-27" />).textContent).toBe('Chưa xử lý');
    cleanup();
    expect(tag(<StatusTag petition={{ ...pending, handled: true, handledBy: 'transfer' }} today="2026-12-09" />).textContent).toBe('Đã xử lý: Chuyển đơn');
  });
});
