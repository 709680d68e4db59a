import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';

describe('dates are shown dd/mm/yyyy', () => {
  it.each([
    ['2026-11-27', '27/11/2026'],
    ['2026-01-05', '05/01/2026'],
    ['2026-07-01T08:00:00+07:00', '01/07/2026'],
    ['', ''],
    [undefined, ''],
    ['27/11/2026', ''],
  ])('formatDate(%s) = %s', (iso, want) => {
    expect(formatDate(iso)).toBe(want);
  });

  it('formatDateTime keeps the time as recorded', () => {
    expect(formatDateTime('2026-11-27T09:30:00+07:00')).toBe('27/11/2026 09:30');
  });
});
