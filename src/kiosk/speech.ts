// Read-aloud in Mandarin through the browser's speechSynthesis: one utterance per sentence, so pause, stop and marking work.
import { onSessionEnd } from './session.ts';

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

let state: ReadingState = { status: 'idle' };
const listeners = new Set<Listener>();
// Bumped by every start and stop, so the end event of a cancelled utterance cannot move a newer reading on.
let generation = 0;
let sentences: string[] = [];

function set(next: ReadingState) {
  state = next;
  for (const fn of listeners) fn(state);
}

export function readingState(): ReadingState {
  return state;
}

export function onReadingChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function speakFrom(index: number, run: number) {
  const s = synth();
  if (!s || run !== generation) return;
  if (index >= sentences.length) return set({ status: 'idle' });
  const utterance = new SpeechSynthesisUtterance(sentences[index]);
  utterance.lang = 'zh-CN';
  const voice = mandarinVoice();
  // Only a real voice object is accepted (a stand-in throws), and without one `lang` still picks a Mandarin voice.
  // Chromium 90 without a speech engine does not define SpeechSynthesisVoice at all: `instanceof` would throw.
  if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
  // Slower than the default: many listeners are elderly.
  utterance.rate = 0.9;
  utterance.onend = () => speakFrom(index + 1, run);
  utterance.onerror = (e) => {
    if (run !== generation) return;
    console.warn('read-aloud stopped', e.error);
    set({ status: 'idle' });
  };
  set({ status: 'speaking', index, total: sentences.length, sentence: sentences[index]! });
  s.speak(utterance);
}

/** Reads `text` from the start, replacing whatever was being read. */
export function startReading(text: string): void {
  stopReading();
  sentences = splitSentences(text);
  speakFrom(0, generation);
}

export function pauseReading(): void {
  if (state.status !== 'speaking') return;
  synth()?.pause();
  set({ ...state, status: 'paused' });
}

export function resumeReading(): void {
  if (state.status !== 'paused') return;
  synth()?.resume();
  set({ ...state, status: 'speaking' });
}

export function stopReading(): void {
  generation++;
  sentences = [];
  const s = synth();
  if (s && (s.speaking || s.pending || state.status !== 'idle')) s.cancel();
  if (state.status !== 'idle') set({ status: 'idle' });
}

// The next resident never hears the last one's document.
onSessionEnd(stopReading);
