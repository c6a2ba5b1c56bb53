// The attendant desk (#/attendant) behind the attendant PIN: today's prints and totals, the log to search, re-prints.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { printTotals, readPrintLog, type PrintLogEntry } from '../../print/print-log.ts';
import { CHINA_TIME_ZONE, formatNumber, useStrings } from '../i18n/index.ts';
import { Keyboard } from '../Keyboard/index.tsx';
import { PinPad } from '../PinPad/index.tsx';
import { PrinterState } from '../PrinterState/index.tsx';
import { hrefs } from '../router.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const SHOWN = 200;

/** Midnight in China (no daylight saving) of the day `now` falls in, as the log's ISO time. */
export function chinaDayStart(now: number): string {
  return new Date(Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS).toISOString();
}

const clock = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: CHINA_TIME_ZONE,
  }).format(new Date(iso));

export function AttendantScreen() {
  const t = useStrings();
  const { config } = useServices();
  const [unlocked, setUnlocked] = useState(false);
  return (
    <>
      <ScreenHeader title={t.attendant.title} />
      {unlocked ? (
        <Desk />
      ) : (
        <PinPad
          role="attendant"
          expected={config.attendantPin}
          title={t.attendant.enterPin}
          onSuccess={() => setUnlocked(true)}
        />
      )}
    </>
  );
}

function Desk() {
  const t = useStrings();
  const { catalogue, session } = useServices();
  const [entries, setEntries] = useState<PrintLogEntry[] | null>(null);
  const [query, setQuery] = useState('');
  // Where the log and the keyboard are stacked (大字模式, portrait), the keyboard shows once the search box is tapped.
  const [typing, setTyping] = useState(false);
  useEffect(
    () => void readPrintLog({ limit: 2000 }).then(setEntries, (e: unknown) => (console.error(e), setEntries([]))),
    [],
  );

  const since = chinaDayStart(Date.now());
  const todays = useMemo(() => (entries ?? []).filter((e) => e.time >= since), [entries, since]);
  const today = useMemo(() => printTotals(todays), [todays]);
  const failedToday = todays.filter((e) => e.outcome === 'failed');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    // Today's jobs that did not come out go first: those are the residents still waiting at the desk.
    const failed = (entries ?? []).filter((e) => e.outcome === 'failed' && e.time >= since);
    const all = [...failed, ...(entries ?? []).filter((e) => !failed.includes(e))];
    const matching = q
      ? all.filter((e) => e.indexNo.toLowerCase().includes(q) || (catalogue.get(e.docId)?.title ?? '').includes(q))
      : all;
    return matching.slice(0, SHOWN);
  }, [entries, query, catalogue, since]);
  const n = (v: number) => formatNumber(v, t.locale);

  const reprint = (entry: PrintLogEntry) => {
    session.attendantPrint.start({ docId: entry.docId, pages: entry.pages === 'text' ? undefined : entry.pages });
    location.hash = hrefs.doc(entry.docId);
  };
  const printOther = () => {
    session.attendantPrint.start({});
    location.hash = hrefs.search();
  };

  return (
    <main class={styles.desk} data-testid="attendant-desk">
      <p class={styles.today} data-testid="attendant-today" data-jobs={today.jobs} data-sheets={today.sheets}>
        {t.attendant.today(n(today.jobs), n(today.sheets), n(today.byRole.attendant))}
      </p>
      <PrinterState />
      {failedToday.length > 0 && (
        <p class={styles.failed} data-testid="attendant-failed">
          {t.printer.failedToday(n(failedToday.length))}
        </p>
      )}
      <div class={styles.actions}>
        <TouchButton variant="primary" onClick={printOther}>
          {t.attendant.printOther}
        </TouchButton>
        <p class={styles.hint}>{t.attendant.printOtherHint}</p>
      </div>
      <div class={styles.columns}>
        <div class={styles.finder} data-typing={typing || undefined}>
          <label class={styles.filter}>
            {t.attendant.filter}
            <input
              type="search"
              inputMode="none"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onFocus={() => setTyping(true)}
              data-testid="attendant-filter"
            />
          </label>
          {/* A terminal has no keyboard: the digits of a 索引号 come from this one. */}
          <div class={styles.keys}>
            <Keyboard
              onKey={(key) =>
                setQuery((q) =>
                  key === 'clear' ? '' : key === 'backspace' ? q.slice(0, -1) : key === 'space' ? `${q} ` : q + key,
                )
              }
            />
          </div>
        </div>
        <div class={styles.list}>
          {entries === null ? null : shown.length === 0 ? (
            <p>{query ? t.attendant.noMatch : t.attendant.none}</p>
          ) : (
            <table class={styles.log} data-testid="print-log">
              <thead>
                <tr>
                  <th>{t.attendant.when}</th>
                  <th>{t.attendant.document}</th>
                  <th>{t.attendant.pages}</th>
                  <th>{t.attendant.copies}</th>
                  <th>{t.printer.byOutcome}</th>
                  <th>{t.attendant.action}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => {
                  const doc = catalogue.get(e.docId);
                  return (
                    <tr
                      key={e.id}
                      data-doc={e.docId}
                      data-outcome={e.outcome ?? 'unknown'}
                      class={e.outcome === 'failed' && e.time >= since ? styles.failedRow : undefined}
                    >
                      <td>{clock(e.time, t.locale)}</td>
                      <td>
                        {doc?.title ?? t.attendant.gone}
                        <br />
                        <small>{e.indexNo}</small>
                      </td>
                      <td>{e.pages === 'text' ? '—' : e.pages}</td>
                      <td>{n(e.copies)}</td>
                      <td>
                        {t.attendant.roles[e.role]}
                        <br />
                        {t.printer.outcomes[e.outcome ?? 'unknown']}
                      </td>
                      <td>{doc && <TouchButton onClick={() => reprint(e)}>{t.attendant.reprint}</TouchButton>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </main>
  );
}
