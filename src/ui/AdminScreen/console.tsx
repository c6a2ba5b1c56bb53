// The staff console's body: status, actions with their results in words, import progress with cancel, the update log.
import { useEffect, useState } from 'preact/hooks';
import type { LastCheck, UpdateLogEntry } from '../../content/update-service.ts';
import type { ImportOutcome } from '../../content/import-worker-client.ts';
import type { ImportProgress, PickedFile } from '../../shared/import-messages.ts';
import { formatDate, formatNumber, useStrings } from '../i18n/index.ts';
import { ImportStatus } from '../ImportStatus/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

const MB = 1024 * 1024;

export function AdminConsole({ onLeave }: { onLeave: () => void }) {
  const t = useStrings();
  const { config, catalogue, content, updates } = useServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const [log, setLog] = useState<UpdateLogEntry[]>([]);
  const [lastCheck, setLastCheck] = useState<LastCheck | undefined>();
  const [storage, setStorage] = useState<{ usage?: number; quota?: number; persisted: boolean } | null>(null);
  const n = (value: number, digits = 0) => formatNumber(value, t.locale, digits);

  const refresh = async () => {
    setLog(await updates.log());
    setLastCheck(await updates.lastCheck());
    const estimate = await navigator.storage?.estimate?.();
    setStorage({ usage: estimate?.usage, quota: estimate?.quota, persisted: (await navigator.storage?.persisted?.()) ?? false });
  };
  useEffect(() => void refresh(), [content.version]);

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
    const picked: PickedFile[] = [...(files ?? [])].map((file) => ({ relativePath: file.webkitRelativePath || file.name, file }));
    if (picked.length) void run(() => updates.importFolder(picked, setProgress));
  };
  const rollback = async () => {
    const done = await updates.rollback();
    setResult(done ? t.admin.rolledBack(done.from, done.to) : t.admin.nothingToRollBack);
    await refresh();
  };

  return (
    <main class={styles.console} data-testid="admin-console">
      {config.allowUnsigned && <p class={styles.warning} role="note">{t.admin.unsignedWarning}</p>}
      <section class={styles.status}>
        <p data-testid="content-version" data-version={content.version} data-count={catalogue.size}>
          {t.home.contentVersion(content.version, formatDate(content.created, t.locale), n(catalogue.size))}
        </p>
        {storage && (
          <p>{t.admin.storage(n((storage.usage ?? 0) / MB, 1), n((storage.quota ?? 0) / MB, 0), storage.persisted)}</p>
        )}
        <p>{lastCheck ? t.admin.lastCheck(new Date(lastCheck.time).toLocaleString(t.locale), t.admin.checkResult[lastCheck.result] ?? '') : t.admin.neverChecked}</p>
      </section>

      <section class={styles.actions}>
        <TouchButton variant="primary" disabled={busy} onClick={() => void run(() => updates.checkNow(setProgress))}>{t.admin.checkNow}</TouchButton>
        <label class={`${styles.fileButton} ${busy ? styles.disabled : ''}`}>
          {t.admin.importZip}
          <input type="file" accept=".zip,application/zip" disabled={busy} data-testid="usb-zip" onChange={(e) => onZip(e.currentTarget.files)} />
        </label>
        <label class={`${styles.fileButton} ${busy ? styles.disabled : ''}`}>
          {t.admin.importFolder}
          <input type="file" {...{ webkitdirectory: '' }} disabled={busy} data-testid="usb-folder" onChange={(e) => onFolder(e.currentTarget.files)} />
        </label>
        <TouchButton disabled={busy} onClick={() => void rollback()}>{t.admin.rollback}</TouchButton>
        <TouchButton onClick={onLeave}>{t.admin.leave}</TouchButton>
      </section>

      {busy && (
        <section class={styles.progress} data-testid="import-progress" aria-busy="true">
          <ImportStatus progress={progress} />
          <TouchButton onClick={() => updates.cancel()}>{t.admin.cancel}</TouchButton>
        </section>
      )}
      {result && <p class={styles.result} role="status" data-testid="admin-result">{result}</p>}

      <section>
        <h2 class={styles.heading}>{t.admin.log}</h2>
        <table class={styles.log} data-testid="update-log">
          <thead>
            <tr><th>{t.admin.logTime}</th><th>{t.admin.logSource}</th><th>{t.admin.logVersion}</th><th>{t.admin.logResult}</th></tr>
          </thead>
          <tbody>
            {log.map((entry) => (
              <tr key={entry.id} data-result={entry.result} data-code={entry.code}>
                <td>{new Date(entry.time).toLocaleString(t.locale)}</td>
                <td class={styles.source}>{entry.source}</td>
                <td>{entry.version ?? '—'}</td>
                <td>{entry.result === 'refused' && entry.code ? t.startup.failures[entry.code as keyof typeof t.startup.failures](entry.path ?? '') : t.admin.logResults[entry.result]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
