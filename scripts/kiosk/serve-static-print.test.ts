// The local server's printing endpoints against a real CUPS: a queue's state as CUPS has it, a PDF job that comes out
// as A4 at full size, a job on a printer out of paper, and every request that must be refused before it reaches CUPS.
// Needs cupsd with the chayue-pdf queue and the chayue-fail backend: scripts/kiosk/setup-test-printer.sh (.ci/run
// runs it). Each run adds queues of its own and deletes them after; the system's default queue is left as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CupsJob, PrinterStatus } from '../../src/print/local-printer';
import { get, post, startServer } from './serve-static-harness';

const SYSTEM_PYTHON = '/usr/bin/python3'; // the one Debian's python3-cups is built for, as kiosk-launch.sh uses
const SETUP = 'run `sudo bash scripts/kiosk/setup-test-printer.sh` (it starts cupsd and adds the test queues)';
const PDF_QUEUE = 'chayue-pdf'; // made by the setup script: cups-pdf writing job_ID-*.pdf into PDF_OUT
const PDF_OUT = '/var/spool/cups-pdf/chayue-pdf';
const PDF_LIMIT = 64 * 1024 * 1024;

const prefix = `chayue-t-${process.pid}`;
const readyQueue = `${prefix}-a`;
const failQueue = `${prefix}-fail`;

// C for messages the test reads; lpadmin, lpinfo and cupsenable live in /usr/sbin, which a user's PATH may lack.
const cupsEnv = { ...process.env, LC_ALL: 'C', PATH: `${process.env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin` };

function run(command: string, args: string[]): string {
  // stderr kept from the test's output: lpadmin warns on every queue that PPD drivers are deprecated.
  return execFileSync(command, args, { encoding: 'utf8', env: cupsEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The system's default queue as `lpstat -d` says it, or null. */
function systemDefault(): string | null {
  const said = spawnSync('lpstat', ['-d'], { encoding: 'utf8', env: cupsEnv }).stdout;
  return /destination: (\S+)/.exec(said)?.[1] ?? null;
}

/** Polls `probe` until it returns a value, or fails after `ms` saying what was awaited. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A valid PDF of `pages` A4 pages (595 x 842 pt), one line of text each, built byte for byte. */
function a4Pdf(pages: number): string {
  const font = 3 + 2 * pages;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = Array.from({ length: pages }, (_, i) => `${3 + 2 * i} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R ` +
        `/Resources << /Font << /F1 ${font} 0 R >> >> >>`,
    );
    const text = `BT /F1 24 Tf 72 760 Td (Chayue test page ${i + 1}) Tj ET`;
    objects.push(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  return out + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(python = [SYSTEM_PYTHON], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'chayue-print-test-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  await mkdir(dist);
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>查阅</title>');
  return startServer({ dist, workdir: root, python, env, onCleanup: (stop) => cleanups.push(stop) });
}

async function status(port: number, query = ''): Promise<PrinterStatus> {
  const answer = await get(port, `/local/printer${query}`);
  expect(answer.status, answer.body).toBe(200);
  return JSON.parse(answer.body) as PrinterStatus;
}

async function jobs(port: number, since: string, queue: string): Promise<CupsJob[]> {
  const answer = await get(port, `/local/print-jobs?since=${encodeURIComponent(since)}&printer=${queue}`);
  expect(answer.status, answer.body).toBe(200);
  return (JSON.parse(answer.body) as { jobs: CupsJob[] }).jobs;
}

function printPdf(port: number, query: string, body: string, headers: Record<string, string> = {}) {
  return post(port, `/local/print?${query}`, { 'Content-Type': 'application/pdf', ...headers }, body);
}

let defaultBefore: string | null = null;

beforeAll(() => {
  // Fail, not skip: a run without CUPS would otherwise pass while testing nothing.
  const scheduler = spawnSync('lpstat', ['-r'], { encoding: 'utf8', env: cupsEnv });
  if (scheduler.error || !/scheduler is running/.test(scheduler.stdout)) {
    throw new Error(`CUPS is not running (lpstat -r: ${scheduler.stdout.trim() || scheduler.error}): ${SETUP}`);
  }
  if (spawnSync(SYSTEM_PYTHON, ['-c', 'import cups']).status !== 0) {
    throw new Error(`${SYSTEM_PYTHON} cannot import cups (python3-cups): ${SETUP}`);
  }
  if (spawnSync('lpstat', ['-v', PDF_QUEUE], { env: cupsEnv }).status !== 0) {
    throw new Error(`no CUPS queue ${PDF_QUEUE}: ${SETUP}`);
  }
  defaultBefore = systemDefault();
  const ppd = run('lpinfo', ['-m'])
    .split('\n')
    .find((line) => /cups-pdf/i.test(line))
    ?.split(' ')[0];
  if (!ppd) throw new Error(`no cups-pdf driver (lpinfo -m): ${SETUP}`);
  // -E enables the queue and accepts jobs; lpadmin's "drivers are deprecated" warning goes to stderr.
  run('lpadmin', ['-p', readyQueue, '-E', '-v', 'cups-pdf:/', '-m', ppd]);
  // stop-printer: a failed job stops the queue, as a printer that ran out of paper should.
  run('lpadmin', ['-p', failQueue, '-E', '-v', 'chayue-fail:/', '-m', ppd, '-o', 'printer-error-policy=stop-printer']);
});

afterAll(() => {
  for (const queue of [readyQueue, failQueue]) spawnSync('lpadmin', ['-x', queue], { env: cupsEnv });
  expect(systemDefault()).toBe(defaultBefore);
});

describe('serve-static.py printing', () => {
  it('tells a ready queue, the default queue, and no queue at all', async () => {
    const port = await serve();
    const ready = await status(port, `?printer=${readyQueue}`);
    expect(ready).toMatchObject({ printer: readyQueue, state: 'ready', reasons: [] });
    expect(new Date(ready.checked).toISOString()).toBe(ready.checked);
    expect(Math.abs(Date.now() - Date.parse(ready.checked))).toBeLessThan(60_000);

    const fallback = await status(port);
    if (defaultBefore) expect(fallback.printer).toBe(defaultBefore);
    else expect(fallback).toMatchObject({ printer: null, state: 'none' });

    expect(await status(port, `?printer=${prefix}-nothing`)).toMatchObject({
      printer: null,
      state: 'none',
      reasons: [],
    });
  });

  it('says stopped for a disabled queue, and stopped with not-accepting-jobs for one that rejects jobs', async () => {
    const port = await serve();
    run('cupsdisable', [readyQueue]);
    try {
      expect(await status(port, `?printer=${readyQueue}`)).toMatchObject({ state: 'stopped' });
    } finally {
      run('cupsenable', [readyQueue]);
    }
    run('cupsreject', [readyQueue]);
    try {
      const rejecting = await status(port, `?printer=${readyQueue}`);
      expect(rejecting.state).toBe('stopped');
      expect(rejecting.reasons).toContain('not-accepting-jobs');
      expect(await printPdf(port, `copies=1&printer=${readyQueue}`, a4Pdf(1))).toMatchObject({
        status: 409,
        body: '{"error": "not-accepting"}',
      });
    } finally {
      run('cupsaccept', [readyQueue]);
    }
    expect(await status(port, `?printer=${readyQueue}`)).toMatchObject({ state: 'ready', reasons: [] });
  });

  it('follows a job on a printer out of paper: the queue stops with media-empty and the job never completes', async () => {
    const port = await serve();
    const since = new Date().toISOString();
    const sent = await printPdf(port, `copies=1&printer=${failQueue}`, a4Pdf(1));
    expect(sent.status, sent.body).toBe(200);
    const { id } = JSON.parse(sent.body) as { id: number };
    const stopped = await until('the failing queue to stop', async () => {
      const now = await status(port, `?printer=${failQueue}`);
      return now.state === 'stopped' ? now : undefined;
    });
    expect(stopped.reasons).toContain('media-empty'); // the backend's media-empty-error, without its ending
    const listed = await jobs(port, since, failQueue);
    expect(listed.map((job) => job.id)).toEqual([id]);
    // CUPS keeps the job (pending, "printer-stopped") to print once the tray is filled and the queue enabled again.
    expect(['pending', 'stopped', 'aborted']).toContain(listed[0]!.state);
    expect(listed[0]!.completed).toBeNull();
  });

  it('prints a PDF to CUPS at A4 full size and lists the job as completed with its sheets', async () => {
    const port = await serve();
    const since = new Date().toISOString();
    const title = `chayue-test-${process.pid}`;
    const sent = await printPdf(port, `copies=1&printer=${PDF_QUEUE}&title=${title}`, a4Pdf(2));
    expect(sent.status, sent.body).toBe(200);
    const { id } = JSON.parse(sent.body) as { id: number };
    expect(Number.isInteger(id)).toBe(true);

    const done = await until('the job to complete', async () => {
      const job = (await jobs(port, since, PDF_QUEUE)).find((listed) => listed.id === id);
      return job && job.state !== 'pending' && job.state !== 'processing' ? job : undefined;
    });
    expect(done.state).toBe('completed');
    expect(done.pages).toBeGreaterThanOrEqual(1);
    expect(Date.parse(done.created)).toBeGreaterThanOrEqual(Math.floor(Date.parse(since) / 1000) * 1000);
    expect(done.completed).not.toBeNull();
    // The options that keep the A4 pages at 100 % reached CUPS with the job (cups-pdf's own page is A4 either way).
    const options = run(SYSTEM_PYTHON, [
      '-c',
      'import cups, json, sys; a = cups.Connection().getJobAttributes(int(sys.argv[1])); ' +
        'print(json.dumps({k: a.get(k) for k in ("media", "print-scaling", "copies")}))',
      String(id),
    ]);
    expect(JSON.parse(options)).toEqual({ media: 'iso_a4_210x297mm', 'print-scaling': 'none', copies: 1 });

    const output = await until('cups-pdf output', async () =>
      readdirSync(PDF_OUT).find((name) => name.startsWith(`job_${id}-`) && name.endsWith('.pdf')),
    );
    const info = run('pdfinfo', [join(PDF_OUT, output)]);
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842(\.\d+)? pts/);
    await rm(join(PDF_OUT, output));
  });

  it('refuses what is not a PDF, too large, not from the kiosk page, or with bad copies or a bad queue name', async () => {
    const port = await serve();
    const pdf = a4Pdf(1);
    const refused = async (query: string, body: string, headers: Record<string, string> = {}) => {
      const answer = await printPdf(port, query, body, headers);
      return [answer.status, JSON.parse(answer.body) as unknown];
    };
    expect(await refused('copies=1', '<html>not a pdf</html>')).toEqual([415, { error: 'not-pdf' }]);
    expect(await refused('copies=1', pdf, { 'Content-Type': 'text/plain' })).toEqual([415, { error: 'not-pdf' }]);
    // Announced past the cap, nothing sent: refused from the header alone.
    expect(await refused('copies=1', '', { 'Content-Length': String(PDF_LIMIT + 1) })).toEqual([
      413,
      { error: 'too-large' },
    ]);
    for (const copies of ['0', '51', '1.5', '-1', 'two', '', '001']) {
      expect(await refused(`copies=${copies}`, pdf), copies).toEqual([400, { error: 'bad-copies' }]);
    }
    expect(await refused('printer=chayue-pdf', pdf)).toEqual([400, { error: 'bad-copies' }]);
    for (const name of ['a/b', '..%2Fx', 'x%20y', '%24(id)', 'a;b', 'x'.repeat(128)]) {
      expect(await refused(`copies=1&printer=${name}`, pdf), name).toEqual([400, { error: 'bad-printer' }]);
    }
    expect(await refused(`copies=1&title=${'t'.repeat(201)}`, pdf)).toEqual([400, { error: 'bad-title' }]);
    expect(await refused('copies=1&title=a%0Ab', pdf)).toEqual([400, { error: 'bad-title' }]);
    expect(await refused(`copies=1&printer=${prefix}-nothing`, pdf)).toEqual([409, { error: 'no-printer' }]);

    const foreign = [
      await printPdf(port, 'copies=1', pdf, { Origin: 'https://evil.example' }),
      await printPdf(port, 'copies=1', pdf, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` }),
      await get(port, '/local/printer', { Host: `evil.example:${port}` }),
      await get(port, '/local/printer', { Origin: 'https://evil.example' }),
      await get(port, '/local/print-jobs?since=2026-01-01T00:00:00Z', { Host: `evil.example:${port}` }),
    ];
    expect(foreign.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403]);

    for (const query of ['', '?since=yesterday', '?since=2026-01-01', '?since=2026-13-01T00:00:00Z']) {
      expect((await get(port, `/local/print-jobs${query}`)).status, query).toBe(400);
    }
    expect((await get(port, '/local/printer?printer=a/b')).status).toBe(400);
  });

  it('starts and says cups-unavailable when CUPS cannot be reached or pycups is missing', async () => {
    const unreachable = await serve([SYSTEM_PYTHON], { ...process.env, CUPS_SERVER: '/nonexistent/cups.sock' });
    // -S leaves out site-packages, where Debian's python3-cups lives: a terminal without it.
    const withoutPycups = await serve([SYSTEM_PYTHON, '-S']);
    for (const port of [unreachable, withoutPycups]) {
      expect(await status(port)).toMatchObject({ state: 'offline', reasons: ['cups-unavailable'] });
      expect(await printPdf(port, 'copies=1', a4Pdf(1))).toMatchObject({
        status: 503,
        body: '{"error": "cups-unavailable"}',
      });
      expect((await get(port, '/local/print-jobs?since=2026-01-01T00:00:00Z')).status).toBe(503);
      expect((await get(port, '/')).status).toBe(200);
    }
  });
});
