// Dates are exchanged with Go as ISO strings and shown to people as
// dd/mm/yyyy, everywhere.

/** "2026-11-27" or an RFC 3339 time → "27/11/2026"; "" for empty or invalid. */
export function formatDate(iso: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** An RFC 3339 time → "27/11/2026 09:30" in the time's own offset. */
export function formatDateTime(iso: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '';
}
