// @vitest-environment happy-dom
// A new content version never changes the screen under a reader: it switches in at once when no document is open,
// and otherwise as the document closes; the newest one taken is what the terminal reports meanwhile.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActiveVersion } from './active-version.ts';
import type { AppServices } from './services.ts';

const version = (n: number) => ({ content: { version: n, created: '2026-01-05', title: `v${n}` } }) as AppServices;
const go = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  history.replaceState(null, '', '#/');
});

describe('active version', () => {
  it('switches at once when no document is open', () => {
    go('#/search');
    const active = new ActiveVersion(version(1));
    const heard = vi.fn();
    active.subscribe(heard);
    active.offer(version(2));
    expect(active.current.content.version).toBe(2);
    expect(heard).toHaveBeenCalledExactlyOnceWith(active.current);
    active.offer(version(2));
    expect(heard).toHaveBeenCalledOnce();
  });

  it('holds a version that comes while a document is read, and switches it in as the document closes', () => {
    go('#/doc/a');
    const active = new ActiveVersion(version(1));
    stop = active.follow();
    const heard = vi.fn();
    active.subscribe(heard);
    active.offer(version(2));
    active.offer(version(3));
    expect(active.current.content.version).toBe(1);
    expect(active.latest.content.version).toBe(3);
    // Another page of the same document, or another document: still reading.
    go('#/doc/b');
    expect(heard).not.toHaveBeenCalled();
    go('#/search');
    expect(heard).toHaveBeenCalledOnce();
    expect(active.current.content.version).toBe(3);
    go('#/');
    expect(heard).toHaveBeenCalledOnce();
  });
});
