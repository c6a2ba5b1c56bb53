// Read-aloud in Mandarin through the browser's speechSynthesis: one utterance per sentence, so pause, stop and marking work.

export type ReadingState =
  { status: 'idle' } | { status: 'speaking' | 'paused'; index: number; total: number; sentence: string };

type Listener = (state: ReadingState) => void;

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/** Mandarin, in any region's script; Cantonese (zh-HK, yue) would read the text in the wrong language. */
function isMandarin(voice: Pick<SpeechSynthesisVoice, 'lang'>): boolean {
  const lang = voice.lang.toLowerCase().replace('_', '-');
  if (lang.startsWith('yue') || lang === 'zh-hk' || lang.startsWith('zh-yue')) return false;
  return lang === 'zh' || lang === 'cmn' || lang.startsWith('zh-') || lang.startsWith('cmn-');
}

export function mandarinVoice(): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  return (
    voices.find((v) => isMandarin(v) && v.lang.toLowerCase().replace('_', '-').startsWith('zh-cn')) ??
    voices.find(isMandarin)
  );
}

/**
 * Whether this terminal can read aloud in Mandarin: the read-aloud buttons show only then, and the staff console says
 * why when not. Voices load late in Chromium (speech-dispatcher answers after start); watch `onVoicesChanged`.
 */
export function hasMandarinVoice(): boolean {
  return mandarinVoice() !== undefined;
}

export function onVoicesChanged(fn: () => void): () => void {
  const s = synth();
  s?.addEventListener('voiceschanged', fn);
  return () => s?.removeEventListener('voiceschanged', fn);
}

/** Sentences small enough for one utterance: Chromium stops a long utterance after about 15 s on some engines. */
export function splitSentences(text: string, maxLength = 120): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[。！？；!?;])|(?<=\.)\s/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return sentences.flatMap((s) => {
    if (s.length <= maxLength) return [s];
    // A run without a full stop (a table, a list) is cut at commas, else by length.
    const parts: string[] = [];
    let rest = s;
    while (rest.length > maxLength) {
      const cut = Math.max(
        rest.lastIndexOf('，', maxLength),
        rest.lastIndexOf(',', maxLength),
        rest.lastIndexOf(' ', maxLength),
      );
      const at = cut > maxLength / 3 ? cut + 1 : maxLength;
      parts.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) parts.push(rest);
    return parts;
  });
}

/** Reading aloud for the session: what is being read, who follows it, and the stop the idle wipe calls. */
export class Speech {
  private state: ReadingState = { status: 'idle' };
  private readonly listeners = new Set<Listener>();
  // Bumped by every start and stop, so the end event of a cancelled utterance cannot move a newer reading on.
  private generation = 0;
  private sentences: string[] = [];

  get reading(): ReadingState {
    return this.state;
  }

  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Reads `text` from the start, replacing whatever was being read. */
  start(text: string): void {
    this.stop();
    this.sentences = splitSentences(text);
    this.speakFrom(0, this.generation);
  }

  pause(): void {
    if (this.state.status !== 'speaking') return;
    synth()?.pause();
    this.set({ ...this.state, status: 'paused' });
  }

  resume(): void {
    if (this.state.status !== 'paused') return;
    synth()?.resume();
    this.set({ ...this.state, status: 'speaking' });
  }

  /** Also the idle wipe's: the next resident never hears the last one's document. */
  stop(): void {
    this.generation++;
    this.sentences = [];
    const s = synth();
    if (s && (s.speaking || s.pending || this.state.status !== 'idle')) s.cancel();
    if (this.state.status !== 'idle') this.set({ status: 'idle' });
  }

  private set(next: ReadingState) {
    this.state = next;
    for (const fn of this.listeners) fn(next);
  }

  private speakFrom(index: number, run: number) {
    const s = synth();
    if (!s || run !== this.generation) return;
    if (index >= this.sentences.length) return this.set({ status: 'idle' });
    const utterance = new SpeechSynthesisUtterance(this.sentences[index]);
    utterance.lang = 'zh-CN';
    const voice = mandarinVoice();
    // Only a real voice object is accepted (a stand-in throws), and without one `lang` still picks a Mandarin voice.
    // Chromium 90 without a speech engine does not define SpeechSynthesisVoice at all: `instanceof` would throw.
    if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
    // Slower than the default: many listeners are elderly.
    utterance.rate = 0.9;
    utterance.onend = () => this.speakFrom(index + 1, run);
    utterance.onerror = (e) => {
      if (run !== this.generation) return;
      console.warn('read-aloud stopped', e.error);
      this.set({ status: 'idle' });
    };
    this.set({ status: 'speaking', index, total: this.sentences.length, sentence: this.sentences[index]! });
    s.speak(utterance);
  }
}
