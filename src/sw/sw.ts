// The Workbox service worker: the app shell, pdf.js and its data from the precache, so the kiosk runs with no network.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any navigation (e.g. `/?site=town#/`) gets the app shell: the site and route are read by the app itself.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// The first install takes control at once, so a terminal is offline-ready after its first start.
clientsClaim();
// A new version waits until the page asks (kiosk/sw-bridge.ts, only while the bulletin board shows).
self.addEventListener('message', (event) => {
  // waitUntil keeps this waiting worker alive until the browser has taken the request: a worker started only to
  // receive the message may otherwise be stopped as soon as the handler returns.
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
});
