// The kiosk launcher keeps a terminal on the app unattended: the right Chromium flags, a local server that serves the build as pdf.js needs it, restarts at once (a hung page too), no history kept, and nothing left behind when it stops.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { argsOf, launchHarness, runCount, waitFor, waitForRun } from './kiosk-launch-harness';

const { launch, tempDir, onCleanup, cleanUp } = launchHarness();
afterEach(cleanUp);

/** A built app in miniature: what the server must get right for the kiosk and pdf.js. */
async function fixtureDist(root: string): Promise<string> {
  const dist = join(root, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await mkdir(join(dist, 'pdfjs', 'cmaps'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>查阅</title>');
  await writeFile(join(dist, 'assets', 'pdf.worker.min.mjs'), 'export const worker = 1;');
  await writeFile(join(dist, 'pdfjs', 'openjpeg.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  await writeFile(join(dist, 'pdfjs', 'cmaps', 'UniGB-UCS2-H.bcmap'), new Uint8Array([1, 2, 3]));
  await writeFile(join(root, 'outside.txt'), 'not for the kiosk');
  return dist;
}

/** Raw GET on 127.0.0.1, so the path is sent exactly as written (no URL normalisation of "..") */
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function portOf(url: string): number {
  const match = /^http:\/\/localhost:(\d+)\/$/.exec(url);
  if (!match) throw new Error(`not a localhost URL: ${url}`);
  return Number(match[1]);
}

/** The waits the launcher announced, in seconds. */
const announcedWaits = (log: string) => [...log.matchAll(/restarting in ([\d.]+) s/g)].map((m) => Number(m[1]));

describe('kiosk-launch.sh', () => {
  it('serves the build on localhost and opens it in kiosk Chromium with a persistent profile and background networking off', async () => {
    const root = await tempDir();
    const profile = join(root, 'profile');
    const run = await launch({ CHAYUE_DIST: await fixtureDist(root), CHAYUE_PROFILE: profile, FAKE_PLAN: 'hold:0' });
    const args = await waitForRun(run, 1);

    for (const flag of [
      '--kiosk',
      '--kiosk-printing',
      '--noerrdialogs',
      '--disable-session-crashed-bubble',
      '--overscroll-history-navigation=0',
      '--disable-pinch',
      '--disable-features=Translate',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ]) {
      expect(args).toContain(flag);
    }
    // A terminal keeps Chromium's sandbox; only the test machine's own runs drop it.
    expect(args).not.toContain('--no-sandbox');
    expect(existsSync(profile)).toBe(true);
    const port = portOf(args.at(-1)!);

    const index = await get(port, '/');
    expect(index).toMatchObject({ status: 200, body: '<!doctype html><title>查阅</title>' });
    expect(index.type).toMatch(/^text\/html/);
    // pdf.js refuses a module worker served with another type, and WebAssembly.instantiateStreaming needs application/wasm.
    expect((await get(port, '/assets/pdf.worker.min.mjs')).type).toMatch(/^text\/javascript/);
    expect((await get(port, '/pdfjs/openjpeg.wasm')).type).toBe('application/wasm');
    expect((await get(port, '/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).status).toBe(200);
    // The app reads a 404 as "unsigned package": no index.html fallback, no folder listing, nothing outside the build.
    expect((await get(port, '/manifest.sig')).status).toBe(404);
    expect((await get(port, '/pdfjs/cmaps/')).status).toBe(404);
    expect((await get(port, '/../outside.txt')).status).toBe(404);
    expect((await get(port, '/%2e%2e/outside.txt')).status).toBe(404);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(existsSync(join(run.dir, 'term.1'))).toBe(true);
    await expect(get(port, '/')).rejects.toThrow(/ECONNREFUSED/);
    expect((await readdir(run.dir)).filter((name) => name.startsWith('chayue-kiosk.'))).toEqual([]);
  });

  it('restarts Chromium at once each time it exits, with no growing gap however often it crashes', async () => {
    const run = await launch({ FAKE_PLAN: '0:1' }, ['https://kiosk.example.gov.cn/?site=yunxi']);
    await waitForRun(run, 7);
    run.child.kill('SIGTERM');
    await run.exited;

    for (let n = 1; n <= 7; n++) expect((await argsOf(run, n)).at(-1)).toBe('https://kiosk.example.gov.cn/?site=yunxi');
    expect(run.log()).not.toMatch(/serving/);
    expect(run.log()).toMatch(/Chromium exited with code 1 after [\d.]+ s; restarting in 0\.500 s/);
    expect(new Set(announcedWaits(run.log()).slice(0, 6))).toEqual(new Set([0.5]));
    // Measured, not only announced: every gap is the short pause (plus a loaded machine's slack), the last no longer than the first.
    const starts = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7].map(async (n) => Number(await readFile(join(run.dir, `start.${n}`), 'utf8')) * 1000),
    );
    const gaps = starts.slice(1).map((start, i) => start - starts[i]!);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(500);
      expect(gap).toBeLessThan(2000);
    }
    expect(gaps.at(-1)!).toBeLessThan(gaps[0]! + 1000);
    // A crash loop is said once in the log, plainly, and the restarts go on.
    expect(run.log().match(/keeps exiting/g)).toHaveLength(1);
  });

  it('stops and restarts Chromium when its page sends no sign of life to the local server in time', async () => {
    const root = await tempDir();
    const run = await launch({
      CHAYUE_DIST: await fixtureDist(root),
      FAKE_PLAN: 'hold:0',
      CHAYUE_ALIVE_TIMEOUT_MS: '1000',
      CHAYUE_ALIVE_GRACE_MS: '1500',
    });
    await waitForRun(run, 1);
    await waitForRun(run, 2);
    expect(existsSync(join(run.dir, 'term.1'))).toBe(true);
    expect(run.log()).toMatch(/no sign of life from the page for [\d.]+ s, stopping Chromium/);
  });

  it('leaves a page alone that keeps signalling, even when its first sign comes late', async () => {
    const root = await tempDir();
    const run = await launch({
      CHAYUE_DIST: await fixtureDist(root),
      FAKE_PLAN: '4:0 hold:0',
      FAKE_ALIVE_S: '0.3',
      FAKE_ALIVE_AFTER_S: '1.5',
      CHAYUE_ALIVE_TIMEOUT_MS: '1000',
      CHAYUE_ALIVE_GRACE_MS: '3000',
    });
    await waitForRun(run, 2);
    expect(existsSync(join(run.dir, 'term.1'))).toBe(false);
    expect(run.log()).not.toMatch(/no sign of life/);
    expect(run.log()).toMatch(/Chromium exited with code 0 after [4-9]\.\d+ s/);
  });

  it('does not watch for signs of life on a page it does not serve', async () => {
    const run = await launch(
      { FAKE_PLAN: '2.5:0 hold:0', CHAYUE_ALIVE_TIMEOUT_MS: '500', CHAYUE_ALIVE_GRACE_MS: '500' },
      ['https://kiosk.example.gov.cn/'],
    );
    await waitForRun(run, 2);
    expect(existsSync(join(run.dir, 'term.1'))).toBe(false);
  });

  it("wipes the profile's history and session files before every start, keeping the app's data", async () => {
    const root = await tempDir();
    const profile = join(root, 'profile');
    const traces = [
      'History',
      'History-journal',
      'Visited Links',
      'Top Sites',
      'Shortcuts',
      'Current Session',
      'Sessions/Session_1',
    ];
    const kept = [
      'Preferences',
      'IndexedDB/http_localhost_4180.indexeddb.leveldb/000001.log',
      'Service Worker/Database/CURRENT',
    ];
    const plant = async (names: string[]) => {
      for (const name of names) {
        await mkdir(join(profile, 'Default', name, '..'), { recursive: true });
        await writeFile(join(profile, 'Default', name), 'https://x/#/search?q=110105198001011234');
      }
    };
    await plant([...traces, ...kept]);
    const run = await launch({ CHAYUE_PROFILE: profile, FAKE_PLAN: 'hold:1' }, ['http://localhost:9/']);
    await waitForRun(run, 1);
    for (const name of traces) expect(existsSync(join(profile, 'Default', name)), name).toBe(false);
    for (const name of kept) expect(existsSync(join(profile, 'Default', name)), name).toBe(true);

    await plant(['History']); // written during run 1
    await writeFile(join(run.dir, 'release.1'), '');
    await waitForRun(run, 2);
    expect(existsSync(join(profile, 'Default', 'History'))).toBe(false);
  });

  it('warns at start when the kiosk policy is not installed for the browser, and not when it is', async () => {
    const missing = await launch({ FAKE_PLAN: 'hold:0' }, ['http://localhost:9/']);
    await waitForRun(missing, 1);
    expect(missing.log()).toMatch(
      /warning: the kiosk policy is not installed .*no-policy.*install-terminal-packages\.sh --policy-only/,
    );

    const dir = await tempDir();
    await mkdir(join(dir, 'managed'));
    const policy = JSON.parse(await readFile(join(import.meta.dirname, 'chayue-policy.json'), 'utf8')) as {
      URLAllowlist: string[];
    };
    await writeFile(join(dir, 'managed', 'chayue-kiosk.json'), JSON.stringify(policy));
    // Installed, but for the default port: a page on another origin is not covered.
    const elsewhere = await launch({ FAKE_PLAN: 'hold:0', CHAYUE_POLICY_DIRS: join(dir, 'managed') }, [
      'https://kiosk.example.gov.cn/',
    ]);
    await waitForRun(elsewhere, 1);
    expect(elsewhere.log()).toMatch(/warning: the kiosk policy .* does not allow https:\/\/kiosk\.example\.gov\.cn/);

    policy.URLAllowlist.push('https://kiosk.example.gov.cn');
    await writeFile(join(dir, 'managed', 'chayue-kiosk.json'), JSON.stringify(policy));
    const covered = await launch({ FAKE_PLAN: 'hold:0', CHAYUE_POLICY_DIRS: join(dir, 'managed') }, [
      'https://kiosk.example.gov.cn/',
    ]);
    await waitForRun(covered, 1);
    expect(covered.log()).toMatch(/kiosk policy installed: .*chayue-kiosk\.json/);
    expect(covered.log()).not.toMatch(/warning/);
  });

  it('test mode opens a window, not the kiosk, with a profile of its own', async () => {
    const run = await launch({ FAKE_PLAN: 'hold:0' }, ['--test', 'http://localhost:9/']);
    const args = await waitForRun(run, 1);
    expect(args).not.toContain('--kiosk');
    expect(args).toContain('--window-size=1366,768');
    expect(args).toContain(`--user-data-dir=${join(run.dir, '.local/share/chayue/profile-test')}`);

    const kiosk = await launch({ FAKE_PLAN: 'hold:0' }, ['http://localhost:9/']);
    expect(await waitForRun(kiosk, 1)).toContain(`--user-data-dir=${join(kiosk.dir, '.local/share/chayue/profile')}`);
  });

  it('says in its log which Chromium it found, and plainly when it is below the floor of 90, yet still starts it', async () => {
    const current = await launch({ FAKE_PLAN: 'hold:0' }, ['http://localhost:9/']);
    await waitForRun(current, 1);
    expect(current.log()).toContain('is Chromium 120 (the floor is 90)');

    const old = await launch({ FAKE_PLAN: 'hold:0', FAKE_VERSION: '86.0.4240.0' }, ['http://localhost:9/']);
    // The page itself then shows staff what is needed (browser-unsupported), so the browser still starts.
    await waitForRun(old, 1);
    expect(old.log()).toContain('is Chromium 86, below the floor: 需要 Chromium 90 或更新版本的浏览器');
  });

  it('starts the local server again when it died, before the next Chromium', async () => {
    const root = await tempDir();
    const run = await launch({ CHAYUE_DIST: await fixtureDist(root), FAKE_PLAN: 'hold:1 hold:0' });
    const first = await waitForRun(run, 1);
    const serverPid = Number(/serving .* \(pid (\d+)\)/.exec(run.log())![1]);
    process.kill(serverPid, 'SIGKILL');
    await waitFor('the server to die', () =>
      get(portOf(first.at(-1)!), '/').then(
        () => false,
        () => true,
      ),
    );
    await writeFile(join(run.dir, 'release.1'), '');

    const second = await waitForRun(run, 2);
    expect(run.log()).toMatch(/the local server had stopped/);
    expect((await get(portOf(second.at(-1)!), '/')).status).toBe(200);
  });

  it('leaves no server behind when the launcher is killed outright', async () => {
    const root = await tempDir();
    const run = await launch({ CHAYUE_DIST: await fixtureDist(root), FAKE_PLAN: 'hold:0' });
    const port = portOf((await waitForRun(run, 1)).at(-1)!);
    expect((await get(port, '/')).status).toBe(200);
    run.child.kill('SIGKILL');
    await run.exited;
    // Otherwise the orphan keeps the fixed port and every later start fails.
    await waitFor(
      'the orphaned server to exit',
      () =>
        get(port, '/').then(
          () => false,
          () => true,
        ),
      10_000,
    );
  });

  it('stops with a message, and no browser, when the port is taken or there is no build', async () => {
    const root = await tempDir();
    const dist = await fixtureDist(root);
    const taken = createServer().listen(0, '127.0.0.1');
    onCleanup(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as { port: number }).port;

    const busy = await launch({ CHAYUE_DIST: dist, CHAYUE_PORT: String(port) });
    expect(await busy.exited).toBe(1);
    expect(busy.log()).toMatch(/port \d+ in use\? set CHAYUE_PORT/);
    expect(await runCount(busy)).toBe(0);

    const unbuilt = await launch({ CHAYUE_DIST: join(root, 'nothing-here') });
    expect(await unbuilt.exited).toBe(1);
    expect(unbuilt.log()).toMatch(/npm run build/);
    expect(await runCount(unbuilt)).toBe(0);
  });
});
