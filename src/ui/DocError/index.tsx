// A document that cannot be shown: the reason in plain words, never a blank area or an endless spinner.
import styles from './style.module.css';

export function DocError({ message }: { message: string }) {
  return (
    <div class={styles.error} data-testid="doc-error" role="alert">
      <span class={styles.icon} aria-hidden="true">!</span>
      <p>{message}</p>
    </div>
  );
}
