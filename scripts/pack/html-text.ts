// Turns an HTML page into the plain text a resident would search for, with a real HTML parser (node-html-parser).
import { parse } from 'node-html-parser';

/** Visible text, one block per line; scripts, styles and the page's own navigation chrome are left out. */
export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
  for (const element of root.querySelectorAll('head, nav, template, svg')) element.remove();
  return root.structuredText
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
