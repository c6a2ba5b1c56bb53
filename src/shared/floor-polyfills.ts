// What Chromium 90 (the floor, DESIGN: Where it runs) lacks and the kiosk's own code uses, each added only where missing.
// Imported first by the page and by every worker we build; pdf.js's legacy build brings its own (core-js).

import { setSafeTimeout } from './safe-timeout.ts';

interface Polyfilled {
  ReadableStream: { prototype: { values?: unknown; [Symbol.asyncIterator]?: unknown } };
  Array: { prototype: { at?: unknown } };
  String: { prototype: { at?: unknown } };
  Object: { hasOwn?: unknown };
  AbortSignal?: { timeout?: unknown };
}

const scope = globalThis as unknown as Polyfilled;

function define(target: object, name: PropertyKey, value: unknown) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

// `for await (const chunk of stream)`: ReadableStream async iteration arrived in Chromium 124.
const streams = scope.ReadableStream?.prototype;
if (streams && !streams[Symbol.asyncIterator]) {
  const values = async function* <T>(this: ReadableStream<T>, options?: { preventCancel?: boolean }) {
    const reader = this.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          finished = true;
          return;
        }
        yield value;
      }
    } finally {
      // Leaving the loop early (break, throw) cancels the stream as the native iterator does.
      if (!finished && !options?.preventCancel) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  };
  define(streams, 'values', values);
  define(streams, Symbol.asyncIterator, values);
}

// Chromium 92. Exported for its unit test.
export function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}
if (!scope.Array.prototype.at) define(Array.prototype, 'at', at);
if (!scope.String.prototype.at) define(String.prototype, 'at', at);

// Chromium 93.
if (!scope.Object.hasOwn)
  define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));

// Chromium 103.
if (scope.AbortSignal && !scope.AbortSignal.timeout)
  define(AbortSignal, 'timeout', (ms: number) => {
    const controller = new AbortController();
    // The caller's arithmetic decides `ms`: a safe timer, so a long one does not overflow into aborting at once.
    setSafeTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
    return controller.signal;
  });
