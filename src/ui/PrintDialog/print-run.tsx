// Runs one print job from the dialog: renders the sheets into the print container, then sends them to the terminal's
// printer as a PDF (its local server and CUPS), or calls window.print where there is no local server.
import type { PrinterLink } from '../../print/local-printer.ts';
import { appendPrintLog } from '../../print/print-log.ts';
import type { PrintJobSpec, PrintOutcome, SentPrint } from '../../print/print-job.ts';
import { sheetPdf, splitForUpload } from '../../print/sheet-pdf.ts';
import { releasePages, SHEET, type PreparedPage } from '../../print/print-source.ts';
import { StringsContext } from '../i18n/index.ts';
import type { Strings } from '../i18n/zh-CN.ts';
import { PrintSheets, type SheetContent, type SheetContext } from '../PrintSheets/index.tsx';
import { clearPrintSheets, showPrintSheets, showTextSheets } from '../PrintSheets/mount.tsx';
import { rasteriseSheets } from '../PrintSheets/rasterise.ts';
import type { ResidentSession } from '../resident-session.ts';
import type { Printable } from './use-print-source.ts';

// The last job's page images stay until the printer has them (afterprint) or the next job replaces them.
let held: PreparedPage[] = [];

function releaseHeld() {
  releasePages(held);
  held = [];
  clearPrintSheets();
}

export interface PrintRequest {
  spec: PrintJobSpec;
  pages: number[];
  printable: Exclude<Printable, { kind: 'loading' | 'failed' }>;
  context: SheetContext;
  strings: Strings;
  /** The terminal's printer, or the browser's printing. */
  link: PrinterLink;
  onProgress: (done: number) => void;
}

// Under the local server's 64 MiB body cap (scripts/kiosk/local_printer.py) with room: ~230 scanned sheets a part.
const PART_BYTES = 60 * 1024 * 1024;

/**
 * Paints the prepared sheets and sends them to CUPS: one PDF with the copies asked of CUPS, or, for a long job in
 * parts, each copy part by part so the copies come out whole and in order.
 */
async function sendToLocalPrinter(
  link: PrinterLink,
  copies: number,
  title: string,
  onSheet: (done: number) => void,
): Promise<SentPrint> {
  const since = new Date().toISOString();
  const root = document.getElementById('print-root');
  if (!root) throw new Error('no sheets to send');
  const parts = splitForUpload(await rasteriseSheets(root, { onSheet }), PART_BYTES);
  const rounds =
    parts.length === 1
      ? [{ part: parts[0]!, copies }]
      : Array.from({ length: copies }, () => parts.map((part) => ({ part, copies: 1 }))).flat();
  const jobs: number[] = [];
  for (const round of rounds) {
    try {
      jobs.push(await link.submit(sheetPdf(round.part), round.copies, title));
    } catch (e) {
      // Nothing sent yet: the job did not start and costs nothing. Parts already with CUPS print and are followed as
      // the job; the rest is left out (said in the log here: a refusal mid-job means the printer stopped meanwhile).
      if (jobs.length === 0) throw e;
      console.error('a later part of a long print job was refused', e);
      break;
    }
  }
  return { via: 'local', jobs, since };
}

export function startPrint(
  { spec, pages, printable, context, strings, link, onProgress }: PrintRequest,
  session: ResidentSession,
): Promise<PrintOutcome> {
  const local = link.kind === 'local';
  // CUPS makes the copies of a job sent as a PDF: its sheets are painted once.
  const sheetCopies = local ? 1 : spec.copies;
  // The local path paints each sheet again after rendering its page: the progress counts both halves as one.
  const total = Math.max(1, spec.pageCount);
  let rendered = 0;
  const progress = (painted: number) => onProgress(local ? Math.floor((rendered + painted) / 2) : rendered);
  const sheets = (content: SheetContent, copies: number) => (
    <StringsContext.Provider value={strings}>
      <PrintSheets {...context} content={content} copies={copies} />
    </StringsContext.Provider>
  );
  return session.printJobs.run(spec, session.printAllowance, {
    async prepare() {
      releaseHeld();
      try {
        if (printable.kind === 'text') {
          return await showTextSheets((layout) =>
            sheets({ kind: 'text', blocks: printable.blocks, ...layout }, layout.firstOnly ? 1 : sheetCopies),
          );
        } else {
          held = await printable.source.render(pages, SHEET, (done) => {
            rendered = done;
            progress(0);
          });
          rendered = total;
          await showPrintSheets(sheets({ kind: 'pages', pages: held, total: printable.source.pageCount }, sheetCopies));
        }
      } catch (e) {
        releaseHeld();
        throw e;
      }
    },
    async print(): Promise<SentPrint> {
      if (local) {
        try {
          return await sendToLocalPrinter(link, spec.copies, `Chayue ${spec.indexNo}`, progress);
        } finally {
          releaseHeld();
        }
      }
      // With --kiosk-printing this goes to the default printer without a dialog; afterprint says the sheets are spooled.
      window.addEventListener('afterprint', releaseHeld, { once: true });
      try {
        window.print();
      } catch (e) {
        window.removeEventListener('afterprint', releaseHeld);
        releaseHeld();
        throw e;
      }
      return { via: 'browser' };
    },
    log(entry) {
      // Counted for the annual report with the log entry: only a job that went to the printer.
      session.usage.record({ kind: 'print', pages: entry.pageCount * entry.copies });
      return appendPrintLog(entry);
    },
    discard: releaseHeld,
  });
}
