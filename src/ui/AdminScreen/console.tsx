// The staff console's body: status, actions with their results in words, import progress with cancel, figures, the update log.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LastCheck, UpdateLogEntry } from '../../content/update-service.ts';
import type { ImportOutcome } from '../../content/import-worker-client.ts';
import type { ImportProgress, PickedFile } from '../../shared/import-messages.ts';
import { formatNumber, formatTime, useStrings } from '../i18n/index.ts';
import { ImportStatus } from '../ImportStatus/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { FiguresExport } from './figures.tsx';
import { PinChangePanel } from './pin-change.tsx';
import { TerminalStatus } from './status.tsx';
import styles from './style.module.css';
import { printTestPage } from './test-page.tsx';
import { VerifyStoredFiles } from './verify-files.tsx';

export function AdminConsole({ onLeave }: { onLeave: () => void }) {
  const t = useStrings();
  const { config, content, updates, heartbeat, appVersion, printer } = useServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const [log, setLog] = useState<UpdateLogEntry[]>([]);
  const [lastCheck, setLastCheck] = useState<LastCheck | undefined>();
  const [refreshKey, setRefreshKey] = useState(0);
  const n = (value: number, digits = 0) => formatNumber(value, t.locale, digits);

  // `updates` is one object for the whole run (main.tsx), so this is made once; a new content version reads again.
  const refresh = useCallback(async () => {
    setLog(await updates.log());
    setLastCheck(await updates.lastCheck());
    setRefreshKey((k) => k + 1);
  }, [updates]);
  useEffect(() => void refresh(), [refresh, content.version]);

  const describe = (outcome: ImportOutcome) => {
    if (outcome.ok) return t.admin.activated(outcome.version, n(outcome.documents));
    if (outcome.unchanged) return t.admin.unchanged;
    return t.admin.refused(t.startup.failures[outcome.failure.code](outcome.failure.path ?? ''));
  };
  const run = async (action: () => Promise<ImportOutcome>) => {
    setBusy(true);
    setResult('');
    setProgress(null);
    const outcome = await action();
    setBusy(false);
    setProgress(null);
    setResult(describe(outcome));
    await refresh();
  };
  const onZip = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void run(() => updates.importZip(file, setProgress));
  };
  const onFolder = (files: FileList | null) => {
    const picked: PickedFile[] = [...(files ?? [])].map((file) => ({
      relativePath: file.webkitRelativePath || file.name,
      file,
    }));
    if (picked.length) void run(() => updates.importFolder(picked, setProgress));
  };
  const rollback = async () => {
    const done = await updates.rollback();
    setResult(done ? t.admin.rolledBack(done.from, done.to) : t.admin.nothingToRollBack);
    await refresh();
  };
  const testPage = async () => {
    try {
      setResult(t.printer.testSending);
      const info = { site: config.siteName, appVersion, contentVersion: content.version };
      const done = await printTestPage(t, info, await printer());
      setResult(done.via === 'local' ? t.printer.testPage[done.outcome](done.id) : t.console.testPrinted);
    } catch (e) {
      setResult(t.console.testFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  const sendHeartbeat = async () => {
    if (!heartbeat) return;
    setResult((await heartbeat.sendNow()) === 'sent' ? t.console.heartbeatSent : t.console.heartbeatQueued);
    await refresh();
  };

  return (
    <main class={styles.console} data-testid="admin-console">
      {config.allowUnsigned && (
        <p class={styles.warning} role="note">
          {t.admin.unsignedWarning}
        </p>
      )}
      <TerminalStatus lastCheck={lastCheck} refreshKey={refreshKey} say={setResult} />

      <section class={styles.actions}>
        <TouchButton variant="primary" disabled={busy} onClick={() => void run(() => updates.checkNow(setProgress))}>
          {t.admin.checkNow}
        </TouchButton>
        <label class={`${styles.fileButton} ${busy ? styles.disabled : ''}`}>
          {t.admin.importZip}
          <input
            type="file"
            accept=".zip,application/zip"
            disabled={busy}
            data-testid="usb-zip"
            onChange={(e) => onZip(e.currentTarget.files)}
          />
        </label>
        <label class={`${styles.fileButton} ${busy ? styles.disabled : ''}`}>
          {t.admin.importFolder}
          <input
            type="file"
            {...{ webkitdirectory: '' }}
            disabled={busy}
            data-testid="usb-folder"
            onChange={(e) => onFolder(e.currentTarget.files)}
          />
        </label>
        <TouchButton disabled={busy} onClick={() => void rollback()}>
          {t.admin.rollback}
        </TouchButton>
        <TouchButton disabled={busy} testId="print-test-page" onClick={() => void testPage()}>
          {t.console.printTest}
        </TouchButton>
        {heartbeat && (
          <TouchButton testId="send-heartbeat" onClick={() => void sendHeartbeat()}>
            {t.console.sendHeartbeat}
          </TouchButton>
        )}
        <TouchButton class={styles.leave} onClick={onLeave}>
          {t.admin.leave}
        </TouchButton>
      </section>

      {busy && (
        <section class={styles.progress} data-testid="import-progress" aria-busy="true">
          <ImportStatus progress={progress} />
          <TouchButton onClick={() => updates.cancel()}>{t.admin.cancel}</TouchButton>
        </section>
      )}
      {result && (
        <p class={styles.result} role="status" data-testid="admin-result">
          {result}
        </p>
      )}

      <FiguresExport say={setResult} onChange={() => void refresh()} />
      <VerifyStoredFiles onDone={() => void refresh()} />
      <PinChangePanel say={setResult} />

      <section>
        <h2 class={styles.heading}>{t.admin.log}</h2>
        <table class={styles.log} data-testid="update-log">
          <thead>
            <tr>
              <th>{t.admin.logTime}</th>
              <th>{t.admin.logSource}</th>
              <th>{t.admin.logVersion}</th>
              <th>{t.admin.logResult}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry) => (
              <tr key={entry.id} data-result={entry.result} data-code={entry.code}>
                <td>{formatTime(entry.time, t.locale)}</td>
                <td class={styles.source}>{entry.source}</td>
                <td>{entry.version ?? '—'}</td>
                <td>
                  {entry.result === 'refused' && entry.code
                    ? t.startup.failures[entry.code as keyof typeof t.startup.failures](entry.path ?? '')
                    : t.admin.logResults[entry.result]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
