// The print dialog decides what reaches the paper and who pays for it: a resident chooses pages, sees the first sheet,
// confirms once; the job is prepared, sent, counted and logged; a job that never reached the printer counts nothing;
// past the self-service limit only the attendant PIN prints, in the attendant's role, with copies.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PinHash } from '../../kiosk/pin.ts';
import { clearPrintLog, readPrintLog } from '../../print/print-log.ts';
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { en } from '../i18n/en.ts';
import { ResidentSession } from '../resident-session.ts';
import { fakeServices, pinHash, renderWith } from '../test-support/services.tsx';
import { PrintDialog } from './index.tsx';
import { fakePdf } from '../test-support/fake-pdf.ts';

// pdf.js paints on a canvas, which happy-dom does not have: the PDF bridge is replaced by a PrintSource of its own
// (its interface is the seam); every other module, the print job, allowance, log and sheets, is the real one.
vi.mock('../../print/print-source.ts', async (real) => ({
  ...(await real<typeof import('../../print/print-source.ts')>()),
  openPdfPrintSource: () => Promise.resolve(fakePdf.current),
}));

const doc: CatalogueDocument = {
  id: 'yx-2025-czj-009',
  indexNo: '11532602/2025-00009',
  title: '2025年县级财政预算公开',
  publisher: '云溪县财政局',
  docNo: '云财〔2025〕9号',
  writtenDate: '2025-01-20',
  publishDate: '2025-01-25',
  topics: [],
  domain: 'finance',
  genre: '预算',
  disclosure: '主动公开',
  scope: '面向全社会',
  validity: '有效',
  keywords: [],
  summary: '',
  files: [{ path: 'files/budget.pdf', type: 'application/pdf' }],
  textPath: 'text/budget.txt',
  related: [],
};
const file = doc.files[0]!;
const ATTENDANT_PIN = '13572468';
let attendantPin: PinHash;
let printer: ReturnType<typeof vi.fn>;
// One resident per test, kept across the dialogs a test opens, as main.tsx's session is across a resident's documents.
let session: ResidentSession | undefined;

beforeAll(async () => (attendantPin = await pinHash(ATTENDANT_PIN)));
beforeEach(() => {
  printer = vi.fn();
  // The printer: happy-dom has no window.print (Chromium's, with --kiosk-printing, spools without a dialog).
  vi.stubGlobal('print', printer);
  fakePdf.reset(5);
});
afterEach(async () => {
  session = undefined;
  await clearPrintLog();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openDialog({
  currentPage = 1,
  printLimitPages = 20,
  strings = undefined as typeof en | undefined,
} = {}) {
  // The session's allowance is made with the config's limit, as main.tsx makes it; a test's first dialog sets it.
  session ??= new ResidentSession({ printLimitPages, startHash: '#/' });
  // One dialog at a time, as on the document screen, which unmounts a dialog once it is closed.
  cleanup();
  const onClose = vi.fn();
  const services = fakeServices({
    config: { printLimitPages, attendantPin },
    documents: [doc],
    session,
    files: { [file.path]: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) },
  });
  renderWith(<PrintDialog doc={doc} file={file} currentPage={currentPage} onClose={onClose} />, { services, strings });
  await waitFor(() => expect(confirmButton()).toBeTruthy());
  return onClose;
}

const dialog = () => screen.getByTestId('print-dialog');
const confirmButton = () => screen.getByTestId('print-confirm');
const summary = () => screen.getByTestId('print-summary');
const choose = (choice: 'all' | 'current' | 'range') =>
  fireEvent.click(dialog().querySelector(`[data-choice="${choice}"]`)!);
const stepper = (testId: string) => screen.getByTestId(testId);
const more = (testId: string) => fireEvent.click(within(stepper(testId)).getAllByRole('button')[1]!);

async function confirmAndWaitFor(state: 'sent' | 'failed' | 'pin') {
  fireEvent.click(confirmButton());
  await waitFor(() => expect(dialog().dataset.state).toBe(state));
}

describe('print dialog', () => {
  it('prints all pages once for a resident, shows where to collect them, and logs the job', async () => {
    const onClose = await openDialog({ currentPage: 2 });
    expect(summary().textContent).toBe('共 5 页 × 1 份 = 5 张纸');
    expect(screen.getByText('您这次还可以自助打印 20 张。')).toBeTruthy();
    // The preview is the first chosen page on a sheet, as it will print.
    await waitFor(() => expect(screen.getByTestId('print-preview').querySelector('img')).toBeTruthy());

    await confirmAndWaitFor('sent');
    expect(printer).toHaveBeenCalledOnce();
    expect(screen.getByTestId('print-outcome').textContent).toContain('已经发送到打印机：5 页，1 份。');
    expect(screen.getByText('《2025年县级财政预算公开》，第 1-5 页。')).toBeTruthy();
    expect(document.querySelectorAll('[data-testid="print-root"] img')).toHaveLength(5);
    expect(await readPrintLog()).toMatchObject([
      { docId: doc.id, pages: '1-5', pageCount: 5, copies: 1, role: 'resident' },
    ]);

    fireEvent.click(screen.getByRole('button', { name: '好的' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('prints the page being read, or a range that starts there', async () => {
    await openDialog({ currentPage: 3 });
    choose('current');
    expect(summary().textContent).toBe('共 1 页 × 1 份 = 1 张纸');
    choose('range');
    expect(stepper('print-from').dataset.value).toBe('3');
    expect(stepper('print-to').dataset.value).toBe('3');
    more('print-to');
    expect(summary().textContent).toBe('共 2 页 × 1 份 = 2 张纸');
    await confirmAndWaitFor('sent');
    expect(fakePdf.current.rendered.at(-1)).toEqual([3, 4]);
    expect(await readPrintLog()).toMatchObject([{ pages: '3-4', pageCount: 2 }]);
  });

  it('while a job is prepared, shows its progress and ignores a second tap', async () => {
    await openDialog();
    const release = fakePdf.current.hold();
    fireEvent.click(confirmButton());
    fireEvent.click(confirmButton());
    await waitFor(() => expect(dialog().dataset.state).toBe('preparing'));
    fakePdf.current.progress(2);
    await waitFor(() =>
      expect(screen.getByTestId('print-progress').textContent).toBe('正在准备打印，第 2 / 5 页，请稍等……'),
    );
    expect(screen.getByRole('button', { name: '不打印了' })).toHaveProperty('disabled', true);
    release();
    await waitFor(() => expect(dialog().dataset.state).toBe('sent'));
    expect(printer).toHaveBeenCalledOnce();
    expect(await readPrintLog()).toHaveLength(1);
  });

  it('a job that never reached the printer fails, counts nothing, logs nothing, and can be tried again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    printer.mockImplementation(() => {
      throw new Error('no printer');
    });
    await openDialog();
    await confirmAndWaitFor('failed');
    expect(screen.getByTestId('print-outcome').textContent).toContain('打印没有开始，这次不计入您的打印张数。');
    expect(await readPrintLog()).toEqual([]);
    expect(logged).toHaveBeenCalledWith('print job did not start', new Error('no printer'));
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }));
    expect(dialog().dataset.state).toBe('choose');
    expect(screen.getByText('您这次还可以自助打印 20 张。')).toBeTruthy();
  });

  it('counts what a resident printed against the allowance, until the session ends', async () => {
    await openDialog({ printLimitPages: 8 });
    await confirmAndWaitFor('sent');
    fireEvent.click(screen.getByRole('button', { name: '好的' }));

    // All 5 pages would be over what is left: the dialog opens on the page being read, within it.
    await openDialog({ printLimitPages: 8 });
    expect(dialog().querySelector('[data-choice="current"]')!.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('您这次还可以自助打印 3 张。')).toBeTruthy();
    expect(confirmButton().hasAttribute('disabled')).toBe(false);
    choose('all');
    expect(screen.getByText(/^超过了自助打印的张数（还剩 3 张）/)).toBeTruthy();
    expect(confirmButton().hasAttribute('disabled')).toBe(true);

    session!.end();
    await openDialog({ printLimitPages: 8 });
    expect(screen.getByText('您这次还可以自助打印 8 张。')).toBeTruthy();
  });

  it('past the limit only the explicit step to the attendant goes on; with the PIN the attendant prints it all', async () => {
    await openDialog({ printLimitPages: 3 });
    expect(dialog().querySelector('[data-choice="current"]')!.getAttribute('aria-checked')).toBe('true');
    choose('all');
    expect(confirmButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '管理员：打印更多' }));
    expect(dialog().dataset.state).toBe('pin');
    expect(printer).not.toHaveBeenCalled();
    const pad = screen.getByTestId('pin-pad');
    for (const d of ATTENDANT_PIN) fireEvent.click(within(pad).getByRole('button', { name: d }));
    fireEvent.click(within(pad).getByRole('button', { name: '确定' }));

    await waitFor(() => expect(dialog().dataset.state).toBe('choose'));
    expect(screen.getByText('管理员已确认：可以打印更多页和多份。')).toBeTruthy();
    more('print-copies');
    expect(summary().textContent).toBe('共 5 页 × 2 份 = 10 张纸');
    await confirmAndWaitFor('sent');
    expect(await readPrintLog()).toMatchObject([{ pages: '1-5', copies: 2, role: 'attendant' }]);
    // Each copy's sheets are in the print container.
    expect(document.querySelectorAll('[data-testid="print-root"] img')).toHaveLength(10);
  });

  it('a wrong attendant PIN prints nothing, and the resident can step back', async () => {
    await openDialog({ printLimitPages: 3 });
    fireEvent.click(screen.getByRole('button', { name: '管理员：打印更多' }));
    const pad = screen.getByTestId('pin-pad');
    for (const d of '0000') fireEvent.click(within(pad).getByRole('button', { name: d }));
    fireEvent.click(within(pad).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.getByTestId('pin-message').textContent).toMatch(/^密码不对/));
    fireEvent.click(screen.getByRole('button', { name: '不打印了' }));
    expect(dialog().dataset.state).toBe('choose');
    expect(screen.queryByTestId('print-copies')).toBeNull();
    expect(printer).not.toHaveBeenCalled();
  });

  it('reads as English in English, with no Chinese punctuation between its words', async () => {
    await openDialog({ strings: en });
    expect(screen.getByText('1 copy. Self-service prints one copy. Ask the attendant for more.')).toBeTruthy();
    expect(screen.getByRole('radiogroup').textContent).not.toMatch(/[。，：、]/);
  });

  it('says printing cannot start when the file is not on this terminal', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWith(<PrintDialog doc={doc} file={file} currentPage={1} onClose={vi.fn()} />, {
      services: fakeServices({ documents: [doc] }),
    });
    await waitFor(() => expect(screen.getByTestId('print-outcome').textContent).toContain('打印没有开始'));
    expect(logged).toHaveBeenCalledWith('cannot open for printing', new Error(`missing ${file.path}`));
  });
});

describe('attendant re-print', () => {
  it("opens in the attendant's role with the logged job's pages, once, and only for that document", async () => {
    session = new ResidentSession({ printLimitPages: 0, startHash: '#/' });
    session.attendantPrint.start({ docId: 'another-document', pages: '1' });
    await openDialog({ printLimitPages: 0 });
    expect(screen.queryByTestId('print-copies')).toBeNull();
    session.attendantPrint.cancel();

    session.attendantPrint.start({ docId: doc.id, pages: '2-4' });
    await openDialog({ printLimitPages: 0 });
    expect(screen.getByText('管理员已确认：可以打印更多页和多份。')).toBeTruthy();
    expect(dialog().querySelector('[data-choice="range"]')!.getAttribute('aria-checked')).toBe('true');
    expect(summary().textContent).toBe('共 3 页 × 1 份 = 3 张纸');
    await confirmAndWaitFor('sent');
    expect(await readPrintLog()).toMatchObject([{ pages: '2-4', role: 'attendant' }]);
    fireEvent.click(screen.getByRole('button', { name: '好的' }));

    // The permission was for one job: the next dialog is the resident's again.
    await openDialog({ printLimitPages: 0 });
    expect(screen.queryByTestId('print-copies')).toBeNull();
    expect(screen.getAllByText(/超过了自助打印的张数/).length).toBeGreaterThan(0);
  });
});
