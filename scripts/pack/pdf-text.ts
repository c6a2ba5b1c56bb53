// A PDF's searchable text and page count, read by pdf.js in a worker thread (pdf-text-worker.mjs), one file at a time.
import { Worker } from 'node:worker_threads';

export type PdfText =
  { ok: true; text: string; pages: number } | { ok: false; reason: 'encrypted' | 'unreadable'; detail: string };

// pdf.js leaves megabytes of short-lived garbage per PDF (parsed cMaps); a capped heap collects it instead of growing.
const WORKER_HEAP_MB = 256;

interface Job {
  resolve: (text: PdfText) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 0;

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  started.on('message', ({ id, result }: { id: number; result: PdfText }) => {
    jobs.get(id)?.resolve(result);
    jobs.delete(id);
    if (jobs.size === 0) started.unref();
  });
  started.on('error', (error: Error & { code?: string }) => {
    // Out of memory is one oversized document's problem; anything else (the worker did not load) is pack's bug.
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const job of jobs.values()) {
      if (outOfMemory) job.resolve({ ok: false, reason: 'unreadable', detail: '文件过大，读取文字时内存不足' });
      else job.reject(error);
    }
    jobs.clear();
    worker = null;
  });
  started.on('exit', () => {
    if (worker === started) worker = null;
  });
  return started;
}

/** Never throws for a bad PDF: a scan, a password or a broken file is the caller's warning, not a crash. */
export function extractPdfText(path: string): Promise<PdfText> {
  worker ??= startWorker();
  // Referenced only while it has work, so a finished pack exits without having to close it.
  worker.ref();
  const id = nextId++;
  const promise = new Promise<PdfText>((resolve, reject) => jobs.set(id, { resolve, reject }));
  worker.postMessage({ id, path });
  return promise;
}

/** A page with fewer visible characters than this is taken for a scanned image. */
const MIN_CHARS_PER_PAGE = 5;

export function looksScanned(text: string, pages: number): boolean {
  return text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * Math.max(pages, 1);
}
