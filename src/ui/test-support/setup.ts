// Every component test file: IndexedDB from fake-indexeddb (fresh per file), effects run promptly, and the screen
// unmounted after each test.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';

// Preact runs effects after the next frame. A state change after an await (a PIN checked, a file opened) is outside
// act, so its effects waited for happy-dom's real-time frame: a test on a fake clock saw an interval armed late.
// Run them once the rendering task ends, as act does.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});
