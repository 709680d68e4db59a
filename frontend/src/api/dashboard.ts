import { call } from './bridge';

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
