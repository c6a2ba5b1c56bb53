// The config is fetched each start and kept for weeks offline, but a config the server says is gone is not used again.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKioskConfig } from './config.ts';

const demo: unknown = JSON.parse(readFileSync(new URL('../../kiosk-config/default.json', import.meta.url), 'utf8'));
const answer = (status: number) => vi.fn(() => Promise.resolve(Response.json(demo, { status })));

beforeEach(() => vi.stubGlobal('document', { baseURI: 'http://localhost:4180/' }));
afterEach(() => vi.unstubAllGlobals());

describe('loadKioskConfig', () => {
  it('keeps the terminal running on the last good copy when offline or the server fails', async () => {
    vi.stubGlobal('fetch', answer(200));
    expect(await loadKioskConfig('kept')).toMatchObject({ ok: true, fromCache: false });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadKioskConfig('kept')).toMatchObject({ ok: true, fromCache: true });
    vi.stubGlobal('fetch', answer(503));
    expect(await loadKioskConfig('kept')).toMatchObject({ ok: true, fromCache: true });
  });

  it('does not go on with the last copy of a config the server no longer has (a terminal build without the demo)', async () => {
    vi.stubGlobal('fetch', answer(200));
    expect(await loadKioskConfig('gone')).toMatchObject({ ok: true });
    for (const status of [404, 410]) {
      vi.stubGlobal('fetch', answer(status));
      const load = await loadKioskConfig('gone');
      expect(load, String(status)).toMatchObject({ ok: false, problems: [`not on the server (HTTP ${status})`] });
    }
  });
});
