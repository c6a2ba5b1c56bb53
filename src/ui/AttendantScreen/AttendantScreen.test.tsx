// The attendant desk, behind the attendant PIN: today's prints in figures, the print log to find a job by its 索引号,
// and a re-print that hands the document's next print dialog to the attendant, with the logged job's pages.
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PinHash } from '../../kiosk/pin.ts';
import { appendPrintLog } from '../../print/print-log.ts';
import { makeDoc } from '../../catalogue/search-test-helpers.ts';
import { ResidentSession } from '../resident-session.ts';
import { fakeServices, pinHash, renderWith } from '../test-support/services.tsx';
import { AttendantScreen } from './index.tsx';
import type { PrinterLink, PrinterStatus } from '../../print/local-printer.ts';

const PIN = '97531246';
let attendantPin: PinHash;
// The session the desk hands a job to, as main.tsx's one is shared by the desk and the document screens.
let session: ResidentSession;
const budget = makeDoc('yx-2025-czj-009', { title: '2025年县级财政预算公开', indexNo: '11532602/2025-00009' });
const dibao = makeDoc('yx-2024-mzj-031', { title: '城乡低保标准调整', indexNo: '11532602/2024-00031' });
const DAY = 86_400_000;

beforeAll(async () => {
  attendantPin = await pinHash(PIN);
  const job = { pageCount: 3, copies: 1, role: 'resident' as const };
  await appendPrintLog({
    ...job,
    time: new Date().toISOString(),
    docId: budget.id,
    indexNo: budget.indexNo,
    pages: '3-5',
  });
  await appendPrintLog({
    ...job,
    time: new Date().toISOString(),
    docId: dibao.id,
    indexNo: dibao.indexNo,
    pages: '1',
    pageCount: 1,
    copies: 4,
    role: 'attendant',
  });
  // Two days ago: in the log, not in today's figures.
  await appendPrintLog({
    ...job,
    time: new Date(Date.now() - 2 * DAY).toISOString(),
    docId: 'withdrawn-doc',
    indexNo: '11532602/2023-00001',
    pages: '1-3',
  });
});
beforeEach(() => (session = new ResidentSession({ printLimitPages: 20, startHash: '#/' })));

async function openDesk() {
  history.replaceState(null, '', '#/attendant');
  renderWith(<AttendantScreen />, {
    services: fakeServices({ config: { attendantPin }, documents: [budget, dibao], session }),
  });
  const pad = screen.getByTestId('pin-pad');
  for (const d of PIN) fireEvent.click(within(pad).getByRole('button', { name: d }));
  fireEvent.click(within(pad).getByRole('button', { name: '确定' }));
  return within(await screen.findByTestId('print-log'));
}

const rows = () => screen.getAllByRole('row').slice(1);

describe('attendant desk', () => {
  it('shows nothing of the log until the attendant PIN is entered', () => {
    renderWith(<AttendantScreen />, { services: fakeServices({ config: { attendantPin } }) });
    expect(screen.getByTestId('pin-pad')).toBeTruthy();
    expect(screen.queryByTestId('attendant-desk')).toBeNull();
  });

  it("counts today's jobs and sheets, the attendant's apart, and lists every logged job", async () => {
    await openDesk();
    const today = screen.getByTestId('attendant-today');
    expect(today.textContent).toBe('今天共打印 2 次，7 张纸（其中管理员代打 4 张）。');
    expect(rows()).toHaveLength(3);
    // A job whose document left the catalogue stays in the log, with nothing to re-print.
    const gone = rows().find((r) => r.dataset.doc === 'withdrawn-doc')!;
    expect(gone.textContent).toContain('（文件已不在目录中）');
    expect(within(gone).queryByRole('button', { name: '再打印' })).toBeNull();
  });

  it('finds a job by the digits of its 索引号, typed on the on-screen keyboard', async () => {
    await openDesk();
    for (const key of '00031') fireEvent.click(document.querySelector(`[data-key="${key}"]`)!);
    expect(screen.getByTestId<HTMLInputElement>('attendant-filter').value).toBe('00031');
    expect(rows().map((r) => r.dataset.doc)).toEqual([dibao.id]);
    fireEvent.click(document.querySelector('[data-key="9"]')!);
    expect(screen.getByText('没有符合的记录。')).toBeTruthy();
  });

  it("re-prints a logged job: the document opens and its next print dialog takes the job's pages as the attendant's", async () => {
    await openDesk();
    const row = rows().find((r) => r.dataset.doc === budget.id)!;
    fireEvent.click(within(row).getByRole('button', { name: '再打印' }));
    expect(location.hash).toBe(`#/doc/${budget.id}`);
    // The document screen opens its print dialog at once for this document, and no other document takes it.
    const handOff = session.attendantPrint;
    expect(handOff.waiting(budget.id)).toBe(true);
    expect(handOff.take(dibao.id)).toBeUndefined();
    expect(handOff.take(budget.id)).toEqual({ docId: budget.id, pages: '3-5' });
    expect(handOff.take(budget.id)).toBeUndefined();
  });

  it('prints another document for a resident: the search opens and the next document found is printed as the attendant', async () => {
    await openDesk();
    fireEvent.click(screen.getByRole('button', { name: '为群众打印其他文件（可多份）' }));
    expect(location.hash).toBe('#/search');
    expect(session.attendantPrint.take(dibao.id)).toEqual({});
  });

  describe('with the terminal printing through CUPS', () => {
    const jammed: PrinterStatus = {
      printer: 'hp-desk',
      state: 'stopped',
      reasons: ['media-jam', 'toner-low'],
      checked: new Date().toISOString(),
    };
    const printer: PrinterLink = {
      kind: 'local',
      status: () => Promise.resolve(jammed),
      submit: () => Promise.reject(new Error('not in this test')),
      jobs: () => Promise.resolve([]),
    };

    beforeAll(async () => {
      // The earliest of today's jobs, and the one that did not come out.
      await appendPrintLog({
        time: new Date(Date.now() - 60_000).toISOString(),
        docId: dibao.id,
        indexNo: dibao.indexNo,
        pages: '2',
        pageCount: 1,
        copies: 1,
        role: 'resident',
        outcome: 'failed',
        cupsJobs: [17],
      });
    });

    it("lists today's job that did not print first, with its result and 再打印, under the printer's state", async () => {
      history.replaceState(null, '', '#/attendant');
      renderWith(<AttendantScreen />, {
        services: fakeServices({ config: { attendantPin }, documents: [budget, dibao], session, printer }),
      });
      const pad = screen.getByTestId('pin-pad');
      for (const d of PIN) fireEvent.click(within(pad).getByRole('button', { name: d }));
      fireEvent.click(within(pad).getByRole('button', { name: '确定' }));
      await screen.findByTestId('print-log');
      expect((await screen.findByTestId('printer-state')).textContent).toBe(
        '打印机（hp-desk）：已停止，卡纸、墨粉不足',
      );
      expect(screen.getByTestId('attendant-failed').textContent).toContain('今天有 1 次没有打出来');
      const first = rows()[0]!;
      expect(first.dataset).toMatchObject({ doc: dibao.id, outcome: 'failed' });
      expect(first.textContent).toContain('没有打出');
      fireEvent.click(within(first).getByRole('button', { name: '再打印' }));
      expect(session.attendantPrint.take(dibao.id)).toEqual({ docId: dibao.id, pages: '2' });
    });
  });
});
