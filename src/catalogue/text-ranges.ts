// Ranges of matched text for highlights and snippets, and a snippet's punctuation shown full-width again.

/** [start, end) in the string it was computed for. */
export type Range = [number, number];

/** Non-overlapping occurrences of `term` within text [start, end). */
export function occurrences(text: string, start: number, end: number, term: string): Range[] {
  const found: Range[] = [];
  for (
    let at = text.indexOf(term, start);
    at >= 0 && at + term.length <= end;
    at = text.indexOf(term, at + term.length)
  ) {
    found.push([at, at + term.length]);
  }
  return found;
}

// The corpus holds full-width punctuation folded to ASCII; beside Chinese text it reads right only full-width again.
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};
export function unfoldPunctuation(text: string): string {
  return text.replace(/[,:;()!?]/g, (ch, at: number) => {
    const near = `${text[at - 1] ?? ''}${text[at + 1] ?? ''}`;
    return /[\u3400-\u9fff]/u.test(near) ? FULL_WIDTH[ch]! : ch;
  });
}

/** Overlapping or touching ranges joined, in order. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
