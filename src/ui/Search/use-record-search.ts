// Counts a search once the resident has settled on a query, not at every key: typing 低保 is one search, not three.
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { useServices } from '../services.ts';

// Long enough for a slow two-finger typist between keys, short enough that a glance at the results counts.
const SETTLE_MS = 2000;

export function useRecordSearch(query: string, results: number | undefined): void {
  const { usage } = useServices().session;
  const pending = useRef<{ query: string; results: number } | null>(null);
  // The session, and so its recorder, is one object for the whole run (main.tsx): this is made once.
  const record = useCallback(() => {
    const settled = pending.current;
    pending.current = null;
    // The session's recorder keeps the last one across remounts: back from a document is not a new search.
    if (settled) usage.recordSearch(settled.query, settled.results);
  }, [usage]);
  useEffect(() => {
    if (results === undefined || !query.trim()) return void (pending.current = null);
    pending.current = { query: query.trim(), results };
    const timer = setTimeout(record, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, results, record]);
  // Opening a result (or leaving) before the pause still counts the query the resident acted on.
  useEffect(() => record, [record]);
}
