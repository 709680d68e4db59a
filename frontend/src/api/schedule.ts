// The documents the ward posts at its reception place: the Chairman's lịch
// tiếp công dân định kỳ (app.Schedule) and the nội quy tiếp công dân
// (app.Settings).
import { call } from './bridge';

/** domain.ScheduleEntry: one day of the schedule. */
export interface ScheduleEntry {
  id: number;
  /** ISO date. */
  date: string;
  /** "07:30". */
  start: string;
  /** "11:00". */
  end: string;
  place: string;
  presidedBy: string;
  invited: string[];
  notes: string;
  revision: number;
  updatedAt?: string;
}

/** app.SchedulePeriod: a month ("2026-12") or a quarter ("2026-Q1"). */
export interface SchedulePeriod {
  code: string;
  /** "Tháng 12 năm 2026", "Quý I năm 2027". */
  title: string;
  from: string;
  to: string;
}

/** app.ScheduleView: a period's schedule, what it lacks, and the defaults of a new day. */
export interface ScheduleView {
  period: SchedulePeriod;
  entries: ScheduleEntry[];
  warnings: string[];
  defaults: ScheduleEntry;
}

/** The schedule of a period ("2026-12" or "2026-Q1"). */
export const getSchedule = (period: string) => call<ScheduleView>('app.Schedule.Period', period);

/** Creates (id 0) or updates a day of the schedule. */
export const saveScheduleEntry = (e: ScheduleEntry) => call<ScheduleEntry>('app.Schedule.SaveEntry', e);

/** Removes a day of the schedule. */
export const deleteScheduleEntry = (id: number, revision: number) => call<void>('app.Schedule.DeleteEntry', id, revision);

/** Adds a day on each of the unit's periodic weekdays that is a working day, and returns the schedule. */
export const fillSchedule = (period: string) => call<ScheduleView>('app.Schedule.Fill', period);

/** The schedule printed for posting, as a base64 PDF. */
export const schedulePDF = (period: string) => call<string>('app.Schedule.PDF', period);

/** domain.ReceptionRules: the nội quy and the decision that adopts it. */
export interface ReceptionRules {
  decisionNumber: string;
  /** ISO date, or ''. */
  decisionDate: string;
  /** Articles, each starting with a line "Điều N. Tên điều". */
  text: string;
  /** The app's template, not yet saved by the unit. */
  default: boolean;
  revision: number;
  updatedAt?: string;
}

/** The unit's nội quy, or the template until one is saved. */
export const getReceptionRules = () => call<ReceptionRules>('app.Settings.ReceptionRules');

/** Saves the nội quy (administrator); rejects with 'invalid' and a message per field. */
export const saveReceptionRules = (r: ReceptionRules) => call<ReceptionRules>('app.Settings.SaveReceptionRules', r);

/** The nội quy printed for posting, as a base64 PDF. */
export const receptionRulesPDF = () => call<string>('app.Settings.ReceptionRulesPDF');
