// Runs scripts/kiosk-launch.sh for a test with a fake Chromium on it and stops it after: shared by the launcher's tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const launcher = join(import.meta.dirname, '..', 'kiosk-launch.sh');

// A stand-in for Chromium. Run n records its pid, start time and arguments, then follows step n of FAKE_PLAN
// ("SECONDS:CODE", or "hold:CODE" to wait for a release.N file; the last step repeats) and exits with CODE.
// With FAKE_ALIVE_S it plays a live page: POST /local/alive to the server of its URL every FAKE_ALIVE_S seconds, the
// first after FAKE_ALIVE_AFTER_S (default 0).
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
if [ -n "\${FAKE_ALIVE_S:-}" ]; then
  page=\${!#}; port=\${page#http://localhost:}; port=\${port%%/*}
  (
    sleep "\${FAKE_ALIVE_AFTER_S:-0}"
    while kill -0 $$ 2>/dev/null; do
      if exec 3<>"/dev/tcp/127.0.0.1/$port"; then
        printf 'POST /local/alive HTTP/1.0\\r\\nHost: localhost:%s\\r\\nOrigin: http://localhost:%s\\r\\nContent-Length: 0\\r\\n\\r\\n' "$port" "$port" >&3
        cat <&3 >/dev/null
        exec 3<&-
      fi
      sleep "$FAKE_ALIVE_S"
    done
  ) &
fi
echo "\${EPOCHREALTIME/,/.}" > "$dir/start.$n"
printf '%s\\n' "$@" > "$dir/args.tmp" && mv "$dir/args.tmp" "$dir/args.$n"
if [ "\${step%%:*}" = hold ]; then
  while [ ! -e "$dir/release.$n" ]; do sleep 0.05 & sleeper=$!; wait "$sleeper"; done
else
  sleep "\${step%%:*}" & sleeper=$!; wait "$sleeper"
fi
exit "\${step##*:}"
`;

export interface Launch {
  child: ChildProcess;
  dir: string;
  log: () => string;
  exited: Promise<number | null>;
}

export interface LaunchHarness {
  /** A folder removed after the test. */
  tempDir: () => Promise<string>;
  /** Starts the launcher with a fake Chromium (FAKE_PLAN and friends in env), stopped after the test. */
  launch: (env: Record<string, string>, args?: string[]) => Promise<Launch>;
  /** Something else to undo after the test; the last added runs first. */
  onCleanup: (cleanup: () => Promise<void> | void) => void;
  /** For afterEach. */
  cleanUp: () => Promise<void>;
}

export function launchHarness(): LaunchHarness {
  const cleanups: (() => Promise<void> | void)[] = [];
  const onCleanup = (cleanup: () => Promise<void> | void) => void cleanups.push(cleanup);

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'chayue-launch-test-'));
    onCleanup(() => rm(dir, { recursive: true, force: true }));
    return dir;
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
      env: {
        ...inherited,
        HOME: dir,
        TMPDIR: dir,
        CHROMIUM: fake,
        CHAYUE_PORT: '0',
        CHAYUE_POLICY_DIRS: join(dir, 'no-policy'),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    onCleanup(async () => {
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

  return {
    tempDir,
    launch,
    onCleanup,
    cleanUp: async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}

export async function waitFor<T>(
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

export const runCount = async (launch: Launch) =>
  Number(await readFile(join(launch.dir, 'count'), 'utf8').catch(() => '0'));
export const argsOf = async (launch: Launch, run: number) =>
  (await readFile(join(launch.dir, `args.${run}`), 'utf8')).trimEnd().split('\n');
export const waitForRun = (launch: Launch, run: number) =>
  waitFor(
    `Chromium run ${run}\n${launch.log()}`,
    () => existsSync(join(launch.dir, `args.${run}`)) && argsOf(launch, run),
  );
