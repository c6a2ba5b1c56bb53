// Lets Playwright 1.65 drive Chromium older than 105: its visibility checks call Element.checkVisibility, which arrived
// in Chromium 105 (toBeVisible and tap failed with "checkVisibility is not a function" on 86, 90 and 119).
import type { Page } from 'playwright-core';

// Display none on the element or any ancestor across shadow roots, which is what checkVisibility() with no options tests.
const checkVisibilityShim = `(() => {
  if (Element.prototype.checkVisibility) return;
  Element.prototype.checkVisibility = function () {
    for (let node = this; node; node = node.assignedSlot || node.parentElement || (node.getRootNode && node.getRootNode().host)) {
      if (getComputedStyle(node).display === 'none') return false;
    }
    return true;
  };
})();`;

/** Before the page's first navigation: the shim in Playwright's own script world (not the page's), below Chromium 105. */
export async function shimVisibilityChecks(page: Page): Promise<void> {
  const major = Number(page.context().browser()?.version().split('.')[0]);
  if (!(major < 105)) return;
  const cdp = await page.context().newCDPSession(page);
  // Scripts added by a session run only while its Page domain is enabled.
  await cdp.send('Page.enable');
  // Playwright runs its injected script in an isolated world named after the page; the shim goes there too.
  const guid = (page as unknown as { _guid: string })._guid;
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: checkVisibilityShim,
    worldName: `__playwright_utility_world_${guid}`,
  });
}
