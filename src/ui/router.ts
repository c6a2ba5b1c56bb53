// Follows the hash route in the page, and goes back without ever leaving the app.
import { useEffect, useRef, useState } from 'preact/hooks';
import { hrefs, parseRoute, type Route } from './routes.ts';

export { hrefs, type Route };

/** Changes the hash without a history entry, for state such as the page being read. */
export function replaceHash(hash: string) {
  history.replaceState(history.state, '', hash);
}

export function useRoute(): Route {
  const rendered = useRef(location.hash);
  const [route, setRoute] = useState(() => parseRoute(rendered.current));
  useEffect(() => {
    // A new route object at every hashchange, even to a hash seen before: the page being read moves the hash by
    // replaceHash (no event), so "?page=3" again after reading on to page 4 must still reach the screen.
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    // A change between the first render and this effect fired before anyone listened: catch up with it.
    if (location.hash !== rendered.current) onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The in-app trail of hashes, so "back" never leaves the app when the kiosk was opened on a deep link. */
export class Trail {
  private readonly hashes: string[];

  constructor(start: string) {
    this.hashes = [start || '#/'];
  }

  /** Follows the page's hash changes; returns a function that stops. */
  follow(): () => void {
    const onChange = () => this.visited(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }

  private visited(at: string) {
    const hash = at || '#/';
    const trail = this.hashes;
    if (trail.length > 1 && trail[trail.length - 2] === hash) trail.pop();
    else trail.push(hash);
  }

  /**
   * Starts a new trail at `hash` without a history entry the resident could go back to: the idle wipe lands on the
   * board as if the app had just started.
   */
  startOver(hash: string): void {
    this.hashes.length = 0;
    if (location.hash === hash) return void this.hashes.push(hash);
    history.replaceState(null, '', hash);
    // replaceState fires no hashchange of its own; this one also puts `hash` on the fresh trail.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }

  back(): void {
    if (this.hashes.length > 1) history.back();
    else location.hash = hrefs.home();
  }
}
