// A test page for the printer: the reading point, time and versions, with lines and grey boxes that show a worn toner.
import type { PrinterLink } from '../../print/local-printer.ts';
import { followPrint } from '../../print/print-follow.ts';
import { sheetPdf } from '../../print/sheet-pdf.ts';
import { clearPrintSheets, showPrintSheets } from '../PrintSheets/mount.tsx';
import { rasteriseSheets } from '../PrintSheets/rasterise.ts';
import type { Strings } from '../i18n/zh-CN.ts';
import styles from './style.module.css';

export interface TestPageInfo {
  site: string;
  appVersion: string;
  contentVersion: number;
}

function TestSheet({ t, info }: { t: Strings; info: TestPageInfo }) {
  const lines = t.console.testSheetLines(
    info.site,
    new Date().toLocaleString(t.locale),
    info.appVersion,
    String(info.contentVersion),
  );
  return (
    <section class={styles.testSheet} data-testid="print-sheet" data-page="test">
      <h1>{t.console.testSheetTitle}</h1>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div class={styles.greys} aria-hidden="true">
        {[15, 35, 55, 75, 100].map((percent) => (
          <span key={percent} style={{ background: `rgb(0 0 0 / ${percent}%)` }} />
        ))}
      </div>
    </section>
  );
}

/** How the test page ended: on a terminal, what CUPS did with it; elsewhere only that the browser took it. */
export type TestPageResult =
  { via: 'browser' } | { via: 'local'; id: number; outcome: 'completed' | 'failed' | 'unknown' };

/**
 * Sends the test page the way residents' jobs go (the local server and CUPS on a terminal, else window.print) and, on a
 * terminal, waits for CUPS to finish it; not a resident's job, so neither the print log nor the figures count it.
 */
export async function printTestPage(t: Strings, info: TestPageInfo, link: PrinterLink): Promise<TestPageResult> {
  await showPrintSheets(<TestSheet t={t} info={info} />);
  if (link.kind === 'local') {
    const since = new Date().toISOString();
    let id: number;
    try {
      const [sheet] = await rasteriseSheets(document.getElementById('print-root')!);
      id = await link.submit(sheetPdf([sheet!]), 1, 'Chayue test page');
    } finally {
      clearPrintSheets();
    }
    // A test page is one sheet: a few minutes is long enough to say whether it came out.
    const end = await followPrint({ link, ids: [id], since, giveUpMs: 3 * 60_000 });
    return { via: 'local', id, outcome: end.outcome };
  }
  window.addEventListener('afterprint', clearPrintSheets, { once: true });
  try {
    window.print();
  } catch (e) {
    window.removeEventListener('afterprint', clearPrintSheets);
    clearPrintSheets();
    throw e;
  }
  return { via: 'browser' };
}
