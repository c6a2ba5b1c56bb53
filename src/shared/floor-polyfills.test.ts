// The floor's polyfills behave like the native APIs they stand in for on Chromium 90 (Node has them all natively, so
// each test takes the native one away first).
import { afterEach, describe, expect, it, vi } from 'vitest';

const streams = ReadableStream.prototype as unknown as Record<PropertyKey, unknown>;
const native = { iterator: streams[Symbol.asyncIterator], values: streams.values };

afterEach(() => {
  Object.defineProperty(streams, Symbol.asyncIterator, { value: native.iterator, configurable: true, writable: true });
  Object.defineProperty(streams, 'values', { value: native.values, configurable: true, writable: true });
});

async function loadWithout(remove: () => void) {
  remove();
  vi.resetModules();
  await import('./floor-polyfills.ts');
}

const numbers = (cancelled: string[]) =>
  new ReadableStream<number>({
    start(controller) {
      for (const n of [1, 2, 3]) controller.enqueue(n);
      controller.close();
    },
    cancel: () => void cancelled.push('cancelled'),
  });

describe('floor polyfills', () => {
  it('iterates a ReadableStream with for await, and cancels it when the loop stops early', async () => {
    await loadWithout(() => {
      delete streams[Symbol.asyncIterator];
      delete streams.values;
    });
    expect(streams[Symbol.asyncIterator]).not.toBe(native.iterator);
    const cancelled: string[] = [];
    const all: number[] = [];
    for await (const n of numbers(cancelled) as unknown as AsyncIterable<number>) all.push(n);
    expect(all).toEqual([1, 2, 3]);
    expect(cancelled).toEqual([]);

    const early = numbers(cancelled);
    for await (const n of early as unknown as AsyncIterable<number>) if (n === 1) break;
    expect(cancelled).toEqual(['cancelled']);
    expect(early.locked).toBe(false);
  });

  it('gives Array.prototype.at with negative indexes', async () => {
    // Taking the native one away would break Vitest itself, which calls .at: the function is tested as it is.
    const { at } = await import('./floor-polyfills.ts');
    expect(at.call([1, 2, 3], -1)).toBe(3);
    expect(at.call([1, 2, 3], 0)).toBe(1);
    expect(at.call([1, 2, 3], 1.7)).toBe(2);
    expect(at.call([1, 2, 3], 3)).toBeUndefined();
    expect(at.call([], -1)).toBeUndefined();
    expect(at.call('查阅', -1)).toBe('阅');
  });
});
