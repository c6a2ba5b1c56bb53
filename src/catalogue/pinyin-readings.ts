// Looks up the readings of a catalogue's characters with pinyin-pro; runs where the index is built, never on a screen.
import { polyphonic } from 'pinyin-pro';
import type { PinyinData } from './pinyin-index.ts';

const CHUNK = 2000;

/** Readings (most common first, toneless, ü as v) of the given characters; characters without one are left out. */
export function buildPinyinData(chars: Iterable<number>): PinyinData {
  const sorted = [...new Set(chars)].sort((a, b) => a - b);
  const syllables: string[] = [];
  const syllableId = new Map<string, number>();
  const kept: number[] = [];
  const starts: number[] = [0];
  const readings: number[] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const text = String.fromCharCode(...chunk);
    const all = polyphonic(text, { type: 'array', toneType: 'none', v: true });
    chunk.forEach((c, j) => {
      const found = (all[j] ?? []).map((s) => s.toLowerCase()).filter((s) => /^[a-z]+$/.test(s));
      if (found.length === 0) return;
      kept.push(c);
      for (const s of new Set(found)) {
        let id = syllableId.get(s);
        if (id === undefined) {
          id = syllables.length;
          syllables.push(s);
          syllableId.set(s, id);
        }
        readings.push(id);
      }
      starts.push(readings.length);
    });
  }
  return {
    syllables,
    chars: Uint16Array.from(kept),
    starts: Uint32Array.from(starts),
    readings: Uint16Array.from(readings),
  };
}
