import { call } from './bridge';

/** domain.SessionKind. */
export type SessionKind = 'regular' | 'periodic' | 'adhoc';

/** domain.ContentKind of a visit. */
export type VisitKind = 'complaint' | 'denunciation' | 'recommendation' | 'feedback' | 'mixed' | 'other';

/** domain.Outcome. */
export type Outcome = 'guide' | 'accept' | 'transfer' | 'answer' | 'refuse';

/** domain.ReceptionSession: a sitting (kỳ tiếp). */
export interface ReceptionSession {
  id: number;
  kind: SessionKind;
  date: string;
  place: string;
  presidedBy: string;
  participants: string;
  conclusion: string;
  revision: number;
  updatedAt?: string;
}

/** domain.Citizen: a person received; masked when protected. */
export interface Citizen {
  name: string;
  idKind: string;
  idNumber: string;
  idIssueDate: string;
  idIssuePlace: string;
  idDescription: string;
  birthDate: string;
  address: string;
  phone: string;
  representative: boolean;
  protected: boolean;
  masked: boolean;
}

/** domain.Visit: a row of the sổ tiếp công dân. */
export interface Visit {
  id: number;
  sessionId: number;
  number: number;
  year: number;
  receivedAt: string;
  citizens: Citizen[];
  peopleCount: number;
  isGroup: boolean;
  summary: string;
  kind: VisitKind;
  field: string;
  resolvedBy: string;
  withinCompetence: boolean;
  outcome: Outcome;
  guideBody: string;
  guideDoc: string;
  transferBody: string;
  transferDoc: string;
  refusalGround: string;
  replyDue: string;
  replyCitation: string;
  noticeDue: string;
  noticeCitation: string;
  matterId: number;
  visitOrdinal: number;
  notes: string;
  revision: number;
  updatedAt?: string;
}

/** domain.ReceiptItem: one document received. */
export interface ReceiptItem {
  name: string;
  pages: number;
  kind: 'original' | 'copy' | 'certified_copy';
  condition: string;
}

/** domain.ReceiptDraft: the giấy biên nhận to issue with a visit. */
export interface ReceiptDraft {
  position: number;
  officerPosition: string;
  items: ReceiptItem[];
  copies: number;
}

/** reports.SlipOptions. */
export interface SlipOptions {
  pageSize: 'A4' | 'A5';
  twoCopies: boolean;
}

/** app.VisitInput: a visit and, optionally, its receipt. */
export interface VisitInput extends Visit {
  receipt?: ReceiptDraft;
  print: SlipOptions;
}

/** app.IssuedReceipt: a receipt just issued, with its PDF in base64. */
export interface IssuedReceipt {
  id: number;
  number: number;
  year: number;
  pdf: string;
}

/** store.ReceiptNumber: a receipt issued with a visit. */
export interface ReceiptNumber {
  id: number;
  year: number;
  number: number;
}

/** store.RefusalNoticeRef: a refusal notice (Mẫu 01/TCD) in the register. */
export interface RefusalNoticeRef {
  id: number;
  visitId: number;
  year: number;
  number: number;
  date: string;
}

/** app.VisitView: a visit with the warnings of its save. */
export interface VisitView extends Visit {
  warnings: string[];
  receipt?: IssuedReceipt;
  /** ISO date the citizen was answered; '' while the answer is owed. */
  repliedOn: string;
  replyNote: string;
  receipts: ReceiptNumber[];
  notice?: RefusalNoticeRef;
}

/** app.SessionFilter. */
export interface SessionFilter {
  from: string;
  to: string;
  kind: SessionKind | '';
}

/** app.VisitFilter. */
export interface VisitFilter {
  from: string;
  to: string;
  kind: VisitKind | '';
  outcome: Outcome | '';
  sessionKind: SessionKind | '';
  groupOnly: boolean;
  text: string;
  limit: number;
  offset: number;
}

/** app.VisitPage. */
export interface VisitPage {
  rows: VisitView[];
  total: number;
}

/** app.RefusalGroundView. */
export interface RefusalGroundView {
  id: string;
  text: string;
  citation: string;
  needsNotice: boolean;
}

/** The sittings matching f, newest first. */
export const listSessions = (f: SessionFilter) => call<ReceptionSession[]>('app.Reception.Sessions', f);

/** Creates or updates a sitting. */
export const saveSession = (s: ReceptionSession) => call<ReceptionSession>('app.Reception.SaveSession', s);

/** Creates or updates a visit; protected identities are sealed in Go. */
export const saveVisit = (v: VisitInput) => call<VisitView>('app.Reception.SaveVisit', v);

/** One visit, protected identities masked. */
export const getVisit = (id: number) => call<VisitView>('app.Reception.Visit', id);

/** The logbook, filtered. */
export const listVisits = (f: VisitFilter) => call<VisitPage>('app.Reception.Visits', f);

/** Reveals a protected identity, for a reason that goes to the audit trail. */
export const revealCitizen = (visitId: number, position: number, reason: string) =>
  call<Citizen>('app.Reception.RevealCitizen', visitId, position, reason);

/** The refusal grounds that apply on date (ISO; "" = today). */
export const refusalGrounds = (date: string) => call<RefusalGroundView[]>('app.Reception.RefusalGrounds', date);

/** A format the logbook exports to. */
export type LogbookFormat = 'xlsx' | 'pdf';

/**
 * The sổ tiếp công dân (Mẫu 03/TCD) of the visits received from `from` to `to`
 * (ISO dates; '' leaves that end open) as an Excel or PDF file, base64-encoded;
 * protected identities masked. Written to the audit trail.
 */
export const exportLogbook = (format: LogbookFormat, from: string, to: string) =>
  call<string>('app.Reception.ExportLogbook', format, from, to);

/**
 * The Thông báo từ chối tiếp công dân (Mẫu 01/TCD) of a refused visit, as a base64 PDF.
 * The first print registers it with number (0: the year's next) and date (ISO; '' = today);
 * a reprint keeps both.
 */
export const refusalNoticePDF = (visitId: number, number: number, date: string) =>
  call<string>('app.Reception.RefusalNoticePDF', visitId, number, date);

/** A stored giấy biên nhận (Mẫu 02/TCD) reprinted as issued, as a base64 PDF. */
export const receiptPDF = (receiptId: number) => call<string>('app.Reception.ReceiptPDF', receiptId);

/** Records that the citizen of a visit was answered on date (ISO; '' = today), how in note. */
export const markReplied = (visitId: number, date: string, note: string) =>
  call<VisitView>('app.Reception.MarkReplied', visitId, date, note);
