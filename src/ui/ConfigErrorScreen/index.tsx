// A terminal whose config is missing or wrong: a clear screen for staff, never a blank page.
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

export function ConfigErrorScreen({ url, problems }: { url: string; problems: string[] }) {
  const t = useStrings();
  return (
    <main class={styles.screen} data-testid="config-error">
      <div role="alert">
        <h1 class={styles.title}>{t.configError.title}</h1>
        <p>{t.configError.residentHint}</p>
        <p class={styles.staff}>{t.configError.staffHint(url)}</p>
        <ul class={styles.problems}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </main>
  );
}
