// The only module that talks to the service worker: registers it, and holds a new app version until the board shows.
import { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
const ASK_AGAIN_MS = 3000;
const ASK_AGAIN_TIMES = 5;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // A new app version installs in the background and waits (no skipWaiting of its own): it must never swap the app
  // under a resident's eyes. applyAppUpdate lets it in from the board.
  workbox = new Workbox(new URL('sw.js', document.baseURI).href, { type: 'module' });
  workbox.register().catch((e: unknown) => console.error('service worker registration failed', e));
}

/**
 * Asks the server for a new app version. A kiosk never navigates (hash routes only), so the browser's own check on
 * navigation never comes: the app asks on the content update schedule. A version found installs and waits.
 */
export function checkForAppUpdate(): void {
  workbox?.update().catch((e: unknown) => console.warn('app update check failed', e));
}

/**
 * Lets a waiting app version take over, then reloads the page into it: only called while the bulletin board shows,
 * when nobody is reading. Asks the registration itself rather than Workbox's events, which miss a version that was
 * already waiting when the page started and report the first session's updates as no update. Resolves whether there
 * was one.
 */
export async function applyAppUpdate(): Promise<boolean> {
  if (!workbox || !('serviceWorker' in navigator)) return false;
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return false;
  let asks = 0;
  const ask = setInterval(() => {
    // Asked again while the version still waits: once in CI the first message went unanswered.
    if (++asks > ASK_AGAIN_TIMES || !waiting || waiting.state !== 'installed') return clearInterval(ask);
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }, ASK_AGAIN_MS);
  navigator.serviceWorker.addEventListener('controllerchange', () => (clearInterval(ask), location.reload()), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}
