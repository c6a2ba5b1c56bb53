// The print-only container: sheets are rendered beside the app, awaited until every image is decoded, and cleared after printing.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import './print-page.css';
import { measureTextLayout, type TextLayout, type TextWindow } from './text-layout.ts';

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

// Every sheet is a whole A4 page with its own footer, reflowed text too (see showTextSheets), so the printer adds nothing.
function setPageRules() {
  pageStyle ??= document.head.appendChild(document.createElement('style'));
  pageStyle.textContent = '@page { size: A4; margin: 0; }';
}

/** Renders `sheets` into the container and resolves once every image in it can be painted. */
export async function showPrintSheets(sheets: ComponentChildren): Promise<void> {
  setPageRules();
  const root = printRoot();
  render(sheets, root);
  await decodeImages(root);
}

/**
 * Reflowed text, paginated here rather than by the printer: the page counter of an @page margin box came only with
 * Chromium 131, and the floor is 90. The text flows through columns each one sheet's text area in size (CSS
 * fragmentation, the engine print uses), so the number of columns is the number of sheets; `sheets(layout)` renders
 * them, and the count is returned for the print log. The same on every browser, so every browser prints the same sheets.
 */
export async function showTextSheets(
  sheets: (layout: { sheets: number; windows?: TextWindow[]; firstOnly?: boolean }) => ComponentChildren,
): Promise<number> {
  setPageRules();
  const root = printRoot();
  let layout: TextLayout = { sheets: 1, windows: [] };
  // Only the first sheet, with the whole flow, is laid out to measure; a second pass checks that the footer's page
  // count (共 9 页 becoming 共 12 页) did not change the text area's height.
  root.dataset.measuring = '';
  try {
    for (let pass = 0; pass < 3; pass++) {
      render(sheets({ sheets: layout.sheets, firstOnly: true }), root);
      const flow = root.querySelector<HTMLElement>('[data-text-flow]');
      if (!flow) throw new Error('no text flow to paginate');
      const measured = measureTextLayout(flow);
      const stable = measured.sheets === layout.sheets;
      layout = measured;
      if (stable) break;
    }
  } finally {
    delete root.dataset.measuring;
  }
  render(sheets(layout), root);
  await decodeImages(root);
  return layout.sheets;
}

function decodeImages(root: HTMLElement) {
  return Promise.all(Array.from(root.querySelectorAll('img'), (img) => img.decode()));
}

export function clearPrintSheets(): void {
  const root = document.getElementById(ROOT_ID);
  if (root) render(null, root);
}
