// A web-page document as plain reflowed text for printing: headings and paragraphs in order, nothing of its markup or styles.

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,tr,pre,blockquote,dt,dd,caption';

/** Text only, so nothing in the document (scripts, images, links out) reaches the print container. */
export function htmlToTextBlocks(html: string): TextBlock[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script,style,noscript,template,head').forEach((n) => n.remove());
  const blocks: TextBlock[] = [];
  const found = doc.body.querySelectorAll(BLOCKS);
  for (const el of Array.from(found)) {
    // A block inside another block (a p in an li) is said once, by the innermost.
    if (el.querySelector(BLOCKS)) continue;
    const text = (
      el.tagName === 'TR'
        ? Array.from(el.children)
            .map((c) => c.textContent?.trim() ?? '')
            .join('\u3000')
        : (el.textContent ?? '')
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ kind: /^H\d$/.test(el.tagName) ? 'heading' : 'paragraph', text });
  }
  if (!blocks.length) {
    const text = doc.body.textContent?.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

// About 38 characters × 30 lines of 12 pt text on A4 with our margins: enough to size the allowance before printing.
const CHARS_PER_SHEET = 1100;

export function estimateTextSheets(blocks: readonly TextBlock[]): number {
  const chars = blocks.reduce((n, b) => n + Math.max(Array.from(b.text).length, 38), 0);
  return Math.max(1, Math.ceil(chars / CHARS_PER_SHEET));
}
