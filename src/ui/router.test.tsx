// The router follows the hash from the first render on: a change made before its listener was attached is not lost.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from './router.ts';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

describe('useRoute', () => {
  it('shows the route the hash names when it changed between the first render and the listener', async () => {
    history.replaceState(null, '', '#/');
    // happy-dom (unlike browsers) fires hashchange for replaceState, later: let that one pass first.
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The event of the change below never reaches the router, as when it fired before the router listened.
    const swallow = (e: Event) => {
      e.stopImmediatePropagation();
      window.removeEventListener('hashchange', swallow, true);
    };
    window.addEventListener('hashchange', swallow, true);
    let first = true;
    function Probe() {
      const route = useRoute();
      // What a tap on the board did while the screen was mounting: the hash moved on.
      if (first) {
        first = false;
        history.replaceState(null, '', '#/board');
      }
      return <p data-testid="route">{route.name}</p>;
    }
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('route').textContent).toBe('board'));
  });

  it('follows later hash changes', async () => {
    history.replaceState(null, '', '#/');
    function Probe() {
      return <p data-testid="route">{useRoute().name}</p>;
    }
    render(<Probe />);
    expect(screen.getByTestId('route').textContent).toBe('home');
    location.hash = '#/search';
    await waitFor(() => expect(screen.getByTestId('route').textContent).toBe('search'));
  });

  it('gives a new route at every hashchange, also back to a hash the screen was first shown with', async () => {
    history.replaceState(null, '', '#/doc/a?page=3');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen: unknown[] = [];
    function Probe() {
      const route = useRoute();
      seen.push(route);
      return null;
    }
    render(<Probe />);
    // The reader turned to page 4 (replaceHash: browsers fire no event; happy-dom's is swallowed here)...
    const swallow = (e: Event) => {
      e.stopImmediatePropagation();
      window.removeEventListener('hashchange', swallow, true);
    };
    window.addEventListener('hashchange', swallow, true);
    history.replaceState(null, '', '#/doc/a?page=4');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = new Set(seen).size;
    // ...then a link to page 3 of the same document: the screen must hear of it.
    location.hash = '#/doc/a?page=3';
    await waitFor(() => expect(new Set(seen).size).toBe(before + 1));
  });
});
