// The kiosk launcher keeps a terminal on the app unattended: the right Chromium flags, a local server that serves the build as pdf.js needs it, restarts with a growing wait, and nothing left behind when it stops.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const launcher = join(import.meta.dirname, '..', 'kiosk-launch.sh');

// A stand-in for Chromium. Run n records its pid, start time and arguments, then follows step n of FAKE_PLAN
// ("SECONDS:CODE", or "hold:CODE" to wait for a release.N file; the last step repeats) and exits with CODE.
const fakeBrowser = `#!/usr/bin/env bash
if [ "$1" = --version ]; then echo "Chromium \${FAKE_VERSION:-120.0.6099.0} built on Debian"; exit 0; fi
dir=$(dirname "$0")
n=$(( $(cat "$dir/count" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$dir/count"
read -r -a plan <<< "\${FAKE_PLAN:-0:1}"
step=\${plan[n-1]:-\${plan[-1]}}
sleeper=""
trap 'echo TERM > "$dir/term.$n"; [ -n "$sleeper" ] && kill "$sleeper"; exit 143' TERM
echo "$$" > "$dir/pid.$n"
echo "\${EPOCHREALTIME/,/.}" > "$dir/start.$n"
printf '%s\\n' "$@" > "$dir/args.tmp" && mv "$dir/args.tmp" "$dir/args.$n"
if [ "\${step%%:*}" = hold ]; then
  while [ ! -e "$dir/release.$n" ]; do sleep 0.05 & sleeper=$!; wait "$sleeper"; done
else
  sleep "\${step%%:*}" & sleeper=$!; wait "$sleeper"
fi
exit "\${step##*:}"
`;

interface Launch {
  child: ChildProcess;
  dir: string;
  log: () => string;
  exited: Promise<number | null>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chayue-launch-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

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

async function launch(env: Record<string, string>, args: string[] = []): Promise<Launch> {
  const dir = await tempDir();
  const fake = join(dir, 'fake-chromium');
  await writeFile(fake, fakeBrowser);
  await chmod(fake, 0o755);
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('CHAYUE_') && !key.startsWith('CHROMIUM') && key !== 'XDG_DATA_HOME',
    ),
  );
  const child = spawn('bash', [launcher, ...args], {
    env: { ...inherited, HOME: dir, TMPDIR: dir, CHROMIUM: fake, CHAYUE_PORT: '0', CHAYUE_BACKOFF_MS: '100', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    // Fakes orphaned by a SIGKILL test must not outlive it.
    for (const name of await readdir(dir).catch(() => [])) {
      if (!name.startsWith('pid.')) continue;
      const pid = Number(await readFile(join(dir, name), 'utf8'));
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  return { child, dir, log: () => log, exited };
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const runCount = async (launch: Launch) => Number(await readFile(join(launch.dir, 'count'), 'utf8').catch(() => '0'));
const argsOf = async (launch: Launch, run: number) =>
  (await readFile(join(launch.dir, `args.${run}`), 'utf8')).trimEnd().split('\n');
const waitForRun = (launch: Launch, run: number) =>
  waitFor(
    `Chromium run ${run}\n${launch.log()}`,
    () => existsSync(join(launch.dir, `args.${run}`)) && argsOf(launch, run),
  );

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

  it('restarts Chromium each time it exits, doubling the wait after each quick exit up to the ceiling', async () => {
    const run = await launch({ FAKE_PLAN: '0:1', CHAYUE_BACKOFF_MAX_MS: '400' }, [
      'https://kiosk.example.gov.cn/?site=yunxi',
    ]);
    await waitForRun(run, 5);
    run.child.kill('SIGTERM');
    await run.exited;

    for (let n = 1; n <= 5; n++) expect((await argsOf(run, n)).at(-1)).toBe('https://kiosk.example.gov.cn/?site=yunxi');
    expect(run.log()).not.toMatch(/serving/);
    expect(run.log()).toMatch(/Chromium exited with code 1 after [\d.]+ s; restarting in 0\.100 s/);
    expect(announcedWaits(run.log()).slice(0, 4)).toEqual([0.1, 0.2, 0.4, 0.4]);
    // The waits really happen: each start comes at least the announced wait after the one before (a lower bound holds on a loaded machine).
    const starts = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => Number(await readFile(join(run.dir, `start.${n}`), 'utf8')) * 1000),
    );
    const gaps = starts.slice(1).map((start, i) => start - starts[i]!);
    [100, 200, 400, 400].forEach((wait, i) => expect(gaps[i]).toBeGreaterThanOrEqual(wait));
  });

  it('goes back to the shortest wait after a run that lasted', async () => {
    const run = await launch({ FAKE_PLAN: '0:1 0:1 0:1 1.5:0 0:1', CHAYUE_STABLE_MS: '1000' }, [
      'https://kiosk.example.gov.cn/',
    ]);
    await waitForRun(run, 6);
    run.child.kill('SIGTERM');
    await run.exited;
    expect(announcedWaits(run.log()).slice(0, 5)).toEqual([0.1, 0.2, 0.4, 0.1, 0.2]);
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
    cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
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

  // Optional: shellcheck is not part of the CI install; the skip says so.
  if (spawnSync('shellcheck', ['--version']).status === 0) {
    it('passes shellcheck', () => {
      const result = spawnSync('shellcheck', [launcher, join(import.meta.dirname, 'install-terminal-packages.sh')], {
        encoding: 'utf8',
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  } else {
    it.skip('passes shellcheck (skipped: shellcheck is not installed; sudo apt-get install shellcheck)', () => {});
  }
});
