import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { ApiError } from '../../api';

/** A page of rows as the Go list methods return it. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}

/**
 * Loads fetch(filter) whenever the filter changes, after a short pause so
 * typing in a search box does not call Go on every key; reload fetches again
 * (after a save).
 */
export function usePagedList<Filter, Row>(fetch: (f: Filter) => Promise<Page<Row>>, filter: Filter, pauseMs = 150) {
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    fetch(filter).then(
      (p) => {
        setRows(p.rows);
        setTotal(p.total);
        setError(undefined);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [fetch, filter]);
  useEffect(() => {
    const timer = setTimeout(reload, pauseMs);
    return () => clearTimeout(timer);
  }, [reload, pauseMs]);
  // setError lets the page show the failure of another call (a print, an export) in the same place.
  return { rows, total, error, setError, reload };
}

/**
 * Calls action on Alt+key (a letter) while enabled: Alt+N opens a new record's
 * form. The listener is attached before the page paints, so a key pressed as
 * soon as the page shows is not lost.
 */
export function useAltKey(key: string, action: () => void, enabled = true) {
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === key) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, action, enabled]);
}
