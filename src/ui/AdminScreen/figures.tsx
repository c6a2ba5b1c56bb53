// Exporting the usage figures for the annual report by date range (XLSX or CSV), and clearing the print log once exported.
import { useState } from 'preact/hooks';
import { buildReport } from '../../kiosk/usage-report.ts';
import { clearPrintLog } from '../../print/print-log.ts';
import { chinaDay } from '../../shared/usage-figures.ts';
import { DateField } from '../DateField/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { ModalDialog } from '../ModalDialog/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { csvBlob, xlsxBlob } from './report-files.ts';
import { saveFile } from './save-file.ts';
import styles from './style.module.css';

type Format = 'xlsx' | 'csv';

/** The first year the date fields offer: before any terminal kept figures. */
const FIRST_YEAR = 2020;

export function FiguresExport({ say, onChange }: { say: (text: string) => void; onChange: () => void }) {
  const t = useStrings();
  const { catalogue, siteKey, session } = useServices();
  const today = chinaDay(Date.now());
  const year = today.slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  // Clearing the print log is offered once this visit has saved an export: the log is the report's only other source.
  const [exported, setExported] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const setYear = (y: number) => {
    setFrom(`${y}-01-01`);
    setTo(String(y) === year ? today : `${y}-12-31`);
  };

  const exportAs = async (format: Format) => {
    if (from > to) return say(t.console.badRange);
    setBusy(true);
    say(t.console.exporting);
    try {
      const tables = buildReport(
        await session.usage.between(from, to),
        {
          document: (id) => catalogue.get(id),
          domainName: (key) => catalogue.domainName(key) ?? key,
        },
        t.stats.report,
      );
      const name = `使用统计-${siteKey}-${from}-${to}.${format}`;
      const blob = format === 'csv' ? csvBlob(tables) : await xlsxBlob(tables);
      const saved = await saveFile(blob, name, format === 'csv' ? 'CSV' : 'Excel');
      if (saved === 'cancelled') return say(t.console.exportCancelled);
      setExported(true);
      say(t.console.exported(name, from, to));
    } catch (e) {
      console.error('export failed', e);
      say(t.console.exportFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setConfirming(false);
    say(t.console.cleared(await clearPrintLog()));
    onChange();
  };

  return (
    <section class={styles.figures} data-testid="figures-export">
      <h2 class={styles.heading}>{t.console.figuresTitle}</h2>
      <div class={styles.range}>
        <span>{t.console.from}</span>
        <DateField
          value={from}
          onChange={setFrom}
          firstYear={FIRST_YEAR}
          label={t.console.from}
          testId="figures-from"
        />
        <span>{t.console.to}</span>
        <DateField value={to} onChange={setTo} firstYear={FIRST_YEAR} label={t.console.to} testId="figures-to" />
        <TouchButton onClick={() => setYear(Number(year))}>{t.console.thisYear}</TouchButton>
        <TouchButton onClick={() => setYear(Number(year) - 1)}>{t.console.lastYear}</TouchButton>
      </div>
      <div class={styles.actions}>
        <TouchButton variant="primary" disabled={busy} testId="export-xlsx" onClick={() => void exportAs('xlsx')}>
          {t.console.exportXlsx}
        </TouchButton>
        <TouchButton disabled={busy} testId="export-csv" onClick={() => void exportAs('csv')}>
          {t.console.exportCsv}
        </TouchButton>
        <TouchButton disabled={busy || !exported} testId="clear-print-log" onClick={() => setConfirming(true)}>
          {t.console.clearPrintLog}
        </TouchButton>
      </div>
      {!exported && <p class={styles.hint}>{t.console.clearNeedsExport}</p>}
      {confirming && (
        <ModalDialog title={t.console.clearPrintLog} testId="clear-confirm" onClose={() => setConfirming(false)}>
          <p>{t.console.clearConfirm}</p>
          <TouchButton variant="primary" testId="clear-yes" onClick={() => void clear()}>
            {t.console.clearYes}
          </TouchButton>
        </ModalDialog>
      )}
    </section>
  );
}
