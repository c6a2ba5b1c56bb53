// Wraps an HTML document for a sandboxed frame: no scripts (sandbox), no outside loads (CSP), our own readable styles.

// The frame has no allow-scripts, and this policy also blocks every outside fetch a document might try (images, fonts, CSS).
const POLICY = "default-src 'none'; img-src blob: data:; style-src 'unsafe-inline'; font-src data:";

const READABLE_STYLES = `
  html { font-size: 22px; line-height: 1.7; color: #1f1f1f; background: #fff; }
  body { margin: 24px 32px; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; overflow-wrap: anywhere; }
  img { max-width: 100%; height: auto; }
  table { border-collapse: collapse; max-width: 100%; }
  td, th { border: 1px solid #999; padding: 4px 8px; }
`;

/** The `srcdoc` for a document: the policy comes first, so nothing in the document can load before it applies. */
export function htmlForFrame(documentHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<style>${READABLE_STYLES}</style></head><body>${documentHtml}</body></html>`;
}
