// In-page timing probe: records, relative to navigation start, when watched elements first appear and are painted.
import type { BrowserContext, Page } from 'playwright-core';

/** What the kiosk's screens show, by test hook (DESIGN.md "Stable test hooks"). */
export const kioskTargets = {
  tiles: 'a[data-domain]',
  // Home also lists the newest documents, so the browse list is the one inside search-results.
  browseList: '[data-testid="search-results"] [data-testid="result-item"]',
  docScreen: '[data-testid="doc-viewer"]',
  // A page's box appears once the PDF is open and its size known; its canvas is the viewer's own business, inside it.
  pdfOpened: '[data-testid="doc-page"]',
  firstPage: '[data-testid="doc-page"][data-page="1"][data-rendered="true"]',
  // The first start's failure screen and the config error screen say what went wrong in an alert.
  failed: '[role="alert"]',
} as const;

export type KioskMark = keyof typeof kioskTargets | 'pointerdown';

// Plain JavaScript on purpose: tsx would wrap named functions in a `__name` helper the page does not have.
// "Painted" is when the next frame's rAF callbacks run once the element is there: that frame draws it. performance.now(),
// not the callback's argument: that is the frame's vsync time, which can precede the element when the thread ran late.
// Not a message after that frame: behind a busy main thread that also counts unrelated queued tasks.
const probeSource = (targets: Record<string, string>) => `(() => {
  const targets = ${JSON.stringify(targets)};
  const marks = {}, seen = {}, waiters = {};
  const settle = (name, t) => {
    marks[name] = t;
    for (const resolve of waiters[name] || []) resolve(t);
  };
  const nextFrame = (name) => requestAnimationFrame(() => settle(name, performance.now()));
  const check = () => {
    for (const name in targets) {
      if (name in seen || !document.querySelector(targets[name])) continue;
      seen[name] = performance.now();
      nextFrame(name);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
  addEventListener('pointerdown', (e) => { if (!('pointerdown' in marks)) settle('pointerdown', e.timeStamp); }, true);
  window.__bench = {
    marks, seen,
    waitFor: (name) => name in marks ? Promise.resolve(marks[name]) : new Promise((resolve) => (waiters[name] ||= []).push(resolve)),
  };
})();`;

/** Installs the probe in every page the context opens from now on. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: probeSource(kioskTargets) });
}

/** Resolves with the mark's time (ms after navigation start), or rejects after `timeoutMs`. */
export async function waitForMark(page: Page, name: KioskMark, timeoutMs = 60_000): Promise<number> {
  return (await waitForFirstMark(page, [name], timeoutMs)).time;
}

/** Whichever of the marks comes first, e.g. Home or a failure screen. */
export async function waitForFirstMark(
  page: Page,
  names: KioskMark[],
  timeoutMs: number,
): Promise<{ name: KioskMark; time: number }> {
  const mark = page.evaluate(
    (list) =>
      Promise.race(
        list.map((n) => (window as unknown as BenchWindow).__bench.waitFor(n).then((time) => ({ name: n, time }))),
      ),
    names,
  );
  // After a timeout the page is closed under this evaluate; its rejection then has nobody to tell.
  mark.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${names.join(' or ')} within ${timeoutMs} ms on ${page.url()}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([mark, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every mark so far: painted times, and when each element was first seen in the DOM. */
export function readMarks(page: Page): Promise<{ marks: Record<string, number>; seen: Record<string, number> }> {
  return page.evaluate(() => {
    const { marks, seen } = (window as unknown as BenchWindow).__bench;
    return { marks, seen };
  });
}

interface BenchWindow {
  __bench: { marks: Record<string, number>; seen: Record<string, number>; waitFor(name: string): Promise<number> };
}
