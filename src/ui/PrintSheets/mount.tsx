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
 * fragmentation, the engine print uses), so the number of columns is the number of sheets; `sheets(count, firstOnly)`
 * renders them, and the count is returned for the print log. The same on every browser, so every browser prints the
 * same sheets.
 */
export async function showTextSheets(
  sheets: (count: number, firstOnly: boolean) => ComponentChildren,
): Promise<number> {
  setPageRules();
  const root = printRoot();
  let count = 1;
  // Only the first sheet is laid out to count: the footer's page count is in the measured sheet, and a second pass
  // checks that its width (共 9 页 becoming 共 12 页) did not change the text area.
  root.dataset.measuring = '';
  try {
    for (let pass = 0; pass < 3; pass++) {
      render(sheets(count, true), root);
      const counted = countColumns(root);
      if (counted === count) break;
      count = counted;
    }
  } finally {
    delete root.dataset.measuring;
  }
  render(sheets(count, false), root);
  await decodeImages(root);
  return count;
}

/** Columns of the first text flow in the container: its scrollable width in steps of column plus gap. */
function countColumns(root: HTMLElement): number {
  const flow = root.querySelector<HTMLElement>('[data-text-flow]');
  if (!flow) throw new Error('no text flow to paginate');
  const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
  const width = flow.getBoundingClientRect().width;
  return Math.max(1, Math.round((flow.scrollWidth + gap) / (width + gap)));
}

function decodeImages(root: HTMLElement) {
  return Promise.all(Array.from(root.querySelectorAll('img'), (img) => img.decode()));
}

export function clearPrintSheets(): void {
  const root = document.getElementById(ROOT_ID);
  if (root) render(null, root);
}
