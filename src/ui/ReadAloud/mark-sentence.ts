// Marks the sentence being read aloud inside the document with the CSS Custom Highlight API: its DOM is never changed.
import { READ_ALOUD_HIGHLIGHT } from '../../shared/read-aloud-mark.ts';
import { revealOffset, type Box } from '../pan-zoom.ts';
import { findSentence, squashTexts } from './sentence-match.ts';

/**
 * Sent (bubbling, cancelable) from the marked text when it may need bringing into view, `detail` its box in its
 * window's coordinates. A viewer that places its page itself (the PDF's pan and zoom) answers it and cancels it;
 * otherwise the window scrolls, which for a web page is the frame's own window, never the kiosk around it.
 */
export const REVEAL_EVENT = 'read-aloud-reveal';
export type RevealEvent = CustomEvent<DOMRectReadOnly>;

export interface SentenceMarker {
  /** Marks the next place of `sentence` after the last one marked; marks nothing when the text does not hold it. */
  mark(sentence: string): void;
  clear(): void;
}

const NO_MARKER: SentenceMarker = { mark: () => undefined, clear: () => undefined };

// Text no one sees (a style element the sanitiser kept) is not what is read.
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      UNSEEN.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The part of a window the resident sees: for a frame, only where the kiosk page shows it (portrait screens scroll). */
function seenPart(win: Window): Box {
  const seen = { top: 0, bottom: win.innerHeight, left: 0, right: win.innerWidth };
  const frame = win.frameElement;
  const outer = frame?.ownerDocument.defaultView;
  if (!frame || !outer) return seen;
  const box = frame.getBoundingClientRect();
  const top = box.top + frame.clientTop;
  return { ...seen, top: Math.max(0, -top), bottom: Math.min(seen.bottom, outer.innerHeight - top) };
}

function reveal(range: Range, win: Window & typeof globalThis) {
  const box = range.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return;
  const request: RevealEvent = new win.CustomEvent(REVEAL_EVENT, { bubbles: true, cancelable: true, detail: box });
  if (!range.startContainer.dispatchEvent(request)) return;
  const seen = seenPart(win);
  if (seen.bottom <= seen.top) return;
  const { dx, dy } = revealOffset(box, seen);
  if (dx !== 0 || dy !== 0) win.scrollBy(-dx, -dy);
}

/**
 * A marker for the text inside `root`, in the root's own window: a web page's frame has its own highlight registry
 * and styles. Without the API (Chromium before 105) it marks nothing and the sentence line under the button remains.
 */
export function createSentenceMarker(root: Element): SentenceMarker {
  const win = root.ownerDocument.defaultView;
  if (!win || !('highlights' in win.CSS) || typeof win.Highlight !== 'function') return NO_MARKER;
  const registry = win.CSS.highlights;
  let from = 0;
  const clear = () => void registry.delete(READ_ALOUD_HIGHLIGHT);
  return {
    mark(sentence) {
      clear();
      if (!root.isConnected) return;
      // Walked again for every sentence: a repainted text layer (zoom) replaces its nodes, and a walk costs a millisecond.
      const nodes = textNodes(root);
      const span = findSentence(squashTexts(nodes.map((n) => n.data)), sentence, from);
      if (!span) return;
      from = span.next;
      const range = root.ownerDocument.createRange();
      range.setStart(nodes[span.start.node]!, span.start.offset);
      range.setEnd(nodes[span.end.node]!, span.end.offset);
      registry.set(READ_ALOUD_HIGHLIGHT, new win.Highlight(range));
      reveal(range, win);
    },
    clear,
  };
}
