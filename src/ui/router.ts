// Follows the hash route in the page, and goes back without ever leaving the app.
import { useEffect, useState } from 'preact/hooks';
import { hrefs, parseRoute, type Route } from './routes.ts';

export { hrefs, type Route };

/** Changes the hash without a history entry, for state such as the page being read. */
export function replaceHash(hash: string) {
  history.replaceState(history.state, '', hash);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

// In-app trail of hashes, so "back" never leaves the app when the kiosk was opened on a deep link.
const trail: string[] = [location.hash || '#/'];
window.addEventListener('hashchange', () => {
  const hash = location.hash || '#/';
  if (trail.length > 1 && trail[trail.length - 2] === hash) trail.pop();
  else trail.push(hash);
});

/**
 * Starts a new trail at `hash` without a history entry the resident could go back to: the idle wipe lands on the
 * board as if the app had just started.
 */
export function startOver(hash: string) {
  trail.length = 0;
  if (location.hash === hash) return void trail.push(hash);
  history.replaceState(null, '', hash);
  // replaceState fires no hashchange of its own; this one also puts `hash` on the fresh trail.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function goBack() {
  if (trail.length > 1) history.back();
  else location.hash = hrefs.home();
}
