// The catalogue's own words (from titles, publishers, keywords) for the candidate bar, and common terms per domain.
import type { CatalogueDocument, Domain, DomainTerms } from '../shared/package-format.ts';

export interface Vocabulary {
  /** Most frequent first. */
  words: string[];
  /** How many documents hold each word in their title, publisher or keywords. */
  counts: Uint32Array;
}

export type CommonTerms = DomainTerms;

const MAX_WORD = 6;
const MAX_WORDS = 20_000;
// Phrases are cut at anything not Han, at dates and counts ("2024年", "第3期"), and at function words, so that
// "关于印发…的通知" gives no word across 关于 or 的.
const SPLIT = /[0-9０-９]+[年月日号期批届]?|[^\u3400-\u4dbf\u4e00-\u9fff]+|关于|的|和|与|及|对|等/u;
/** Marks a side of a gram seen next to more than one character, or at a phrase's edge: a word can end there. */
const OPEN = -1;

/** Phrases of Han characters a document is known by: title and publisher cut as above, and its keywords. */
function phrases(doc: CatalogueDocument): string[] {
  const cut = (s: string) => s.split(SPLIT).filter((p) => p.length >= 2);
  return [...cut(doc.title), ...cut(doc.publisher), ...doc.keywords.flatMap(cut)];
}

interface Phrase {
  text: string;
  /** boundary[i] is 1 where a word may start or end at position i, by the engine's dictionary (ICU). */
  boundary: Uint8Array;
}

// The engine's Chinese dictionary segmentation: too coarse for words alone (it splits 抽检 and 云溪县), but a gram that
// cuts one of its words in two (信息公|开, 征|地补偿, 民|政局) is a fragment, not a word.
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

function withBoundaries(text: string): Phrase {
  const boundary = new Uint8Array(text.length + 1);
  if (!segmenter) boundary.fill(1);
  else {
    for (const { index } of segmenter.segment(text)) boundary[index] = 1;
    boundary[text.length] = 1;
  }
  return { text, boundary };
}

/** Records one neighbour of a gram: the first one seen, or OPEN once a second one or an edge shows up. */
function noteNeighbour(sides: Map<string, number>, gram: string, neighbour: number) {
  const seen = sides.get(gram);
  if (seen === undefined) sides.set(gram, neighbour);
  else if (seen !== neighbour) sides.set(gram, OPEN);
}

/**
 * Words are substrings of phrases held by at least `minCount` documents, grown a character at a time from frequent
 * shorter ones (a substring is never more frequent than its parts), kept only where both ends are open (seen beside
 * different characters or at a phrase's edge: "溪县" always follows 云, so it is no word), where most occurrences do
 * not cut a dictionary word, and pruned to the longest form held by as many documents. Keywords, publishers and domain names are words whatever their count.
 */
export function buildVocabulary(documents: CatalogueDocument[], domains: Domain[]): Vocabulary {
  const minCount = Math.max(2, Math.ceil(documents.length / 5000));
  const docPhrases = documents.map((doc) => phrases(doc).map(withBoundaries));
  const counts = new Map<string, number>();
  /** Occurrences of a gram, and those whose both ends fall on dictionary word boundaries. */
  const occurrences = new Map<string, number>();
  const aligned = new Map<string, number>();
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  let frequent = new Set<string>();
  for (let n = 2; n <= MAX_WORD; n++) {
    const seen = new Map<string, number>();
    docPhrases.forEach((list, d) => {
      for (const { text: phrase, boundary } of list) {
        for (let i = 0; i + n <= phrase.length; i++) {
          const gram = phrase.slice(i, i + n);
          if (n > 2 && !(frequent.has(gram.slice(0, -1)) && frequent.has(gram.slice(1)))) continue;
          occurrences.set(gram, (occurrences.get(gram) ?? 0) + 1);
          if (boundary[i] && boundary[i + n]) aligned.set(gram, (aligned.get(gram) ?? 0) + 1);
          noteNeighbour(left, gram, i === 0 ? OPEN : phrase.charCodeAt(i - 1));
          noteNeighbour(right, gram, i + n === phrase.length ? OPEN : phrase.charCodeAt(i + n));
          if (seen.get(gram) === d) continue;
          seen.set(gram, d);
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
        }
      }
    });
    frequent = new Set([...seen.keys()].filter((g) => counts.get(g)! >= minCount));
    if (frequent.size === 0) break;
  }
  const words = new Map<string, number>();
  for (const [gram, count] of counts) {
    const whole = (aligned.get(gram) ?? 0) * 2 >= occurrences.get(gram)!;
    if (count >= minCount && whole && left.get(gram) === OPEN && right.get(gram) === OPEN) words.set(gram, count);
  }
  // Closed: drop a gram when a one-character-longer gram containing it is held by as many documents.
  for (const [gram, count] of counts) {
    if (count < minCount || gram.length < 3) continue;
    for (const part of [gram.slice(0, -1), gram.slice(1)]) if (words.get(part) === count) words.delete(part);
  }
  const always = (word: string) => words.set(word, Math.max(words.get(word) ?? 0, counts.get(word) ?? 1));
  for (const doc of documents) {
    for (const k of doc.keywords) if (/^[\u3400-\u9fff]{2,}$/u.test(k)) always(k);
    if (doc.publisher) always(doc.publisher);
  }
  for (const d of domains) always(d.name);
  const ranked = [...words].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  const kept = ranked.slice(0, MAX_WORDS);
  return { words: kept.map(([w]) => w), counts: Uint32Array.from(kept, ([, c]) => c) };
}

/** Terms looked at per domain: enough for six good terms, few enough to score against thousands of documents. */
const TERM_CANDIDATES = 60;
/** A term must name at least this many of a domain's documents: one notice's keyword (月饼, 中秋国庆) is no common term. */
const MIN_TERM_DOCUMENTS = 2;
/** A domain's term is named at least this many times as often in the domain as in the whole catalogue. */
const MIN_LIFT = 3;
/**
 * Keywords are the words staff chose for what people ask about (低保 for 最低生活保障): one counts as much as the word
 * in this many titles, whose words also include 标准, 调整 and 通知.
 */
const KEYWORD_WEIGHT = 3;

/** The catalogue's words in the domain's titles, and its keywords: what residents of that domain look for. */
function termCandidates(inDomain: CatalogueDocument[], overall: Map<string, number>): Set<string> {
  const use = new Map<string, number>();
  const count = (term: string) => use.set(term, (use.get(term) ?? 0) + 1);
  for (const doc of inDomain) {
    const inTitle = new Set<string>();
    for (const phrase of phrases({ ...doc, publisher: '', keywords: [] })) {
      for (let n = 2; n <= 4; n++)
        for (let i = 0; i + n <= phrase.length; i++) {
          const gram = phrase.slice(i, i + n);
          if (overall.has(gram)) inTitle.add(gram);
        }
    }
    inTitle.forEach(count);
    for (const k of doc.keywords) {
      if (!/^[\u3400-\u9fff]{2,6}$/u.test(k)) continue;
      if (k.length <= 4) count(k);
      // Heads and tails only where they are words of the catalogue: 预算执行 gives 预算, 临时安置费 no 置费.
      for (const part of [k.slice(0, 2), k.slice(-2)]) if (k.length > 2 && overall.has(part)) count(part);
    }
  }
  const ranked = [...use].filter(([, n]) => n >= MIN_TERM_DOCUMENTS).sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, TERM_CANDIDATES).map(([term]) => term));
}

/**
 * A few terms per domain that a resident who cannot type may tap: words of the domain's titles and its keywords,
 * each named by at least two of its documents, scored by how many of them hold it (in a keyword counting triple) times
 * how much more the domain names it than the whole catalogue does, so "公开" and "通知" do not crowd out "低保".
 */
export function buildCommonTerms(
  documents: CatalogueDocument[],
  domains: Domain[],
  vocabulary: Vocabulary,
  perDomain = 6,
): CommonTerms[] {
  const known = new Set(domains.map((d) => d.key));
  const keyOf = (doc: CatalogueDocument) => (known.has(doc.domain) ? doc.domain : 'other');
  const keys = [...domains.map((d) => d.key), ...(documents.some((d) => !known.has(d.domain)) ? ['other'] : [])];
  const overall = new Map(vocabulary.words.map((w, i) => [w, vocabulary.counts[i]!]));
  // A publisher is browsed by publisher, and a genre (通知, 办法, 公告) is a filter: neither is a topic to tap.
  const notTopics = new Set(documents.flatMap((d) => [d.publisher, d.genre]));
  const result: CommonTerms[] = [];
  for (const key of keys) {
    const inDomain = documents.filter((doc) => keyOf(doc) === key);
    const scored = [...termCandidates(inDomain, overall)]
      .filter((term) => !notTopics.has(term))
      .map((term) => {
        const inTitles = inDomain.filter((d) => d.title.includes(term)).length;
        const inKeywords = inDomain.filter((d) => d.keywords.some((k) => k.includes(term))).length;
        const here = inDomain.filter((d) => d.title.includes(term) || d.keywords.some((k) => k.includes(term))).length;
        // How much more often the domain's documents name it than the catalogue's: 通知 and 办法 are everywhere.
        const lift = here / inDomain.length / (Math.max(here, overall.get(term) ?? here) / documents.length);
        return { term, here, lift, score: (inTitles + inKeywords * KEYWORD_WEIGHT) * lift };
      })
      .filter(({ here, lift }) => here >= MIN_TERM_DOCUMENTS && lift >= MIN_LIFT);
    scored.sort((a, b) => b.score - a.score || a.term.length - b.term.length || (a.term < b.term ? -1 : 1));
    const terms: string[] = [];
    for (const { term } of scored) {
      if (terms.length >= perDomain) break;
      if (terms.some((t) => t.includes(term) || term.includes(t))) continue;
      terms.push(term);
    }
    if (terms.length > 0) result.push({ domain: key, terms });
  }
  return result;
}
