// The terminal's local server refuses bad and escaping paths, tells a changed file by its content (never by a 1-second
// timestamp), and takes the page's sign of life only from the terminal's own origin.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { get, post, startServer } from './serve-static-harness';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Served {
  root: string;
  dist: string;
  port: number;
  aliveFile: string;
}

async function serve(): Promise<Served> {
  const root = await mkdtemp(join(tmpdir(), 'chayue-serve-test-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>查阅</title>');
  await writeFile(join(dist, 'assets', 'app.js'), 'export const app = 1;');
  await writeFile(join(root, 'outside.txt'), 'not for the kiosk');
  const aliveFile = join(root, 'alive');
  // python3 from PATH, which may lack python3-cups: the server must start and serve files without it.
  const port = await startServer({ dist, workdir: root, aliveFile, onCleanup: (stop) => cleanups.push(stop) });
  return { root, dist, port, aliveFile };
}

describe('serve-static.py', () => {
  it('answers 400 to a path with a NUL, a control character or bytes that are not UTF-8, and keeps serving', async () => {
    const { port } = await serve();
    for (const path of [
      '/%00',
      '/index.html%00.txt',
      '/assets/%00/app.js',
      '/a%0ab',
      '/%7f',
      '/%ff%fe',
      '/%c0%ae%c0%ae/',
    ]) {
      expect((await get(port, path)).status, path).toBe(400);
    }
    // Raw bytes above ASCII in the request line, as a hand-made client could send them.
    expect((await get(port, '/\u00e9')).status).toBe(400);
    expect((await get(port, '/')).status).toBe(200);
  });

  it('refuses a symlink that leads out of the served folder, and still follows one that stays inside', async () => {
    const { root, dist, port } = await serve();
    await symlink('/etc/passwd', join(dist, 'passwd'));
    await symlink(join(root, 'outside.txt'), join(dist, 'outside.txt'));
    await symlink(root, join(dist, 'up'));
    await symlink(join(dist, 'assets', 'app.js'), join(dist, 'same-app.js'));
    for (const path of ['/passwd', '/outside.txt', '/up/outside.txt']) {
      const answer = await get(port, path);
      expect([403, 404], path).toContain(answer.status);
      expect(answer.body).not.toMatch(/root:|not for the kiosk/);
    }
    expect(await get(port, '/same-app.js')).toMatchObject({ status: 200, body: 'export const app = 1;' });
  });

  it('refuses ".." in every spelling instead of quietly serving another file', async () => {
    const { port } = await serve();
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/%2E%2E%2Foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/.%2e/outside.txt',
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
    ]) {
      const answer = await get(port, path);
      expect([400, 403, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toMatch(/not for the kiosk|查阅/);
    }
  });

  it('gives each version of a file its own strong ETag, 304 only for a matching If-None-Match, never from a date', async () => {
    const { dist, port } = await serve();
    const manifest = join(dist, 'manifest.json');
    await writeFile(manifest, '{"version":1}');
    const first = await get(port, '/manifest.json');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const tag = first.headers.etag!;
    expect(tag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(await get(port, '/manifest.json', { 'If-None-Match': tag })).toMatchObject({ status: 304, body: '' });
    expect((await get(port, '/manifest.json', { 'If-None-Match': `"other", ${tag}` })).status).toBe(304);
    // An unchanged file is still sent whole to a date: the date proves nothing.
    expect((await get(port, '/manifest.json', { 'If-Modified-Since': first.headers['last-modified']! })).status).toBe(
      200,
    );

    // The next release, written in the same second, the same size, even with the very same mtime.
    const before = await stat(manifest, { bigint: true });
    await writeFile(manifest, '{"version":2}');
    await utimes(manifest, before.atime, before.mtime);
    const second = await get(port, '/manifest.json', {
      'If-None-Match': tag,
      'If-Modified-Since': first.headers['last-modified']!,
    });
    expect(second).toMatchObject({ status: 200, body: '{"version":2}' });
    expect(second.headers.etag).not.toBe(tag);
    expect((await get(port, '/manifest.json', { 'If-Modified-Since': second.headers['last-modified']! })).status).toBe(
      200,
    );
    expect((await get(port, '/manifest.json', { 'If-None-Match': second.headers.etag! })).status).toBe(304);
  });

  it('records the page signs of life from its own origin, and refuses them from anywhere else', async () => {
    const { port, aliveFile } = await serve();
    // The probe: a plain static server answers 404 (or index.html) here, so 204 says "the terminal's own server".
    expect((await get(port, '/local/alive')).status).toBe(204);
    expect(existsSync(aliveFile)).toBe(false);

    expect((await post(port, '/local/alive', {}, '{}')).status).toBe(204);
    const once = await readFile(aliveFile, 'utf8');
    expect(
      (await post(port, '/local/alive', { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}` })).status,
    ).toBe(204);
    expect(await readFile(aliveFile, 'utf8')).not.toBe(once);

    const refused = [
      await post(port, '/local/alive', { Origin: 'https://evil.example' }),
      await post(port, '/local/alive', { Origin: `http://localhost:${port + 1}` }),
      // DNS rebinding: a foreign name that resolves to 127.0.0.1.
      await post(port, '/local/alive', { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` }),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([403, 403, 403]);
    expect((await post(port, '/local/alive', {}, 'x'.repeat(100_000))).status).toBe(413);
    expect((await post(port, '/index.html')).status).toBe(405);
    expect((await post(port, '/local/other')).status).toBe(404);
  });
});
