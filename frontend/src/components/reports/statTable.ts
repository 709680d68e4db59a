// Pure helpers of the report screen: the header tree of a table from its
// columns' paths, the period chosen, the numbers as Vietnamese write them.
import type { PeriodView, StatColumnView } from '../../api';

/** A box of a table's header: a group with the boxes under it, or a leaf column. */
export interface HeaderNode {
  label: string;
  column?: StatColumnView;
  children: HeaderNode[];
}

/**
 * Builds the header tree of columns from their paths: neighbouring columns
 * under the same heading share one box, as on the printed biểu.
 */
export function headerTree(columns: StatColumnView[]): HeaderNode[] {
  const root: HeaderNode[] = [];
  for (const c of columns) {
    let level = root;
    for (const label of c.path) {
      const last = level[level.length - 1];
      if (last && !last.column && last.label === label) {
        level = last.children;
      } else {
        const node: HeaderNode = { label, children: [] };
        level.push(node);
        level = node.children;
      }
    }
    level.push({ label: c.label, column: c, children: [] });
  }
  return root;
}

/** The period kinds a year offers, in the screen's order ("Q1" … "year"). */
export const periodKinds = ['Q1', 'Q2', 'Q3', 'Q4', '6M', '9M', 'year'];

/** The period syntax of kind in year: "2026-Q3", "2026". */
export function periodOf(kind: string, year: number): string {
  return kind === 'year' ? String(year) : `${year}-${kind}`;
}

/** Finds the choice for kind and year. */
export function choiceOf(choices: PeriodView[], kind: string, year: number): PeriodView | undefined {
  return choices.find((c) => c.kind === kind && c.year === year);
}

/** Writes a value as the biểu prints it: "1.234"; money with one decimal ("12,5"). */
export function formatValue(kind: string, v: number | undefined): string {
  if (v === undefined) return '';
  const digits = kind === 'money' ? 1 : kind === 'area' ? 1 : 0;
  return v.toLocaleString('vi-VN', { minimumFractionDigits: kind === 'money' ? 1 : 0, maximumFractionDigits: digits });
}
