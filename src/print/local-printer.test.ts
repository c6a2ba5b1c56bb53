// How the kiosk finds the terminal's printer (only its local server answers with a state) and reads its answers.
import { describe, expect, it } from 'vitest';
import { connectPrinter, printerOnDemand, printerUsable, PrintRefused, type PrinterStatus } from './local-printer.ts';

const ready: PrinterStatus = { printer: 'hp', state: 'ready', reasons: [], checked: '2026-12-03T04:00:00Z' };
const base = 'http://localhost:4180/';

/** A fetch that answers from `answer(url, init)` and keeps what was asked. */
function fakeFetch(answer: (url: URL, init?: RequestInit) => Response | Promise<Response>) {
  const asked: { url: URL; init?: RequestInit }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    asked.push({ url, init });
    return Promise.resolve(answer(url, init));
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('printerUsable', () => {
  it('offers printing on a ready or busy queue, not on one out of paper, jammed, stopped or missing', () => {
    expect(printerUsable(ready)).toBe(true);
    expect(printerUsable({ ...ready, state: 'printing', reasons: ['toner-low'] })).toBe(true);
    expect(printerUsable({ ...ready, reasons: ['media-empty'] })).toBe(false);
    expect(printerUsable({ ...ready, state: 'printing', reasons: ['media-jam'] })).toBe(false);
    expect(printerUsable({ ...ready, state: 'stopped' })).toBe(false);
    expect(printerUsable({ printer: null, state: 'none', reasons: [], checked: '' })).toBe(false);
  });
});

describe('connectPrinter', () => {
  it("prints through the local server when it answers with the config's queue's state", async () => {
    const { fetch, asked } = fakeFetch((url) =>
      url.pathname === '/local/print'
        ? json({ id: 17 })
        : url.pathname === '/local/printer'
          ? json(ready)
          : json({ jobs: [] }),
    );
    const link = await connectPrinter({ base, fetch, queue: 'hp-desk' });
    expect(link.kind).toBe('local');
    expect(await link.status()).toEqual(ready);
    expect(await link.submit(new Blob(['%PDF-1.4']), 2, 'Chayue 11532602/2025-00009')).toBe(17);
    const post = asked.find((a) => a.init?.method === 'POST')!;
    expect(Object.fromEntries(post.url.searchParams)).toEqual({
      printer: 'hp-desk',
      copies: '2',
      title: 'Chayue 11532602/2025-00009',
    });
    expect(post.init?.headers).toEqual({ 'Content-Type': 'application/pdf' });
  });

  it('prints through the browser where no local server answers with a state', async () => {
    for (const answer of [
      new Response('not found', { status: 404 }),
      new Response('<!doctype html>', { status: 200 }),
    ]) {
      const { fetch } = fakeFetch(() => answer);
      const link = await connectPrinter({ base, fetch });
      expect(link.kind).toBe('browser');
      expect(link.retry).toBeUndefined();
      expect(await link.status()).toBeNull();
    }
    // Served from a web server, not the terminal: never asked at all.
    const { fetch, asked } = fakeFetch(() => json(ready));
    expect((await connectPrinter({ base: 'https://kiosk.example.gov.cn/', fetch })).kind).toBe('browser');
    expect(asked).toEqual([]);
  });

  it('says the refusal of the local server by its code', async () => {
    const { fetch } = fakeFetch((url) =>
      url.pathname === '/local/printer' ? json(ready) : json({ error: 'not-accepting' }, 409),
    );
    const link = await connectPrinter({ base, fetch });
    await expect(link.submit(new Blob(['%PDF-1.4']), 1, 't')).rejects.toEqual(new PrintRefused('not-accepting'));
  });

  it('asks again next time when the local server could not be reached (the launcher restarting it)', async () => {
    let up = false;
    const fetch = ((input: RequestInfo | URL) =>
      up
        ? Promise.resolve(json(ready))
        : Promise.reject(new TypeError(`fetch failed: ${String(input)}`))) as typeof globalThis.fetch;
    const printer = printerOnDemand({ base, fetch });
    expect((await printer()).kind).toBe('browser');
    up = true;
    expect((await printer()).kind).toBe('local');
    up = false;
    // Found once, kept.
    expect((await printer()).kind).toBe('local');
  });
});
