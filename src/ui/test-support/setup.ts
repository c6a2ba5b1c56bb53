// Every component test file: IndexedDB from fake-indexeddb (fresh per file), effects run promptly, and the screen
// unmounted after each test.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';

// Preact runs effects after the next frame. A state change after an await (a PIN checked, a file opened) is outside
// act, so its effects waited for happy-dom's real-time frame: a test on a fake clock saw an interval armed late.
// Run them once the rendering task ends, as act does.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);

// waitFor gives up after 1 s by default; on this 2-core machine under others' e2e runs a PIN check or an
// IndexedDB write alone has taken longer. A condition that holds returns at once, so only a failure waits.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});
