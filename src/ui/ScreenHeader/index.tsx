// The bar on top of every screen but Home: back, where the resident is, the attendant's banner while it lasts, the
// 适老化 switch, help, home.
import { AttendantBanner } from '../AttendantBanner/index.tsx';
import { ElderSwitch } from '../DisplaySwitches/index.tsx';
import { HelpButton } from '../HelpButton/index.tsx';
import { CONTENT_LANG, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

/** `content`: the title is the package's words (a document's title), not the interface's. */
export function ScreenHeader({ title, content }: { title: string; content?: boolean }) {
  const t = useStrings();
  const { trail } = useServices().session;
  return (
    <header class={styles.header}>
      <TouchButton onClick={() => trail.back()}>‹ {t.nav.back}</TouchButton>
      <h1 class={styles.title} lang={content ? CONTENT_LANG : undefined}>
        {title}
      </h1>
      <AttendantBanner />
      <ElderSwitch />
      <HelpButton />
      <TouchButton href={hrefs.home()}>{t.nav.home}</TouchButton>
    </header>
  );
}
