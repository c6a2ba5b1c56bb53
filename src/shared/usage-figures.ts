// Usage figures for the annual report: the per-day counters' shape and the pure rules that fill, mask and sum them.

/** Everything counted on one day (China time), anonymously: no times of day, nothing about a person. */
export interface DayFigures {
  /** `YYYY-MM-DD` in China time; `SUMMED_DAY` for the days past the keeping period, summed into one record. */
  day: string;
  /** For the summed record: the first and last day it holds. */
  firstDay?: string;
  lastDay?: string;
  /** Residents' sessions: the first touch after the board (or after start). */
  sessions: number;
  searches: number;
  searchesWithoutResults: number;
  /** Query text (digit runs masked) → times asked and the result count the last time. */
  queries: Record<string, { count: number; results: number }>;
  /** Document id → views. */
  views: Record<string, number>;
  /** Domain key → views. */
  domains: Record<string, number>;
  printJobs: number;
  /** Sheets sent to the printer: pages × copies. */
  printPages: number;
  /** Of those jobs, the ones the printer did not print (CUPS aborted, cancelled or stopped them); absent before 2026-12. */
  failedPrintJobs?: number;
  /** QR kind (`original`, `apply`, `link`, with `-enlarged` for a tap that enlarged one) → times shown. */
  qr: Record<string, number>;
  helpCalls: number;
}

export type UsageEvent =
  | { kind: 'session' }
  | { kind: 'search'; query: string; results: number }
  | { kind: 'view'; docId: string; domain: string }
  | { kind: 'print'; pages: number }
  | { kind: 'print-failed' }
  | { kind: 'qr'; qrKind: string }
  | { kind: 'help' };

/** An event with the moment it happened, as the recorder queues it. */
export interface TimedUsageEvent {
  time: number;
  event: UsageEvent;
}

export const SUMMED_DAY = 'summed';
/** Days kept one by one; older ones are added into the summed record. */
export const KEEP_DAYS = 400;
/** A day keeps this many distinct queries; later new ones count only in `searches`, so a day cannot grow without end. */
export const MAX_QUERIES_PER_DAY = 1000;

// China has kept UTC+8 all year since 1991: an offset, not a time-zone database, gives the reading point's day.
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** The China-time day (`YYYY-MM-DD`) of a moment, whatever the terminal's own time zone. */
export function chinaDay(time: number | Date): string {
  return new Date(+time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` moved by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const DIGIT = '[0-9０-９]';
// What people put between groups of a number: spaces (also the full-width one), hyphens and dashes, dots.
const GAP = '[ \\u3000.\\-\\u2010-\\u2015\\uFF0D\\uFF0E\\u00B7]{1,2}';
// An ID number may end in X; not the X of a word that follows.
const NUMBER = new RegExp(`${DIGIT}(?:(?:${GAP})?${DIGIT})*(?:(?:${GAP})?[xXｘＸ](?![A-Za-z]))?`, 'g');
const NUMBER_CHAR = /[0-9０-９xXｘＸ]/g;

/**
 * Numbers of 6 or more digits (ID, phone, bank card numbers) have every digit, and an ID's X, turned into `*`, also
 * when typed in groups ("138 1234 5678", "110105-19800101-123X"): the grouping stays, the number does not. Shorter ones
 * (years, 文号) stay readable in the figures.
 */
export function maskDigitRuns(text: string): string {
  return text.replace(NUMBER, (run) =>
    (run.match(/[0-9０-９]/g)?.length ?? 0) >= 6 ? run.replace(NUMBER_CHAR, '*') : run,
  );
}

export function emptyDay(day: string): DayFigures {
  return {
    day,
    sessions: 0,
    searches: 0,
    searchesWithoutResults: 0,
    queries: {},
    views: {},
    domains: {},
    printJobs: 0,
    printPages: 0,
    failedPrintJobs: 0,
    qr: {},
    helpCalls: 0,
  };
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Adds one event to a day's figures (in place). Query text is masked here, so nothing unmasked is ever stored. */
export function countEvent(figures: DayFigures, event: UsageEvent): DayFigures {
  switch (event.kind) {
    case 'session':
      figures.sessions++;
      break;
    case 'search': {
      const text = maskDigitRuns(event.query.trim()).slice(0, 100);
      if (!text) break;
      figures.searches++;
      if (event.results === 0) figures.searchesWithoutResults++;
      const known = figures.queries[text];
      if (known) figures.queries[text] = { count: known.count + 1, results: event.results };
      else if (Object.keys(figures.queries).length < MAX_QUERIES_PER_DAY)
        figures.queries[text] = { count: 1, results: event.results };
      break;
    }
    case 'view':
      bump(figures.views, event.docId);
      bump(figures.domains, event.domain);
      break;
    case 'print':
      figures.printJobs++;
      figures.printPages += event.pages;
      break;
    case 'print-failed':
      figures.failedPrintJobs = (figures.failedPrintJobs ?? 0) + 1;
      break;
    case 'qr':
      bump(figures.qr, event.qrKind);
      break;
    case 'help':
      figures.helpCalls++;
      break;
  }
  return figures;
}

/** Adds `b` into `a` (in place); the summed record's first and last day widen to cover both. */
export function addFigures(a: DayFigures, b: DayFigures): DayFigures {
  a.sessions += b.sessions;
  a.searches += b.searches;
  a.searchesWithoutResults += b.searchesWithoutResults;
  for (const [text, q] of Object.entries(b.queries)) {
    const known = a.queries[text];
    a.queries[text] = known ? { count: known.count + q.count, results: q.results } : { ...q };
  }
  for (const [id, n] of Object.entries(b.views)) bump(a.views, id, n);
  for (const [key, n] of Object.entries(b.domains)) bump(a.domains, key, n);
  a.printJobs += b.printJobs;
  a.printPages += b.printPages;
  a.failedPrintJobs = (a.failedPrintJobs ?? 0) + (b.failedPrintJobs ?? 0);
  for (const [kind, n] of Object.entries(b.qr)) bump(a.qr, kind, n);
  a.helpCalls += b.helpCalls;
  const first = b.firstDay ?? b.day;
  const last = b.lastDay ?? b.day;
  if (a.day === SUMMED_DAY) {
    if (!a.firstDay || first < a.firstDay) a.firstDay = first;
    if (!a.lastDay || last > a.lastDay) a.lastDay = last;
  }
  return a;
}

/** The first day still kept one by one on `today`: days before it go into the summed record. */
export function firstKeptDay(today: string): string {
  return addDays(today, -(KEEP_DAYS - 1));
}

/** Splits days into those kept and those to sum, and sums the latter into `summed` (a fresh record when absent). */
export function rollUp(
  days: readonly DayFigures[],
  today: string,
  summed?: DayFigures,
): { kept: DayFigures[]; summed?: DayFigures; dropped: string[] } {
  const first = firstKeptDay(today);
  const kept: DayFigures[] = [];
  const dropped: string[] = [];
  let total = summed;
  for (const day of days) {
    if (day.day === SUMMED_DAY) continue;
    if (day.day >= first) {
      kept.push(day);
      continue;
    }
    total = addFigures(total ?? emptyDay(SUMMED_DAY), day);
    dropped.push(day.day);
  }
  return { kept, summed: total, dropped };
}

/** The whole-day totals a heartbeat and the console's summary line carry. */
export interface FigureTotals {
  sessions: number;
  searches: number;
  searchesWithoutResults: number;
  views: number;
  printJobs: number;
  printPages: number;
  failedPrintJobs: number;
  qr: Record<string, number>;
  helpCalls: number;
}

export function totalsOf(figures: DayFigures): FigureTotals {
  return {
    sessions: figures.sessions,
    searches: figures.searches,
    searchesWithoutResults: figures.searchesWithoutResults,
    views: Object.values(figures.views).reduce((a, b) => a + b, 0),
    printJobs: figures.printJobs,
    printPages: figures.printPages,
    failedPrintJobs: figures.failedPrintJobs ?? 0,
    qr: { ...figures.qr },
    helpCalls: figures.helpCalls,
  };
}
