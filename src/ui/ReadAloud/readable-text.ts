// What read-aloud reads on each screen: a document's own text where the screen has it, else its title and summary.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { zhCN } from '../i18n/zh-CN.ts';

/** What a read-aloud control reads, and where that text is on screen. */
export interface ReadableText {
  text: string;
  /** The element showing the text, where the sentence being read is marked; absent when it is not shown as such. */
  source?: Element;
}

/**
 * The text of the document shown inside `container`: a web page's body, the PDF page's text layer (painted by the
 * viewer for the page in view), or for a scan or picture with no text the catalogue's title and summary.
 */
export function documentText(
  container: Element | null,
  doc: Pick<CatalogueDocument, 'title' | 'summary'>,
): ReadableText {
  const body = container?.querySelector('iframe')?.contentDocument?.body;
  const html = body?.innerText.trim();
  if (body && html) return { text: html, source: body };
  const layer = container?.querySelector('.textLayer');
  const pdf = layer?.textContent.trim();
  if (layer && pdf) return { text: pdf, source: layer };
  return { text: [doc.title, doc.summary].filter(Boolean).join('。') };
}

/** A results list read as a count and numbered titles; in Mandarin whatever the interface language, like the voice. */
export function listText(titles: string[], total: number, limit = 10): ReadableText {
  const words = zhCN.readAloud;
  return {
    text: [
      words.listIntro(String(total)),
      ...titles.slice(0, limit).map((title, i) => words.listItem(i + 1, title)),
    ].join(''),
  };
}
