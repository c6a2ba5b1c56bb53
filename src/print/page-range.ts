// Which pages a print job takes: all, the current page, or a range such as "3-5" or "1,4-6", checked against the page count.

export type PageChoice = { kind: 'all' } | { kind: 'current'; page: number } | { kind: 'range'; text: string };

export type PageRangeError = 'empty' | 'not-a-number' | 'out-of-range' | 'backwards';

export type PageSelection = { ok: true; pages: number[] } | { ok: false; error: PageRangeError };

// Residents and attendants type on a Chinese keyboard too: full-width digits and punctuation mean the same here.
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，、；;]/g, ',')
    .replace(/[－—–~～至到]/g, '-')
    .replace(/\s+/g, '');
}

/** Parses "3-5", "1,4-6" or "2" into pages in the order given, each once, 1-based, within 1..total. */
export function parsePageRange(text: string, total: number): PageSelection {
  const clean = normalise(text);
  if (!clean) return { ok: false, error: 'empty' };
  const pages: number[] = [];
  for (const part of clean.split(',')) {
    if (!part) continue;
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) return { ok: false, error: 'not-a-number' };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to > total) return { ok: false, error: 'out-of-range' };
    if (to < from) return { ok: false, error: 'backwards' };
    for (let p = from; p <= to; p++) if (!pages.includes(p)) pages.push(p);
  }
  return pages.length ? { ok: true, pages } : { ok: false, error: 'empty' };
}

export function selectPages(choice: PageChoice, total: number): PageSelection {
  if (total < 1) return { ok: false, error: 'empty' };
  switch (choice.kind) {
    case 'all':
      return { ok: true, pages: Array.from({ length: total }, (_, i) => i + 1) };
    case 'current':
      return choice.page >= 1 && choice.page <= total
        ? { ok: true, pages: [choice.page] }
        : { ok: false, error: 'out-of-range' };
    case 'range':
      return parsePageRange(choice.text, total);
  }
}

/** "1-3, 5" for the log and the confirmation: consecutive pages folded into runs. */
export function describePages(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(i === j ? `${pages[i]}` : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}
