// The console's "check stored files again": re-hashes the active version's files, shows progress and the bad ones by name.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StoredFilesOutcome } from '../../content/import-worker-client.ts';
import type { ImportProgress } from '../../shared/import-messages.ts';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function VerifyStoredFiles({ onDone }: { onDone: () => void }) {
  const t = useStrings();
  const { updates } = useServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<StoredFilesOutcome | null>(null);
  const n = (value: number) => formatNumber(value, t.locale);

  const start = async () => {
    setRunning(true);
    setOutcome(null);
    setProgress(null);
    try {
      setOutcome(await updates.verifyStored(setProgress));
    } finally {
      setRunning(false);
      onDone();
    }
  };

  return (
    <section data-testid="verify-stored">
      <h2 class={styles.heading}>{t.verifyFiles.start}</h2>
      <p>{t.verifyFiles.how}</p>
      <TouchButton disabled={running} testId="verify-stored-start" onClick={() => void start()}>
        {t.verifyFiles.start}
      </TouchButton>
      {running && progress && (
        <p role="status" aria-busy="true">
          {t.verifyFiles.progress(n(progress.filesDone), n(progress.filesTotal))}
        </p>
      )}
      {outcome && <VerifyResult outcome={outcome} />}
    </section>
  );
}

function VerifyResult({ outcome }: { outcome: StoredFilesOutcome }) {
  const t = useStrings();
  const n = (value: number) => formatNumber(value, t.locale);
  if (!outcome.ok) {
    const reason = t.startup.failures[outcome.failure.code](outcome.failure.path ?? '');
    return <Result bad={-1}>{t.verifyFiles.failed(reason)}</Result>;
  }
  const { check } = outcome;
  if (!check) return <Result bad={0}>{t.verifyFiles.nothing}</Result>;
  if (check.bad.length === 0) return <Result bad={0}>{t.verifyFiles.allGood(n(check.checked))}</Result>;
  return (
    <Result bad={check.bad.length}>
      {t.verifyFiles.bad(n(check.bad.length), n(check.checked))}
      <ul>
        {check.bad.map((file) => (
          <li key={file.path} data-path={file.path}>
            {file.path}（{t.verifyFiles.problem[file.problem]}）
          </li>
        ))}
      </ul>
    </Result>
  );
}

function Result({ bad, children }: { bad: number; children: ComponentChildren }) {
  return (
    <div class={styles.result} role="status" data-testid="verify-stored-result" data-bad={bad}>
      {children}
    </div>
  );
}
