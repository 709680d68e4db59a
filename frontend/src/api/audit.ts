import { call } from './bridge';

/** app.AuditFilter: which entries of the Nhật ký screen to show; empty means any. */
export interface AuditFilter {
  /** ISO dates, both included. */
  from?: string;
  to?: string;
  /** A user name. */
  actor?: string;
  /** A kind of record: "unit", "calendar_override", … */
  entity?: string;
  /** "create", "update", "delete", "login", … */
  action?: string;
  /** Looked for in the record's key and in its old and new values. */
  text?: string;
  /** Page size (Go's default 50, at most 500) and entries skipped. */
  limit?: number;
  offset?: number;
}

/** A record as the audit log keeps it (its JSON), or null. */
export type AuditValue = Record<string, unknown> | null;

/** domain.AuditEntry: one row of the audit trail. */
export interface AuditEntry {
  id: number;
  /** RFC 3339, local office time. */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** The record before the change; null for a create. */
  old: AuditValue;
  /** The record after the change; null for a delete. */
  new: AuditValue;
  /** The row's link in the hash chain (hex SHA-256). */
  hash: string;
}

/** app.AuditPage: one page, newest first, and how many entries match. */
export interface AuditPage {
  rows: AuditEntry[];
  total: number;
}

/** A page of the audit trail; rejects with 'invalid' and a message per filter field. */
export const listAudit = (filter: AuditFilter) => call<AuditPage>('app.Audit.List', filter);
