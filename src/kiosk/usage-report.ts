// The usage figures as report tables (by month, domain, document, query) and as CSV that Excel opens with Chinese intact.
import { addFigures, emptyDay, SUMMED_DAY, type DayFigures } from '../shared/usage-figures.ts';

export type Cell = string | number;

export interface ReportTable {
  /** Sheet name in the XLSX, section heading in the CSV. */
  title: string;
  header: string[];
  rows: Cell[][];
}

/** Column headings and sheet names, from the string tables (this module holds no interface text). */
export interface ReportLabels {
  months: string;
  domains: string;
  documents: string;
  queries: string;
  month: string;
  summedPeriod: (first: string, last: string) => string;
  total: string;
  sessions: string;
  searches: string;
  searchesWithoutResults: string;
  views: string;
  printJobs: string;
  printPages: string;
  failedPrintJobs: string;
  qrOriginal: string;
  qrApply: string;
  qrLink: string;
  qrEnlarged: string;
  helpCalls: string;
  domain: string;
  indexNo: string;
  title: string;
  query: string;
  times: string;
  lastResults: string;
  unknownDocument: string;
}

export interface DocumentInfo {
  indexNo: string;
  title: string;
  domain: string;
}

export interface ReportSources {
  /** The active catalogue's document, if it still holds it. */
  document(id: string): DocumentInfo | undefined;
  /** A domain key's name. */
  domainName(key: string): string;
}

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
const enlarged = (qr: Record<string, number>) =>
  sum(Object.fromEntries(Object.entries(qr).filter(([k]) => k.endsWith('-enlarged'))));

function monthRow(label: string, f: DayFigures): Cell[] {
  return [
    label,
    f.sessions,
    f.searches,
    f.searchesWithoutResults,
    sum(f.views),
    f.printJobs,
    f.printPages,
    f.failedPrintJobs ?? 0,
    f.qr.original ?? 0,
    f.qr.apply ?? 0,
    f.qr.link ?? 0,
    enlarged(f.qr),
    f.helpCalls,
  ];
}

/** Rows sorted by their count, largest first, then by label, with a totals row at the end. */
function ranked(entries: [Cell[], number][], totalLabel: string, width: number): Cell[][] {
  entries.sort((a, b) => b[1] - a[1] || String(a[0][0]).localeCompare(String(b[0][0])));
  const total = entries.reduce((a, [, n]) => a + n, 0);
  return [...entries.map(([cells, n]) => [...cells, n]), [totalLabel, ...Array<Cell>(width - 2).fill(''), total]];
}

export function buildReport(days: readonly DayFigures[], sources: ReportSources, l: ReportLabels): ReportTable[] {
  const byMonth = new Map<string, DayFigures>();
  const all = emptyDay(SUMMED_DAY);
  for (const day of days) {
    const label = day.day === SUMMED_DAY ? l.summedPeriod(day.firstDay ?? '', day.lastDay ?? '') : day.day.slice(0, 7);
    byMonth.set(label, addFigures(byMonth.get(label) ?? emptyDay(label), day));
    addFigures(all, day);
  }
  // The summed period comes first: it is older than every month kept day by day.
  const months = [...byMonth.entries()].sort(
    ([a], [b]) => (/^\d/.test(a) ? 1 : 0) - (/^\d/.test(b) ? 1 : 0) || a.localeCompare(b),
  );

  const docRows: [Cell[], number][] = Object.entries(all.views).map(([id, n]) => {
    const doc = sources.document(id);
    return [[doc?.indexNo ?? id, doc?.title ?? l.unknownDocument, doc ? sources.domainName(doc.domain) : ''], n];
  });
  const domainRows: [Cell[], number][] = Object.entries(all.domains).map(([key, n]) => [[sources.domainName(key)], n]);
  const queryRows = Object.entries(all.queries)
    .sort(([a, qa], [b, qb]) => qb.count - qa.count || a.localeCompare(b))
    .map(([text, q]): Cell[] => [text, q.count, q.results]);

  return [
    {
      title: l.months,
      header: [
        l.month,
        l.sessions,
        l.searches,
        l.searchesWithoutResults,
        l.views,
        l.printJobs,
        l.printPages,
        l.failedPrintJobs,
        l.qrOriginal,
        l.qrApply,
        l.qrLink,
        l.qrEnlarged,
        l.helpCalls,
      ],
      rows: [...months.map(([label, f]) => monthRow(label, f)), monthRow(l.total, all)],
    },
    { title: l.domains, header: [l.domain, l.views], rows: ranked(domainRows, l.total, 2) },
    { title: l.documents, header: [l.indexNo, l.title, l.domain, l.views], rows: ranked(docRows, l.total, 4) },
    { title: l.queries, header: [l.query, l.times, l.lastResults], rows: [...queryRows, [l.total, all.searches, '']] },
  ];
}

function csvCell(cell: Cell): string {
  const text = String(cell);
  // A cell starting with = + - @ would run as a formula in Excel: a query typed at the kiosk must never do that.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV with a section per table, blank lines between: UTF-8 with a BOM and CRLF, as Excel on Windows expects. */
export function reportCsv(tables: readonly ReportTable[]): string {
  const lines: string[] = [];
  for (const table of tables) {
    if (lines.length) lines.push('');
    lines.push(csvCell(table.title), table.header.map(csvCell).join(','));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
