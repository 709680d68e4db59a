import { call } from './bridge';

/** app.PeriodView: a report period (kỳ báo cáo). */
export interface PeriodView {
  /** The command-line syntax: "2026-Q3", "2026-6M", "2026", "2026-03-15..2026-06-14". */
  period: string;
  kind: string;
  year: number;
  /** "Quý III". */
  name: string;
  /** "Quý III năm 2026 (từ 15/6/2026 đến 14/9/2026)". */
  label: string;
  from: string;
  to: string;
}

/** app.PeriodOptions: the periods the report screen offers. */
export interface PeriodOptions {
  default: string;
  years: number[];
  choices: PeriodView[];
}

/** app.StatColumnView: a printed column of a table. */
export interface StatColumnView {
  number: string;
  label: string;
  /** What the numbered row prints: "1=2+3", or the number. */
  formula: string;
  /** '' (a count), 'money', 'area' or 'text' (no value). */
  kind: string;
  /** The headings of the groups above it, outermost first. */
  path: string[];
}

/** app.StatTableView: the layout of a table. */
export interface StatTableView {
  code: string;
  title: string;
  source: string;
  status: string;
  note: string;
  optional: boolean;
  columns: StatColumnView[];
}

/** app.StatResult: the statistics of one period. */
export interface StatResult {
  period: PeriodView;
  unit: string;
  /** Each table's values by printed column number. */
  forms: Record<string, Record<string, number>>;
  /** How each column is counted, by table and column. */
  definitions: Record<string, Record<string, string>>;
  tables: StatTableView[];
  /** Printed identities that do not hold (none expected). */
  problems: string[];
}

/** app.DrillRow: one record behind a number. */
export interface DrillRow {
  /** The leaf column it counts in (a total lists its parts' records). */
  column: string;
  kind: 'visit' | 'session' | 'petition' | 'case';
  id: number;
  number: number;
  year: number;
  date: string;
  /** "[Được giữ bí mật]" when protected; "" when the account may not read the register. */
  name: string;
  summary: string;
  /** What it adds to the number. */
  value: number;
}

/** The periods to choose from (Quý I–IV, 6 tháng, 9 tháng, năm of recent years). */
export const statPeriods = () => call<PeriodOptions>('app.Statistics.Periods');

/** Every table of period (2026-Q3, 2026-6M, 2026, 2026-03-15..2026-06-14). */
export const computeStatistics = (period: string) => call<StatResult>('app.Statistics.Compute', period);

/** The records behind column of table code. */
export const drillStatistics = (period: string, code: string, column: string) =>
  call<DrillRow[]>('app.Statistics.Drill', period, code, column);

/** The report as an Excel workbook, base64; optional adds the TT 02/2021 tables. */
export const exportStatisticsXLSX = (period: string, optional: boolean) =>
  call<string>('app.Statistics.ExportXLSX', period, optional);

/** The report as a PDF, base64. */
export const exportStatisticsPDF = (period: string, optional: boolean) =>
  call<string>('app.Statistics.ExportPDF', period, optional);
