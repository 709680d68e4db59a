// Pure parts of Tổng quan: where a due item opens, the rows of the due board
// and the option of the intake chart. Go decides every state and count.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ChartBar, DueBoard, DueGroup, DueItem, DueState } from '../../api';
import { t } from '../../locales';

/** The groups of the due board, in the order of the work. */
export const dueGroups: DueGroup[] = ['petitions', 'acceptance', 'decision', 'replies', 'notices'];

/** The states of a due item, most urgent first. */
export const dueStates: DueState[] = ['overdue', 'today', 'soon'];

/** Where a due item opens: its petition, its case, or the logbook for a visit. */
export function dueItemLink(item: Pick<DueItem, 'group' | 'id'>): string {
  switch (item.group) {
    case 'petitions':
      return `/don-thu?id=${item.id}`;
    case 'acceptance':
    case 'decision':
      return `/vu-viec?id=${item.id}`;
    default:
      return '/tiep-cong-dan';
  }
}

/** The tag colour of a due state: red when overdue, orange today and soon. */
export const dueStateColor = (s: DueState) => (s === 'overdue' ? 'red' : 'orange');

/** One row of the counts table of the due board. */
export interface DueRow {
  group: DueGroup;
  label: string;
  overdue: number;
  today: number;
  soon: number;
}

/** The counts of the due board, one row per group, zeros where Go has none. */
export function dueRows(board: Pick<DueBoard, 'counts'>): DueRow[] {
  return dueGroups.map((group) => {
    const c = board.counts?.[group] ?? {};
    return { group, label: t(`dashboard.dueGroups.${group}`), overdue: c.overdue ?? 0, today: c.today ?? 0, soon: c.soon ?? 0 };
  });
}

/** The option of an intake chart, with only the parts registered in IntakeChart. */
export type IntakeOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * The option of a horizontal bar chart of bars (labels on the left, read top
 * to bottom in Go's order): petitions and visits side by side.
 */
export function intakeOption(bars: ChartBar[]): IntakeOption {
  const petitions = t('dashboard.intakePetitions');
  const visits = t('dashboard.intakeVisits');
  // The count at the end of each bar; an empty bar gets no "0".
  const label: BarSeriesOption['label'] = { show: true, position: 'right', formatter: (p) => (p.value ? String(p.value) : '') };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [petitions, visits], bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
    series: [
      { name: petitions, type: 'bar', data: bars.map((b) => b.petitions), label },
      { name: visits, type: 'bar', data: bars.map((b) => b.visits), label },
    ],
  };
}

/** Whether bars hold anything to draw. */
export const hasIntake = (bars: ChartBar[]) => bars.some((b) => b.petitions > 0 || b.visits > 0);
