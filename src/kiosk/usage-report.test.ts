// The export staff hand in for the annual report: totals by month, domain and document, and a CSV Excel reads as Chinese.
import { describe, expect, it } from 'vitest';
import { countEvent, emptyDay, SUMMED_DAY } from '../shared/usage-figures.ts';
import { buildReport, reportCsv, type ReportLabels } from './usage-report.ts';

// The headings themselves live in the UI's string tables; here each is its own key, so the test reads which column is which.
const labels = new Proxy({} as ReportLabels, {
  get: (_, key: string) =>
    key === 'summedPeriod' ? (a: string, b: string) => `${a}~${b}` : key === 'total' ? '合计' : key,
});

const sources = {
  document: (id: string) =>
    id === 'a'
      ? { indexNo: '11532602/2025-00001', title: '关于低保标准的通知', domain: 'poverty-disaster-relief' }
      : undefined,
  domainName: (key: string) => ({ 'poverty-disaster-relief': '扶贫救灾', environment: '环境保护' })[key] ?? key,
};

function day(date: string, views: [string, string][], sessions = 1) {
  const figures = emptyDay(date);
  for (let i = 0; i < sessions; i++) countEvent(figures, { kind: 'session' });
  for (const [docId, domain] of views) countEvent(figures, { kind: 'view', docId, domain });
  return figures;
}

describe('buildReport', () => {
  const days = [
    { ...day(SUMMED_DAY, [['a', 'poverty-disaster-relief']], 10), firstDay: '2024-01-01', lastDay: '2025-10-01' },
    day(
      '2026-11-03',
      [
        ['a', 'poverty-disaster-relief'],
        ['gone', 'environment'],
      ],
      2,
    ),
    day('2026-11-20', [['a', 'poverty-disaster-relief']]),
    day('2026-12-01', []),
  ];
  const [months, domains, documents] = buildReport(days, sources, labels);

  it('sums by month, the summed period first, with a total row', () => {
    expect(months!.rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['2024-01-01~2025-10-01', 10, 1],
      ['2026-11', 3, 3],
      ['2026-12', 1, 0],
      ['合计', 14, 4],
    ]);
  });

  it('ranks domains and documents by views, naming documents the catalogue no longer holds', () => {
    expect(domains!.rows).toEqual([
      ['扶贫救灾', 3],
      ['环境保护', 1],
      ['合计', 4],
    ]);
    expect(documents!.rows).toEqual([
      ['11532602/2025-00001', '关于低保标准的通知', '扶贫救灾', 3],
      ['gone', 'unknownDocument', '', 1],
      ['合计', '', '', 4],
    ]);
  });
});

describe('reportCsv', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it and defuses formulas', () => {
    const csv = reportCsv([
      {
        title: '检索词',
        header: ['检索词', '次数'],
        rows: [
          ['a,"b"', 1],
          ['=1+1', 2],
          ['-x', 3],
        ],
      },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['检索词', '检索词,次数', '"a,""b""",1', "'=1+1,2", "'-x,3", '']);
  });
});
