// The resident's own display switches: 适老化 large mode (Home and every screen's header), light-on-dark and language (Home).
import { useDisplay } from '../display-prefs.ts';
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

interface ToggleProps {
  label: string;
  icon: string;
  on: boolean;
  onToggle: () => void;
  testId: string;
  class?: string;
}

/** A switch that says its state in words beside the label, since a coloured knob alone means nothing to many residents. */
function Toggle({ label, icon, on, onToggle, testId, class: extra }: ToggleProps) {
  const t = useStrings();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      class={`${styles.toggle} ${on ? styles.on : ''} ${extra ?? ''}`}
      data-testid={testId}
      onClick={onToggle}
    >
      <span class={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <span class={styles.label}>{label}</span>
      {/* The state is in aria-checked; the word is for the eye only, so the name stays the label. */}
      <span class={styles.state} aria-hidden="true">
        {on ? t.display.on : t.display.off}
      </span>
    </button>
  );
}

/** The always-visible 适老化 switch. */
export function ElderSwitch({ class: extra }: { class?: string }) {
  const t = useStrings();
  const display = useDisplay();
  return (
    <Toggle
      label={t.display.elder}
      icon={t.display.elderIcon}
      on={display.elder}
      onToggle={() => display.change({ elder: !display.elder })}
      testId="elder-switch"
      class={extra}
    />
  );
}

/** Home's row of switches: large mode, light on dark, and the other language. */
export function DisplaySwitches() {
  const t = useStrings();
  const display = useDisplay();
  const other = display.language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <section class={styles.row} aria-label={t.display.settings}>
      <ElderSwitch class={styles.big} />
      <Toggle
        label={t.display.contrast}
        icon="◐"
        on={display.contrast}
        onToggle={() => display.change({ contrast: !display.contrast })}
        testId="contrast-switch"
        class={styles.big}
      />
      <button
        type="button"
        class={`${styles.toggle} ${styles.big}`}
        lang={other}
        data-testid="language-switch"
        onClick={() => display.change({ language: other })}
      >
        <span class={styles.icon} aria-hidden="true">
          文
        </span>
        <span class={styles.label}>{t.display.otherLanguage}</span>
      </button>
    </section>
  );
}
