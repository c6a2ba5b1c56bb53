// The bar on top of every screen but Home: back, where the resident is, the 适老化 switch, help, home.
import { ElderSwitch } from '../DisplaySwitches/index.tsx';
import { HelpButton } from '../HelpButton/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { goBack, hrefs } from '../router.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

export function ScreenHeader({ title }: { title: string }) {
  const t = useStrings();
  return (
    <header class={styles.header}>
      <TouchButton onClick={goBack}>‹ {t.nav.back}</TouchButton>
      <h1 class={styles.title}>{title}</h1>
      <ElderSwitch />
      <HelpButton />
      <TouchButton href={hrefs.home()}>{t.nav.home}</TouchButton>
    </header>
  );
}
