// The print dialog on a terminal: the sheets go to CUPS as one PDF, the dialog follows the job to its end, and a job CUPS
// aborted gives the resident's sheets back. The CUPS path itself is tested for real in e2e/print-cups.spec.ts.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDoc } from '../../catalogue/search-test-helpers.ts';
import type { PinHash } from '../../kiosk/pin.ts';
import type { CupsJob, CupsJobState, PrinterLink } from '../../print/local-printer.ts';
import { clearPrintLog, readPrintLog } from '../../print/print-log.ts';
import { ResidentSession } from '../resident-session.ts';
import { fakePdf } from '../test-support/fake-pdf.ts';
import { fakeServices, pinHash, renderWith } from '../test-support/services.tsx';
import { PrintDialog } from './index.tsx';

// happy-dom has neither canvas nor pdf.js: the PDF bridge and the sheet painter are replaced at their seams; the print
// job, allowance, log, follow and PDF writer are the real ones.
vi.mock('../../print/print-source.ts', async (real) => ({
  ...(await real<typeof import('../../print/print-source.ts')>()),
  openPdfPrintSource: () => Promise.resolve(fakePdf.current),
}));
vi.mock('../PrintSheets/rasterise.ts', () => ({
  rasteriseSheets: (root: HTMLElement) =>
    Promise.resolve(
      Array.from(root.querySelectorAll<HTMLElement>('[data-testid="print-sheet"]'), (sheet) => ({
        jpeg: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
        widthPx: 1240,
        heightPx: 1754,
        text: sheet.textContent ?? '',
      })),
    ),
}));

const doc = makeDoc('yx-2025-czj-009', {
  title: '2025年县级财政预算公开',
  indexNo: '11532602/2025-00009',
  files: [{ path: 'files/budget.pdf', type: 'application/pdf' }],
});
const file = doc.files[0]!;
const ATTENDANT_PIN = '13572468';
let attendantPin: PinHash;
let session: ResidentSession;

/** A CUPS queue as the local server reports it: each job takes the states given, one per time it is asked. */
function cupsQueue(states: CupsJobState[]) {
  const sent: { pdf: string; copies: number; title: string }[] = [];
  let asked = 0;
  let answer: (() => void) | undefined;
  const link: PrinterLink = {
    kind: 'local',
    status: () => Promise.resolve({ printer: 'hp', state: 'ready', reasons: [], checked: new Date().toISOString() }),
    async submit(pdf, copies, title) {
      sent.push({ pdf: await pdf.text(), copies, title });
      return 40 + sent.length;
    },
    // Each list waits for the test's go-ahead, so the state between two answers can be seen.
    jobs: () =>
      new Promise<CupsJob[]>((resolve) => {
        answer = () => {
          const state = states[Math.min(asked++, states.length - 1)]!;
          resolve(sent.map((_, i) => ({ id: 41 + i, state, pages: 0, created: '', completed: null })));
        };
      }),
  };
  return { link, sent, next: () => answer?.() };
}

beforeAll(async () => (attendantPin = await pinHash(ATTENDANT_PIN)));
beforeEach(() => {
  fakePdf.reset(5);
  session = new ResidentSession({ printLimitPages: 20, startHash: '#/' });
});
afterEach(async () => {
  cleanup();
  await clearPrintLog();
});

async function openDialog(link: PrinterLink) {
  cleanup();
  const services = fakeServices({
    config: { attendantPin },
    documents: [doc],
    session,
    printer: link,
    files: { [file.path]: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) },
  });
  renderWith(<PrintDialog doc={doc} file={file} currentPage={1} onClose={() => undefined} />, { services });
  await waitFor(() => expect(screen.getByTestId('print-dialog').dataset.state).toBe('choose'));
}

const outcome = () => screen.getByTestId('print-outcome');

describe('print dialog on a terminal', () => {
  it('sends the pages as one PDF, says 正在打印 until CUPS completes the job, then to take the pages', async () => {
    const queue = cupsQueue(['processing', 'completed']);
    await openDialog(queue.link);
    fireEvent.click(screen.getByTestId('print-confirm'));
    await waitFor(() => expect(outcome().dataset.outcome).toBe('printing'));
    expect(outcome().textContent).toContain('正在打印');

    expect(queue.sent).toHaveLength(1);
    expect(queue.sent[0]!.pdf.startsWith('%PDF-')).toBe(true);
    expect(queue.sent[0]!.pdf.match(/\/Type \/Page\b/g)).toHaveLength(5);
    expect(queue.sent[0]).toMatchObject({ copies: 1, title: `Chayue ${doc.indexNo}` });
    expect(await readPrintLog()).toMatchObject([{ outcome: 'printing', cupsJobs: [41], pageCount: 5 }]);

    queue.next();
    await waitFor(() => expect(screen.getByTestId('print-dialog').dataset.state).toBe('sent'));
    expect(outcome().dataset.outcome).toBe('printing');
    // CUPS is asked again after the follow's pause (1.5 s).
    await vi.waitFor(
      () => {
        queue.next();
        expect(outcome().dataset.outcome).toBe('completed');
      },
      { timeout: 5000 },
    );
    expect(outcome().textContent).toContain('请到打印机取走文件');
    await waitFor(async () => expect(await readPrintLog()).toMatchObject([{ outcome: 'completed' }]));
    expect(session.printAllowance.remaining).toBe(15);
  });

  it('a job CUPS aborted is said plainly, with the attendant, and its sheets are the resident’s again', async () => {
    const queue = cupsQueue(['aborted']);
    await openDialog(queue.link);
    fireEvent.click(screen.getByTestId('print-confirm'));
    await vi.waitFor(() => {
      queue.next();
      expect(outcome().dataset.outcome).toBe('failed');
    });
    expect(outcome().textContent).toContain('这次没有打印出来');
    expect(outcome().textContent).toContain('请找管理员帮忙。');
    expect(outcome().textContent).toContain('这次不计入您的打印张数。');
    expect(session.printAllowance.remaining).toBe(20);
    await waitFor(async () => expect(await readPrintLog()).toMatchObject([{ outcome: 'failed', cupsJobs: [41] }]));
  });

  it("an attendant's copies are asked of CUPS: the sheets are painted once", async () => {
    const queue = cupsQueue(['completed']);
    await openDialog(queue.link);
    fireEvent.click(screen.getByRole('button', { name: '管理员：打印更多' }));
    const pad = screen.getByTestId('pin-pad');
    for (const d of ATTENDANT_PIN) fireEvent.click(within(pad).getByRole('button', { name: d }));
    fireEvent.click(within(pad).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.getByTestId('print-dialog').dataset.state).toBe('choose'));
    fireEvent.click(within(screen.getByTestId('print-copies')).getAllByRole('button')[1]!);
    fireEvent.click(screen.getByTestId('print-confirm'));
    await waitFor(() => expect(queue.sent).toHaveLength(1));
    expect(queue.sent[0]!.copies).toBe(2);
    expect(queue.sent[0]!.pdf.match(/\/Type \/Page\b/g)).toHaveLength(5);
  });

  it('a printer out of paper is said before anything is chosen, and the dialog offers no way to print', async () => {
    const link: PrinterLink = {
      ...cupsQueue([]).link,
      status: () => Promise.resolve({ printer: 'hp', state: 'ready', reasons: ['media-empty'], checked: '' }),
    };
    cleanup();
    renderWith(<PrintDialog doc={doc} file={file} currentPage={1} onClose={() => undefined} />, {
      services: fakeServices({
        documents: [doc],
        session,
        printer: link,
        files: { [file.path]: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) },
      }),
    });
    await waitFor(() => expect(outcome().dataset.outcome).toBe('unavailable'));
    expect(outcome().textContent).toContain('打印机暂时不能用');
    expect(screen.queryByTestId('print-confirm')).toBeNull();
  });
});
