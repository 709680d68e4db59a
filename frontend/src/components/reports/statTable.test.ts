import { describe, expect, it } from 'vitest';
import { formatValue, headerTree, periodOf } from './statTable';

const col = (number: string, label: string, path: string[]) => ({ number, label, formula: number, kind: '', path });

describe('headerTree', () => {
  it('groups neighbouring columns under one box, as the printed biểu does', () => {
    const tree = headerTree([
      col('1', 'Tổng số lượt tiếp', []),
      col('4', 'Số lượt tiếp', ['Tiếp thường xuyên']),
      col('6', 'Tiếp lần đầu', ['Tiếp thường xuyên', 'Số vụ việc']),
      col('7', 'Tiếp nhiều lần', ['Tiếp thường xuyên', 'Số vụ việc']),
      col('12', 'Số kỳ tiếp', ['Tiếp định kỳ', 'Thủ trưởng tiếp']),
    ]);
    expect(tree.map((n) => n.label)).toEqual(['Tổng số lượt tiếp', 'Tiếp thường xuyên', 'Tiếp định kỳ']);
    expect(tree[0].column?.number).toBe('1');
    const regular = tree[1].children;
    expect(regular.map((n) => n.label)).toEqual(['Số lượt tiếp', 'Số vụ việc']);
    expect(regular[1].children.map((n) => n.column?.number)).toEqual(['6', '7']);
    expect(tree[2].children[0].children[0].column?.number).toBe('12');
  });
});

describe('periodOf and formatValue', () => {
  it('writes the period syntax and numbers the Vietnamese way', () => {
    expect(periodOf('Q3', 2026)).toBe('2026-Q3');
    expect(periodOf('year', 2026)).toBe('2026');
    expect(formatValue('', 1234)).toBe('1.234');
    expect(formatValue('money', 15.5)).toBe('15,5');
    expect(formatValue('money', 10)).toBe('10,0');
    expect(formatValue('area', 120)).toBe('120');
    expect(formatValue('', undefined)).toBe('');
  });
});
