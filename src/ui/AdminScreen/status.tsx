// What the terminal holds and whether it is healthy, at a glance: content, storage, updates, clock, voice, today's use.
import { PrinterState } from '../PrinterState/index.tsx';
import { mandarinVoice, onVoicesChanged } from '../../kiosk/speech.ts';
import { useEffect, useState } from 'preact/hooks';
import type { LastCheck } from '../../content/update-service.ts';
import { totalsOf } from '../../shared/usage-figures.ts';
import { readPinFailures, type PinFailure } from '../../kiosk/pin.ts';
import { formatDate, formatNumber, formatTime, useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { StorageStatus } from './storage-status.tsx';
import styles from './style.module.css';

type Voice = { state: 'yes'; name: string } | { state: 'no' } | { state: 'unsupported' };

/** Chromium fills the voice list late: wait for `voiceschanged`, a second at most. Same test as the read-aloud button. */
async function mandarinVoiceStatus(): Promise<Voice> {
  if (typeof speechSynthesis === 'undefined') return { state: 'unsupported' };
  if (!speechSynthesis.getVoices().length) {
    await new Promise<void>((resolve) => {
      const stop = onVoicesChanged(() => (stop(), resolve()));
      setTimeout(() => (stop(), resolve()), 1000);
    });
  }
  const voice = mandarinVoice();
  return voice ? { state: 'yes', name: voice.name } : { state: 'no' };
}

interface Props {
  lastCheck: LastCheck | undefined;
  /** Changes after an action, so the figures and storage shown follow it. */
  refreshKey: number;
  /** Says what an action here did, on the console's result line. */
  say: (text: string) => void;
}

export function TerminalStatus({ lastCheck, refreshKey, say }: Props) {
  const t = useStrings();
  const { config, catalogue, content, appVersion, siteKey, heartbeat, session } = useServices();
  const [voice, setVoice] = useState<Voice | null>(null);
  const [today, setToday] = useState<ReturnType<typeof totalsOf> | null>(null);
  const [queued, setQueued] = useState(0);
  const [pinFailures, setPinFailures] = useState<PinFailure[] | null>(null);
  const n = (value: number, digits = 0) => formatNumber(value, t.locale, digits);

  useEffect(() => {
    void session.usage.today().then((day) => setToday(totalsOf(day)));
    void heartbeat?.queued().then(setQueued);
    void readPinFailures().then(setPinFailures);
  }, [refreshKey, heartbeat, session.usage]);
  useEffect(() => void mandarinVoiceStatus().then(setVoice), []);

  const created = Date.parse(content.created);
  const clockBehind = Number.isFinite(created) && Date.now() < created;
  const time = (iso: string) => formatTime(iso, t.locale);

  return (
    <section class={styles.status} data-testid="terminal-status">
      {clockBehind && (
        <p class={styles.warning} role="alert" data-testid="clock-warning">
          {t.console.clockWarning(time(new Date().toISOString()), time(content.created))}
        </p>
      )}
      <p>{t.console.site(config.siteName, siteKey)}</p>
      <p data-testid="content-version" data-version={content.version} data-count={catalogue.size}>
        {t.home.contentVersion(content.version, formatDate(content.created, t.locale), n(catalogue.size))}
      </p>
      <p data-testid="app-version">{t.console.appVersion(appVersion)}</p>
      <StorageStatus refreshKey={refreshKey} say={say} />
      <PrinterState />
      <p data-testid="last-check">
        {lastCheck
          ? t.admin.lastCheck(time(lastCheck.time), t.admin.checkResult[lastCheck.result] ?? '')
          : t.admin.neverChecked}
      </p>
      {voice && (
        <p data-testid="voice-status" data-voice={voice.state} class={voice.state === 'yes' ? '' : styles.problem}>
          {voice.state === 'yes'
            ? t.console.voiceYes(voice.name)
            : voice.state === 'no'
              ? t.console.voiceNo
              : t.console.voiceUnsupported}
        </p>
      )}
      {pinFailures && (
        <p data-testid="pin-failures" data-count={pinFailures.length} class={pinFailures.length ? styles.problem : ''}>
          {pinFailures.length
            ? t.console.pinFailures(
                pinFailures.length,
                time(pinFailures.at(-1)!.time),
                t.console.pinRole[pinFailures.at(-1)!.role],
              )
            : t.console.pinFailuresNone}
        </p>
      )}
      <p data-testid="heartbeat-status">
        {config.heartbeatUrl ? t.console.heartbeatOn(config.heartbeatUrl, queued) : t.console.heartbeatOff}
      </p>
      {today && (
        <p data-testid="today-figures">
          {t.console.today(n(today.sessions), n(today.searches), n(today.views), n(today.printPages))}
        </p>
      )}
    </section>
  );
}
