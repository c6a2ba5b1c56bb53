// The print-only container: sheets are rendered beside the app, awaited until every image is decoded, and cleared after printing.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import './print-page.css';

const ROOT_ID = 'print-root';

function printRoot(): HTMLElement {
  let root = document.getElementById(ROOT_ID);
  if (!root) {
    root = document.createElement('div');
    root.id = ROOT_ID;
    root.dataset.testid = 'print-root';
    document.body.append(root);
  }
  return root;
}

let pageStyle: HTMLStyleElement | undefined;

/**
 * @page per job: PDF pages bring their own footer on a margin-less A4 sheet; reflowed text needs margins and the
 * printer's page counter (the only place that knows how many sheets the text became).
 */
function setPageRules(kind: 'pages' | 'text', pageOfParts: readonly [string, string, string]) {
  pageStyle ??= document.head.appendChild(document.createElement('style'));
  const quote = (s: string) => JSON.stringify(s);
  pageStyle.textContent =
    kind === 'pages'
      ? '@page { size: A4; margin: 0; }'
      : `@page { size: A4; margin: 14mm 14mm 12mm; @bottom-center { content: ${quote(pageOfParts[0])} counter(page) ${quote(pageOfParts[1])} counter(pages) ${quote(pageOfParts[2])}; font-size: 10pt; font-weight: 700; } }`;
}

/** Renders `sheets` into the container and resolves once every image in it can be painted. */
export async function showPrintSheets(
  sheets: ComponentChildren,
  kind: 'pages' | 'text',
  pageOfParts: readonly [string, string, string],
): Promise<void> {
  setPageRules(kind, pageOfParts);
  const root = printRoot();
  render(sheets, root);
  await Promise.all(Array.from(root.querySelectorAll('img'), (img) => img.decode()));
}

export function clearPrintSheets(): void {
  const root = document.getElementById(ROOT_ID);
  if (root) render(null, root);
}
