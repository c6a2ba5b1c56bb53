// The sentence read aloud is found in the document's own text nodes whatever their whitespace, in reading order.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../kiosk/speech.ts';
import { findSentence, squashTexts, type SentenceSpan } from './sentence-match.ts';

/** The text a span covers, cut from the nodes as a DOM Range over them would be. */
function covered(texts: string[], span: SentenceSpan): string {
  const { start, end } = span;
  if (start.node === end.node) return texts[start.node]!.slice(start.offset, end.offset);
  return [
    texts[start.node]!.slice(start.offset),
    ...texts.slice(start.node + 1, end.node),
    texts[end.node]!.slice(0, end.offset),
  ].join('');
}

describe('finding a sentence in text nodes', () => {
  it('ignores whitespace and where the nodes break, and ends just after the last character', () => {
    const texts = ['  一、基本\n', '情况\t（一）全县', '收入 9.68 亿元。', '\n 下一句。'];
    const span = findSentence(squashTexts(texts), '一、基本情况（一）全县收入 9.68亿元。')!;
    expect(span.start).toEqual({ node: 0, offset: 2 });
    expect(span.end).toEqual({ node: 2, offset: 11 });
    expect(covered(texts, span).replace(/\s+/g, '')).toBe('一、基本情况（一）全县收入9.68亿元。');
  });

  it('finds every sentence splitSentences makes of the same text, one after another', () => {
    const texts = [
      '根据有关规定，现说明如下：\n',
      '一、基本情况\n',
      '（一）收入增长4.5%；支出安排30.72亿元。',
      '二、有关说明 以上数据以批准的文本为准。',
    ];
    const squashed = squashTexts(texts);
    let from = 0;
    for (const sentence of splitSentences(texts.join(''))) {
      const span = findSentence(squashed, sentence, from);
      expect(span, sentence).toBeDefined();
      expect(covered(texts, span!).replace(/\s+/g, '')).toBe(sentence.replace(/\s+/g, ''));
      expect(span!.next).toBeGreaterThan(from);
      from = span!.next;
    }
  });

  it('marks a repeated sentence at its next occurrence, not its first', () => {
    const texts = ['特此通知。', '请遵照执行。', '特此通知。'];
    const squashed = squashTexts(texts);
    const first = findSentence(squashed, '特此通知。')!;
    expect(first.start.node).toBe(0);
    const second = findSentence(squashed, '请遵照执行。', first.next)!;
    expect(findSentence(squashed, '特此通知。', second.next)!.start.node).toBe(2);
  });

  it('searches from the start again when the sentence is not further on', () => {
    const squashed = squashTexts(['甲句。乙句。']);
    const later = findSentence(squashed, '乙句。')!;
    expect(findSentence(squashed, '甲句。', later.next)!.start).toEqual({ node: 0, offset: 0 });
  });

  it('finds nothing for a sentence the text does not hold, or an empty one', () => {
    const squashed = squashTexts(['甲句。']);
    expect(findSentence(squashed, '丙句。')).toBeUndefined();
    expect(findSentence(squashed, '  ')).toBeUndefined();
  });

  it('keeps a character outside the basic plane whole', () => {
    const texts = ['前 𠮷野家。'];
    const span = findSentence(squashTexts(texts), '𠮷野家。')!;
    expect(covered(texts, span)).toBe('𠮷野家。');
  });
});
