import { call } from './bridge';

/** app.DayView: one date that differs from the Monday–Friday pattern. */
export interface DayView {
  date: string;
  weekday: string;
  kind: 'working' | 'off';
  reason: string;
  origin: 'week' | 'statute' | 'notice' | 'optional' | 'override';
}

/** app.OverrideView: an administrator's edit of one date. */
export interface OverrideView {
  date: string;
  kind: 'working' | 'off';
  reason: string;
  createdAt: string;
}

/** app.OptionalHolidayView: a holiday switched on year by year. */
export interface OptionalHolidayView {
  id: string;
  name: string;
  note: string;
  on: boolean;
}

/** app.YearView: the working calendar of a year. */
export interface YearView {
  year: number;
  provisional: boolean;
  source: string;
  days: DayView[];
  overrides: OverrideView[];
  optional: OptionalHolidayView[];
}

/** app.OverrideInput. */
export interface OverrideInput {
  date: string;
  kind: 'working' | 'off' | '';
  reason: string;
}

/** app.RuleView: one version of a deadline rule. */
export interface RuleView {
  id: string;
  name: string;
  text: string;
  unit: 'calendar' | 'working';
  length: number;
  start: string;
  effectiveFrom: string;
  effectiveTo: string;
  notes: string;
  alternative: string;
  /** The unit's stored choice of the alternative reading (Cài đặt › Cách tính thời hạn). */
  useAlternative: boolean;
}

/** app.ReadingView: a rule with two readings and the unit's choice. */
export interface ReadingView {
  ruleId: string;
  name: string;
  /** The default reading: citation and period. */
  text: string;
  /** The alternative reading: citation and period. */
  alternative: string;
  useAlternative: boolean;
  /** The default reading never ends later than the alternative: it is the safer one. */
  defaultShorter: boolean;
  notes: string;
  alternativeNotes: string;
  /** The start dates the choice applies to (ISO); effectiveTo is "" while in force. */
  effectiveFrom: string;
  effectiveTo: string;
}

/** app.DeadlineRequest: a rule, or N (working) days, from a date. */
export interface DeadlineRequest {
  from: string;
  ruleId: string;
  days: number;
  working: boolean;
  alternative: boolean;
}

/** app.StepView: one day of the day-by-day count. */
export interface StepView {
  date: string;
  weekday: string;
  kind: 'start' | 'counted' | 'skipped' | 'suspended' | 'moved' | 'due';
  n: number;
  note: string;
}

/** app.DeadlineView: a computed deadline with its reason. */
export interface DeadlineView {
  from: string;
  due: string;
  length: number;
  unit: 'calendar' | 'working';
  citation: string;
  ruleId: string;
  provisional: boolean;
  provisionalYears: number[];
  steps: StepView[];
}

/** The working calendar of year, with the administrator's edits. */
export const calendarYear = (year: number) => call<YearView>('app.Calendar.Year', year);

/** Sets one date to a day off or a working day, with a reason. */
export const saveOverride = (input: OverrideInput) => call<YearView>('app.Calendar.SaveOverride', input);

/** Removes the administrator's edit of date (ISO). */
export const deleteOverride = (date: string) => call<YearView>('app.Calendar.DeleteOverride', date);

/** Switches an optional holiday on or off for year. */
export const setOptionalHoliday = (year: number, id: string, on: boolean) =>
  call<YearView>('app.Calendar.SetOptionalHoliday', year, id, on);

/** The deadline rules in force on date (ISO), or every version for "". */
export const deadlineRules = (on: string) => call<RuleView[]>('app.Calendar.Rules', on);

/** Computes a deadline with its citation and day-by-day count. */
export const computeDeadline = (req: DeadlineRequest) => call<DeadlineView>('app.Calendar.Deadline', req);

/** The rules with an alternative reading, with the unit's choice. */
export const ruleReadings = () => call<ReadingView[]>('app.Calendar.Readings');

/** Stores the unit's choice of reading of a rule; returns every reading. */
export const setRuleReading = (ruleId: string, useAlternative: boolean) =>
  call<ReadingView[]>('app.Calendar.SetReading', ruleId, useAlternative);
