// The only module that talks to the service worker: registers it once the first screen is up.
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(new URL('sw.js', document.baseURI).href, { type: 'module' });
  // A new app version waits (no skipWaiting here); activating it only at idle comes with kiosk operations.
  workbox.register().catch((e: unknown) => console.error('service worker registration failed', e));
}
