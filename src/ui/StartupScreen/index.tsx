// First start: progress while the catalogue is prepared, and a clear reason with a retry when it cannot be.
import type { ImportFailure, ImportProgress } from '../../shared/import-messages.ts';
import { useStrings } from '../i18n/index.ts';
import { ImportStatus } from '../ImportStatus/index.tsx';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

type Props =
  | { state: 'importing'; progress: ImportProgress | null }
  | { state: 'failed'; failure: ImportFailure; onRetry: () => void };

export function StartupScreen(props: Props) {
  const t = useStrings();
  if (props.state === 'failed') {
    const { failure } = props;
    return (
      <main class={styles.screen}>
        <div class={styles.column} role="alert">
          <h1 class={styles.title}>{t.startup.failed}</h1>
          <p class={styles.reason}>{t.startup.failures[failure.code](failure.path ?? '')}</p>
          {failure.detail && <p class={styles.detail}>{failure.detail}</p>}
          <p>{t.startup.staffHint}</p>
        </div>
        <TouchButton variant="primary" onClick={props.onRetry}>
          {t.startup.retry}
        </TouchButton>
      </main>
    );
  }
  return (
    <main class={styles.screen} data-testid="import-progress" aria-busy="true">
      <h1 class={styles.title}>{t.startup.preparing}</h1>
      <ImportStatus progress={props.progress} />
    </main>
  );
}
