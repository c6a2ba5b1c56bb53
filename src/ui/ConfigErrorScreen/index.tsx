// A terminal whose config is missing or wrong: a clear screen for staff, never a blank page.
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

/** A config file that could not be loaded or checked, or an address whose `?site=` is not a valid site name. */
type Props = { url: string; problems: string[] } | { badSite: string };

export function ConfigErrorScreen(props: Props) {
  const t = useStrings();
  const [staffHint, problems] =
    'badSite' in props
      ? [t.configError.badSiteHint, [t.configError.badSite(props.badSite)]]
      : [t.configError.staffHint(props.url), props.problems];
  return (
    <main class={styles.screen} data-testid="config-error">
      <div role="alert">
        <h1 class={styles.title}>{t.configError.title}</h1>
        <p>{t.configError.residentHint}</p>
        <p class={styles.staff}>{staffHint}</p>
        <ul class={styles.problems}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </main>
  );
}
