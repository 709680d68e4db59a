import { call } from './bridge';
import type { CasePage } from './cases';

/** app.WeekGap: a week without the Chairman's periodic reception. */
export interface WeekGap {
  from: string;
  to: string;
}

/** app.DashboardView. */
export interface DashboardView {
  today: string;
  visitsToday: number;
  groupsToday: number;
  period: string;
  periodVisits: number;
  periodGroups: number;
  weeksWithoutPeriodic: WeekGap[];
  citation: string;
}

/** The summary on Tổng quan. */
export const dashboardSummary = () => call<DashboardView>('app.Dashboard.Summary');

/** The groups of the due board. */
export type DueGroup = 'petitions' | 'acceptance' | 'decision' | 'replies' | 'notices';

/** How near an item's deadline is: overdue when today > due. */
export type DueState = 'overdue' | 'today' | 'soon';

/** app.DueItem: a petition, case or visit whose deadline is past, today or within 3 working days. */
export interface DueItem {
  group: DueGroup;
  /** Petition id, case id or visit id, per group. */
  id: number;
  title: string;
  due: string;
  citation: string;
  state: DueState;
}

/** app.DueBoard. */
export interface DueBoard {
  items: DueItem[];
  /** group → state → n. */
  counts: Partial<Record<DueGroup, Partial<Record<DueState, number>>>>;
}

/** app.ChartBar: one bar pair of the intake chart. */
export interface ChartBar {
  label: string;
  petitions: number;
  visits: number;
}

/** app.IntakeChart: this report quarter's petitions and visits by kind and by lĩnh vực. */
export interface IntakeChart {
  byKind: ChartBar[];
  byField: ChartBar[];
}

/** The due board of Tổng quan. */
export const dueBoard = () => call<DueBoard>('app.Dashboard.Due');

/** This quarter's intake, for the chart. */
export const intakeChart = () => call<IntakeChart>('app.Dashboard.Intake');

/** Group and complex cases, for the police liaison. */
export const policeCases = () => call<CasePage>('app.Dashboard.PoliceCases');

/** The one-page daily summary for the chairman, base64 PDF; date ISO, '' = today. */
export const dailySummaryPDF = (date: string) => call<string>('app.Dashboard.DailySummaryPDF', date);
