// Finds a sentence being read aloud in a document's text nodes, ignoring whitespace as splitSentences collapsed it.

/** A place in the text nodes: the node's index in the list given, and the UTF-16 offset inside it. */
export interface TextPoint {
  node: number;
  offset: number;
}

export interface SentenceSpan {
  start: TextPoint;
  /** Just after the sentence's last character, as a Range's end takes it. */
  end: TextPoint;
  /** Where the search for the following sentence starts, so a sentence said twice is marked where it is read. */
  next: number;
}

/** The texts' non-whitespace characters run together, each with the node and offset it came from. */
export interface SquashedText {
  text: string;
  nodes: number[];
  offsets: number[];
}

const WHITESPACE = /\s/;

export function squashTexts(texts: readonly string[]): SquashedText {
  const chars: string[] = [];
  const nodes: number[] = [];
  const offsets: number[] = [];
  texts.forEach((text, node) => {
    for (let offset = 0; offset < text.length; offset++) {
      const c = text[offset]!;
      if (WHITESPACE.test(c)) continue;
      chars.push(c);
      nodes.push(node);
      offsets.push(offset);
    }
  });
  return { text: chars.join(''), nodes, offsets };
}

/**
 * The sentence's place, searched from `from` (the previous sentence's `next`) onwards, else from the start: a reader
 * who zoomed or turned back may have changed what comes first. Undefined when the text does not hold it.
 */
export function findSentence(squashed: SquashedText, sentence: string, from = 0): SentenceSpan | undefined {
  const wanted = sentence.replace(/\s+/g, '');
  if (!wanted) return undefined;
  let at = squashed.text.indexOf(wanted, from);
  if (at < 0 && from > 0) at = squashed.text.indexOf(wanted);
  if (at < 0) return undefined;
  const last = at + wanted.length - 1;
  return {
    start: { node: squashed.nodes[at]!, offset: squashed.offsets[at]! },
    end: { node: squashed.nodes[last]!, offset: squashed.offsets[last]! + 1 },
    next: at + wanted.length,
  };
}
