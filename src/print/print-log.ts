// What printing records and what the attendant screen and staff console read back: the print log, through storage.
import type { PrintLogEntry } from '../storage/db.ts';
import {
  appendPrintLog,
  clearPrintLog,
  readPrintLog,
  updatePrintLog,
  type PrintLogQuery,
} from '../storage/print-log.ts';

export type { PrintLogEntry, PrintLogQuery };
export { appendPrintLog, clearPrintLog, readPrintLog, updatePrintLog };

export interface PrintTotals {
  jobs: number;
  sheets: number;
  byRole: Record<PrintLogEntry['role'], number>;
}

/** Jobs and sheets (pages × copies) of some entries, e.g. today's, with the attendants' share apart. */
export function printTotals(entries: readonly PrintLogEntry[]): PrintTotals {
  const totals: PrintTotals = { jobs: entries.length, sheets: 0, byRole: { resident: 0, attendant: 0 } };
  for (const e of entries) {
    const sheets = e.pageCount * e.copies;
    totals.sheets += sheets;
    totals.byRole[e.role] += sheets;
  }
  return totals;
}
