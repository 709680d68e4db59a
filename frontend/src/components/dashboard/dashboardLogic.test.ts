import { describe, expect, it } from 'vitest';
import { dueItemLink, dueRows, dueStateColor, hasIntake, intakeOption } from './dashboardLogic';

describe('due board', () => {
  it('opens petitions in Đơn thư, cases in Vụ việc and visits in the logbook', () => {
    expect(dueItemLink({ group: 'petitions', id: 4 })).toBe('/don-thu?id=4');
    expect(dueItemLink({ group: 'acceptance', id: 9 })).toBe('/vu-viec?id=9');
    expect(dueItemLink({ group: 'decision', id: 9 })).toBe('/vu-viec?id=9');
    expect(dueItemLink({ group: 'replies', id: 2 })).toBe('/tiep-cong-dan');
    expect(dueItemLink({ group: 'notices', id: 2 })).toBe('/tiep-cong-dan');
  });

  it('lists every group in the order of the work, with zeros where Go counted none', () => {
    const rows = dueRows({ counts: { decision: { overdue: 2, soon: 1 }, petitions: { today: 3 } } });
    expect(rows).toEqual([
      { group: 'petitions', label: 'Đơn chờ xử lý', overdue: 0, today: 3, soon: 0 },
      { group: 'acceptance', label: 'Chờ thụ lý', overdue: 0, today: 0, soon: 0 },
      { group: 'decision', label: 'Chờ quyết định', overdue: 2, today: 0, soon: 1 },
      { group: 'replies', label: 'Trả lời công dân', overdue: 0, today: 0, soon: 0 },
      { group: 'notices', label: 'Thông báo từ chối tiếp', overdue: 0, today: 0, soon: 0 },
    ]);
    expect(dueRows({ counts: undefined as never })).toHaveLength(5);
  });

  it('colours overdue red, today and soon orange', () => {
    expect(dueStateColor('overdue')).toBe('red');
    expect(dueStateColor('today')).toBe('orange');
    expect(dueStateColor('soon')).toBe('orange');
  });
});

describe('intake chart', () => {
  const bars = [
    { label: 'Khiếu nại', petitions: 4, visits: 6 },
    { label: 'Tố cáo', petitions: 1, visits: 0 },
    { label: 'Kiến nghị, phản ánh', petitions: 0, visits: 9 },
  ];

  it('draws petitions and visits side by side, one row per label in Go order', () => {
    const o = intakeOption(bars);
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Khiếu nại', 'Tố cáo', 'Kiến nghị, phản ánh'] });
    expect(o.xAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(o.series).toMatchObject([
      { name: 'Đơn thư', type: 'bar', data: [4, 1, 0] },
      { name: 'Lượt tiếp', type: 'bar', data: [6, 0, 9] },
    ]);
    expect(o.legend).toMatchObject({ data: ['Đơn thư', 'Lượt tiếp'] });
  });

  it('writes the count at the end of a bar, and nothing for an empty one', () => {
    const [first] = intakeOption(bars).series as { label: { formatter: (p: { value: number }) => string } }[];
    expect(first.label.formatter({ value: 4 })).toBe('4');
    expect(first.label.formatter({ value: 0 })).toBe('');
  });

  it('knows an empty quarter', () => {
    expect(hasIntake(bars)).toBe(true);
    expect(hasIntake([{ label: 'Khiếu nại', petitions: 0, visits: 0 }])).toBe(false);
    expect(hasIntake([])).toBe(false);
  });
});
