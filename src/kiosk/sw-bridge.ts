// The only module that talks to the service worker: registers it, and holds a new app version until the board shows.
import { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
let waiting = false;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox(new URL('sw.js', document.baseURI).href, { type: 'module' });
  // A new app version installs in the background and waits: it must never swap the app under a resident's eyes.
  workbox.addEventListener('waiting', () => (waiting = true));
  // Once the waiting version has taken over (asked for on the board), the page starts again inside it.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) location.reload();
  });
  workbox.register().catch((e: unknown) => console.error('service worker registration failed', e));
}

/** Whether a new app version has been downloaded and waits to be applied. */
export function appUpdateWaiting(): boolean {
  return waiting;
}

/**
 * Applies a waiting app version: only called while the bulletin board shows, when nobody is reading. The page reloads
 * when the new version takes control. Returns whether there was one.
 */
export function applyAppUpdate(): boolean {
  if (!workbox || !waiting) return false;
  waiting = false;
  workbox.messageSkipWaiting();
  return true;
}
