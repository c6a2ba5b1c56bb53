// Counts a search once the resident has settled on a query, not at every key: typing 低保 is one search, not three.
import { useEffect, useRef } from 'preact/hooks';
import { onSessionEnd } from '../../kiosk/session.ts';
import { recordUsage } from '../../kiosk/usage.ts';

// Long enough for a slow two-finger typist between keys, short enough that a glance at the results counts.
const SETTLE_MS = 2000;

// Kept across the screen's remounts: back from a document to the same results is not a new search. A new resident is.
let lastRecorded = '';
onSessionEnd(() => (lastRecorded = ''));

export function useRecordSearch(query: string, results: number | undefined): void {
  const pending = useRef<{ query: string; results: number } | null>(null);
  const record = () => {
    const settled = pending.current;
    pending.current = null;
    if (!settled || settled.query === lastRecorded) return;
    lastRecorded = settled.query;
    recordUsage({ kind: 'search', ...settled });
  };
  useEffect(() => {
    if (results === undefined || !query.trim()) return void (pending.current = null);
    pending.current = { query: query.trim(), results };
    const timer = setTimeout(record, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, results]);
  // Opening a result (or leaving) before the pause still counts the query the resident acted on.
  useEffect(() => record, []);
}
