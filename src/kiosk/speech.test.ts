// Read-aloud's sentence splitting (short utterances, nothing lost, nothing empty), and speaking on the floor's browsers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Speech, splitSentences } from './speech.ts';

describe('splitSentences', () => {
  it('cuts Chinese text after each full stop, keeping the punctuation', () => {
    expect(splitSentences('第一条 本办法适用于全县。第二条 由县政府负责解释！附则？')).toEqual([
      '第一条 本办法适用于全县。',
      '第二条 由县政府负责解释！',
      '附则？',
    ]);
  });
  it('folds line breaks and runs of spaces from a PDF text layer', () => {
    expect(splitSentences('  关于\n  开展   低保复核的通知。\n\n')).toEqual(['关于 开展 低保复核的通知。']);
  });
  it('cuts a long run without full stops at a comma, else at the length limit, and keeps every character', () => {
    const text = `${'甲'.repeat(50)}，${'乙'.repeat(50)}，${'丙'.repeat(300)}`;
    const parts = splitSentences(text, 120);
    expect(parts.every((p) => p.length <= 120)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe(`${'甲'.repeat(50)}，${'乙'.repeat(50)}，`);
  });
  it('gives nothing for blank text', () => expect(splitSentences(' \n ')).toEqual([]));
});

describe('Speech', () => {
  afterEach(() => void vi.unstubAllGlobals());
  it('speaks where the browser has speechSynthesis but no SpeechSynthesisVoice (Chromium 90 without a speech engine)', () => {
    const spoken: string[] = [];
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        rate = 1;
        constructor(readonly text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'zh-CN', name: '普通话' }],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => undefined,
      speaking: false,
      pending: false,
    });
    expect(typeof SpeechSynthesisVoice).toBe('undefined');
    const speech = new Speech();
    speech.start('第一句。第二句。');
    expect(spoken).toEqual(['第一句。']);
    speech.stop();
  });
});
