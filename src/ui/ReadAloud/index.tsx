// The "朗读" button: reads text in Mandarin with pause and stop, marks the sentence being read; hidden without a Mandarin voice.
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasMandarinVoice, onVoicesChanged, type ReadingState } from '../../kiosk/speech.ts';
import { useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { createSentenceMarker, type SentenceMarker } from './mark-sentence.ts';
import type { ReadableText } from './readable-text.ts';
import styles from './style.module.css';

/** Drawn, not an emoji: terminals often have no emoji font, and a missing glyph shows as an empty box. */
function SpeakerIcon() {
  return (
    <svg width="1.1em" height="1.1em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
      />
    </svg>
  );
}

function useMandarinVoice(): boolean {
  const [has, setHas] = useState(hasMandarinVoice);
  useEffect(() => onVoicesChanged(() => setHas(hasMandarinVoice())), []);
  return has;
}

interface Props {
  /**
   * Asked at the tap, so it reads what is on screen then (the page in view, the results as they stand); with a
   * `source` the sentence being read is also marked there.
   */
  text: () => ReadableText;
  testId?: string;
}

export function ReadAloud({ text, testId = 'read-aloud' }: Props) {
  const t = useStrings();
  const voice = useMandarinVoice();
  const { speech } = useServices().session;
  const [reading, setReading] = useState<ReadingState>(() => speech.reading);
  // Ours only while this button started it; leaving the screen stops the voice.
  const [mine, setMine] = useState(false);
  const marker = useRef<SentenceMarker | undefined>(undefined);
  useEffect(() => speech.onChange(setReading), [speech]);
  useEffect(() => () => void (mine && speech.stop()), [mine, speech]);
  const active = mine && reading.status !== 'idle';
  // Keyed on the sentence's number as well as its words: the same words read twice in a row are marked twice, and a
  // pause or a new render, which change neither, must not move the mark on to where the same words come again.
  const sentenceIndex = active ? reading.index : -1;
  const sentence = active ? reading.sentence : undefined;
  useEffect(() => {
    if (sentence !== undefined) marker.current?.mark(sentence);
    else marker.current?.clear();
  }, [sentenceIndex, sentence]);
  useEffect(() => () => marker.current?.clear(), []);
  if (!voice) return null;
  const start = () => {
    const { text: words, source } = text();
    marker.current?.clear();
    marker.current = source ? createSentenceMarker(source) : undefined;
    setMine(true);
    speech.start(words);
  };
  return (
    <div class={styles.readAloud} data-testid={testId} data-state={active ? reading.status : 'idle'}>
      <div class={styles.buttons}>
        {!active ? (
          <TouchButton onClick={start} testId="read-aloud-start">
            <SpeakerIcon /> {t.readAloud.start}
          </TouchButton>
        ) : (
          <>
            {reading.status === 'speaking' ? (
              <TouchButton onClick={() => speech.pause()} testId="read-aloud-pause">
                <span aria-hidden="true">‖</span> {t.readAloud.pause}
              </TouchButton>
            ) : (
              <TouchButton onClick={() => speech.resume()} testId="read-aloud-resume">
                <span aria-hidden="true">▶</span> {t.readAloud.resume}
              </TouchButton>
            )}
            <TouchButton onClick={() => speech.stop()} testId="read-aloud-stop">
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
