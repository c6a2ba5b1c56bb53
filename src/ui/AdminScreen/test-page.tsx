// A test page for the printer: the reading point, time and versions, with lines and grey boxes that show a worn toner.
import { clearPrintSheets, showPrintSheets } from '../PrintSheets/mount.tsx';
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

/** Sends the test page to the printer; not a resident's job, so neither the print log nor the figures count it. */
export async function printTestPage(t: Strings, info: TestPageInfo): Promise<void> {
  await showPrintSheets(<TestSheet t={t} info={info} />);
  window.addEventListener('afterprint', clearPrintSheets, { once: true });
  try {
    window.print();
  } catch (e) {
    window.removeEventListener('afterprint', clearPrintSheets);
    clearPrintSheets();
    throw e;
  }
}
