// The only module that talks to the service worker: registers it, and holds a new app version until the board shows.
import { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
let reloadOnTakeOver = false;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // A new app version installs in the background and waits (no skipWaiting of its own): it must never swap the app
  // under a resident's eyes. applyAppUpdate lets it in from the board.
  // A classic worker (built as one script, vite.config.ts): Chromium 90 cannot register a module service worker.
  workbox = new Workbox(new URL('sw.js', document.baseURI).href);
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
 * While the bulletin board shows (nobody is reading), lets a new app version take over and reloads the page into it:
 * one already waiting, or one that finishes installing while the board is up (a terminal spends its nights there).
 * Asks the registration itself rather than Workbox's events, which miss a version that was already waiting when the
 * page started and report the first session's updates as no update. Returns a function that stops watching.
 */
export function takeOverOnBoard(): () => void {
  if (!workbox || !('serviceWorker' in navigator)) return () => undefined;
  let watching = true;
  let registration: ServiceWorkerRegistration | undefined;
  const onUpdateFound = () => {
    const installing = registration?.installing;
    installing?.addEventListener(
      'statechange',
      () => watching && installing.state === 'installed' && letIn(installing),
    );
  };
  void navigator.serviceWorker.getRegistration().then((found) => {
    if (!watching || !found) return;
    registration = found;
    found.addEventListener('updatefound', onUpdateFound);
    if (found.waiting) letIn(found.waiting);
  });
  function letIn(waiting: ServiceWorker) {
    // Once asked, the page must reload when the new version takes over, even if a resident has started meanwhile:
    // the new version's precache no longer holds this page's lazily loaded scripts.
    if (!reloadOnTakeOver)
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    reloadOnTakeOver = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
  return () => {
    watching = false;
    registration?.removeEventListener('updatefound', onUpdateFound);
  };
}
