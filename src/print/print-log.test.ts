// The attendant screen's and the annual report's totals: sheets are pages times copies, with the attendants' share apart.
import { describe, expect, it } from 'vitest';
import { printTotals, type PrintLogEntry } from './print-log.ts';

const entry = (pageCount: number, copies: number, role: PrintLogEntry['role']): PrintLogEntry => ({
  time: '2026-03-05T01:00:00.000Z',
  docId: 'd',
  indexNo: 'i',
  pages: `1-${pageCount}`,
  pageCount,
  copies,
  role,
});

describe('printTotals', () => {
  it('sums jobs and sheets, resident and attendant apart', () => {
    expect(printTotals([entry(3, 1, 'resident'), entry(21, 2, 'attendant'), entry(1, 1, 'resident')])).toEqual({
      jobs: 3,
      sheets: 46,
      byRole: { resident: 4, attendant: 42 },
    });
    expect(printTotals([])).toEqual({ jobs: 0, sheets: 0, byRole: { resident: 0, attendant: 0 } });
  });
});
