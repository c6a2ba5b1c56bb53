// What read-aloud reads on each screen: a document's own text where the screen has it, else its title and summary.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { zhCN } from '../i18n/zh-CN.ts';

/**
 * The text of the document shown inside `container`: a web page's body, the PDF page's text layer (painted by the
 * viewer for the page in view), or for a scan or picture with no text the catalogue's title and summary.
 */
export function documentText(container: Element | null, doc: Pick<CatalogueDocument, 'title' | 'summary'>): string {
  const frame = container?.querySelector('iframe');
  const html = frame?.contentDocument?.body?.innerText?.trim();
  if (html) return html;
  const layer = container?.querySelector('.textLayer');
  const pdf = layer?.textContent?.trim();
  if (pdf) return pdf;
  return [doc.title, doc.summary].filter(Boolean).join('。');
}

/** A results list read as a count and numbered titles; in Mandarin whatever the interface language, like the voice. */
export function listText(titles: string[], total: number, limit = 10): string {
  const words = zhCN.readAloud;
  return [words.listIntro(String(total)), ...titles.slice(0, limit).map((title, i) => words.listItem(i + 1, title))].join('');
}
