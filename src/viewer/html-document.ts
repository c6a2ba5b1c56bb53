// Wraps a sanitised HTML document for its frame: a strict content policy first, then our own readable styles.
import { READ_ALOUD_HIGHLIGHT, READ_ALOUD_MARK_COLOUR } from '../shared/read-aloud-mark.ts';

// Defence in depth behind the sanitiser: no script source at all, and images only from the package (blob:) or inline data.
const POLICY =
  "default-src 'none'; script-src 'none'; img-src blob: data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

const READABLE_STYLES = `
  html { font-size: var(--reader-size, 26px); line-height: 1.8; color: #1d1d1f; background: #fff; touch-action: pan-x pan-y; -webkit-text-size-adjust: none; }
  body { margin: 24px 40px 80px; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'Source Han Serif SC', serif; overflow-wrap: anywhere; user-select: none; }
  h1, h2, h3, h4 { line-height: 1.4; } h1 { font-size: 1.5em; text-align: center; } h2 { font-size: 1.3em; } h3, h4 { font-size: 1.1em; }
  p, li, td, th, div, span, font { font-size: 1rem; }
  img { max-width: 100%; height: auto; }
  table { border-collapse: collapse; max-width: 100%; }
  td, th { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
  [data-link] { color: #0b4fb3; text-decoration: underline; text-underline-offset: 4px; cursor: pointer; }
  [data-link]::after { content: ' ▣'; font-size: 0.8em; }
  ::highlight(${READ_ALOUD_HIGHLIGHT}) { background-color: ${READ_ALOUD_MARK_COLOUR}; }
`;

/** The `srcdoc` for a document: the policy comes first, so nothing in the document can load before it applies. */
export function htmlForFrame(documentHtml: string, fontSizePx = 26): string {
  return (
    `<!doctype html><html style="--reader-size:${Math.round(fontSizePx)}px"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<style>${READABLE_STYLES}</style></head><body>${documentHtml}</body></html>`
  );
}
