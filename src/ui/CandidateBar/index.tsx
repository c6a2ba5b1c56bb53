// Chinese words of the catalogue that the typed pinyin spells; tapping one puts it in place of the letters.
import { CONTENT_LANG, useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

interface Props {
  words: string[];
  /** Whether letters are being typed: with none, the bar explains itself instead. */
  typing: boolean;
  onPick: (word: string) => void;
}

export function CandidateBar({ words, typing, onPick }: Props) {
  const t = useStrings();
  return (
    <div class={styles.bar} role="group" aria-label={t.search.candidates}>
      {typing && words.length > 0 ? (
        words.map((word) => (
          <button
            type="button"
            key={word}
            lang={CONTENT_LANG}
            class={styles.word}
            data-testid="candidate"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(word)}
          >
            {word}
          </button>
        ))
      ) : (
        <p class={styles.hint}>{t.search.candidatesHint}</p>
      )}
    </div>
  );
}
