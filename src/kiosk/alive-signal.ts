// Tells the terminal's local server every 15 s that this page still runs; the launcher restarts Chromium when it stops.
//
// Sent from the main thread on purpose: a worker would go on signalling for a page whose main thread hangs, which is
// the case the launcher is there to catch (scripts/kiosk-launch.sh, CHAYUE_ALIVE_TIMEOUT_MS, 60 s by default).

export const ALIVE_PATH = '/local/alive';
export const ALIVE_INTERVAL_MS = 15_000;

// The local server listens on 127.0.0.1 only and the launcher opens http://localhost:PORT: a page on any other host
// is not on a terminal's local server, so it sends nothing, not even the probe.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export interface AliveSignalOptions {
  fetch?: typeof fetch;
  /** The page's address (default: location.href). */
  base?: string;
}

/**
 * Probes `GET /local/alive` once: only the terminal's local server answers 204 (a plain static server 404, a dev
 * server perhaps index.html), so that answer alone starts the signals. A probe that cannot connect (the launcher is
 * restarting the server) is tried again. Returns a function that stops everything.
 */
export function startAliveSignal(options: AliveSignalOptions = {}): () => void {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const url = new URL(ALIVE_PATH, options.base ?? location.href);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  if (url.protocol !== 'http:' || !LOCAL_HOSTS.has(url.hostname)) return () => undefined;

  const later = (step: () => void) => {
    if (!stopped) timer = setTimeout(step, ALIVE_INTERVAL_MS);
  };
  const signal = () => {
    send(url.href, { method: 'POST', cache: 'no-store' }).then(
      () => (failing = false),
      (error: unknown) => {
        // Said once per outage: the server may be restarting, and the launcher notices a real one by itself.
        if (!failing) console.warn('Could not tell the local server the kiosk is alive', error);
        failing = true;
      },
    );
    later(signal);
  };
  const probe = () => {
    send(url.href, { cache: 'no-store' }).then(
      (response) => {
        if (response.status === 204 && !stopped) signal();
      },
      () => later(probe),
    );
  };
  probe();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
