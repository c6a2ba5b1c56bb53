// The console's storage line: space used, and whether the browser keeps it for good, with a button to ask when it does not.
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

const MB = 1024 * 1024;

interface StorageState {
  usage?: number;
  quota?: number;
  persisted: boolean;
}

async function readStorage(): Promise<StorageState | null> {
  if (!navigator.storage?.estimate) return null;
  const persisted = (await navigator.storage.persisted?.().catch(() => false)) ?? false;
  const { usage, quota } = await navigator.storage.estimate();
  return { usage, quota, persisted };
}

/**
 * Storage that is not persistent may be evicted when the disk runs short, and with it the offline catalogue: staff see
 * which it is and can ask. Asked only on a tap: the browser decides from its own rules, and asking again changes nothing.
 * `refreshKey` changes after an action, so the figures follow it.
 */
export function StorageStatus({ refreshKey, say }: { refreshKey: number; say: (text: string) => void }) {
  const t = useStrings();
  const [storage, setStorage] = useState<StorageState | null | undefined>(undefined);
  const [readKey, setReadKey] = useState(0);
  const n = (value: number, digits = 0) => formatNumber(value, t.locale, digits);
  useEffect(() => void readStorage().then(setStorage), [refreshKey, readKey]);

  const ask = async () => {
    const granted = (await navigator.storage.persist?.().catch(() => false)) ?? false;
    say(granted ? t.persistence.granted : t.persistence.refused);
    setReadKey((k) => k + 1);
  };

  if (storage === undefined) return null;
  if (storage === null) return <p data-testid="storage-status">{t.console.storageUnknown}</p>;
  return (
    <div class={styles.storage}>
      <p
        data-testid="storage-status"
        data-persisted={storage.persisted ? 'yes' : 'no'}
        class={storage.persisted ? '' : styles.problem}
      >
        {t.admin.storage(n((storage.usage ?? 0) / MB, 1), n((storage.quota ?? 0) / MB, 0), storage.persisted)}
      </p>
      {!storage.persisted && 'persist' in navigator.storage && (
        <TouchButton testId="request-persist" onClick={() => void ask()}>
          {t.persistence.ask}
        </TouchButton>
      )}
    </div>
  );
}
