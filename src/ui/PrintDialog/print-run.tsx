// Runs one print job from the dialog: renders the sheets into the print container, calls window.print, releases after printing.
import { appendPrintLog } from '../../print/print-log.ts';
import type { PrintJobSpec, PrintOutcome } from '../../print/print-job.ts';
import { releasePages, SHEET, type PreparedPage } from '../../print/print-source.ts';
import { StringsContext } from '../i18n/index.ts';
import type { Strings } from '../i18n/zh-CN.ts';
import { PrintSheets, type SheetContent, type SheetContext } from '../PrintSheets/index.tsx';
import { clearPrintSheets, showPrintSheets, showTextSheets } from '../PrintSheets/mount.tsx';
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
  onProgress: (done: number) => void;
}

export function startPrint(
  { spec, pages, printable, context, strings, onProgress }: PrintRequest,
  session: ResidentSession,
): Promise<PrintOutcome> {
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
            sheets({ kind: 'text', blocks: printable.blocks, ...layout }, layout.firstOnly ? 1 : spec.copies),
          );
        } else {
          held = await printable.source.render(pages, SHEET, onProgress);
          await showPrintSheets(sheets({ kind: 'pages', pages: held, total: printable.source.pageCount }, spec.copies));
        }
      } catch (e) {
        releaseHeld();
        throw e;
      }
    },
    print() {
      // With --kiosk-printing this goes to the default printer without a dialog; afterprint says the sheets are spooled.
      window.addEventListener('afterprint', releaseHeld, { once: true });
      try {
        window.print();
      } catch (e) {
        window.removeEventListener('afterprint', releaseHeld);
        releaseHeld();
        throw e;
      }
    },
    log(entry) {
      // Counted for the annual report with the log entry: only a job that went to the printer.
      session.usage.record({ kind: 'print', pages: entry.pageCount * entry.copies });
      return appendPrintLog(entry);
    },
    discard: releaseHeld,
  });
}
