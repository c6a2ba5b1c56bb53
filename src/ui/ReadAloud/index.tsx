// The "朗读" button: reads text in Mandarin with pause and stop, shows the sentence being read; hidden without a Mandarin voice.
import { useEffect, useState } from 'preact/hooks';
import {
  hasMandarinVoice,
  onReadingChange,
  onVoicesChanged,
  pauseReading,
  readingState,
  resumeReading,
  startReading,
  stopReading,
  type ReadingState,
} from '../../kiosk/speech.ts';
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

function useMandarinVoice(): boolean {
  const [has, setHas] = useState(hasMandarinVoice);
  useEffect(() => onVoicesChanged(() => setHas(hasMandarinVoice())), []);
  return has;
}

interface Props {
  /** Asked at the tap, so it reads what is on screen then (the page in view, the results as they stand). */
  text: () => string;
  testId?: string;
}

export function ReadAloud({ text, testId = 'read-aloud' }: Props) {
  const t = useStrings();
  const voice = useMandarinVoice();
  const [reading, setReading] = useState<ReadingState>(readingState);
  // Ours only while this button started it; leaving the screen stops the voice.
  const [mine, setMine] = useState(false);
  useEffect(() => onReadingChange(setReading), []);
  useEffect(() => () => void (mine && stopReading()), [mine]);
  if (!voice) return null;
  const active = mine && reading.status !== 'idle';
  const start = () => {
    setMine(true);
    startReading(text());
  };
  return (
    <div class={styles.readAloud} data-testid={testId} data-state={active ? reading.status : 'idle'}>
      <div class={styles.buttons}>
        {!active ? (
          <TouchButton onClick={start} testId="read-aloud-start">
            <span aria-hidden="true">🔊</span> {t.readAloud.start}
          </TouchButton>
        ) : (
          <>
            {reading.status === 'speaking' ? (
              <TouchButton onClick={pauseReading} testId="read-aloud-pause">
                <span aria-hidden="true">⏸</span> {t.readAloud.pause}
              </TouchButton>
            ) : (
              <TouchButton onClick={resumeReading} testId="read-aloud-resume">
                <span aria-hidden="true">▶</span> {t.readAloud.resume}
              </TouchButton>
            )}
            <TouchButton onClick={stopReading} testId="read-aloud-stop">
              <span aria-hidden="true">■</span> {t.readAloud.stop}
            </TouchButton>
          </>
        )}
      </div>
      {active && (
        // The sentence being read, large: the marking residents can follow, whatever the document's kind.
        <p class={styles.sentence} data-testid="read-aloud-sentence" lang="zh-CN">
          <span class={styles.status}>{reading.status === 'speaking' ? t.readAloud.reading : t.readAloud.paused}</span>
          <mark class={styles.mark}>{reading.sentence}</mark>
        </p>
      )}
    </div>
  );
}
