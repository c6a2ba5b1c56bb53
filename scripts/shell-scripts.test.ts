// Every shell script the repository holds (the launcher and its helpers, CI, the test printer's set-up) passes shellcheck.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

// Not the project's own files: installed, built or written by runs (a walk, not git, which a machine may lack).
const SKIP = new Set([
  '.git',
  'node_modules',
  'dist',
  'dev-dist',
  '.cache',
  '.bench-cache',
  'test-results',
  'playwright-report',
]);

/** The repository's shell scripts: by their name, or by a shell in their first line. */
function shellScripts(dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : shellScripts(path);
    if (!entry.isFile()) return [];
    if (entry.name.endsWith('.sh')) return [path];
    if (entry.name.includes('.') && !entry.name.startsWith('.')) return [];
    const first = readFileSync(join(root, path)).subarray(0, 64).toString('utf8');
    return /^#!\/(usr\/)?bin\/(env )?(ba)?sh\b/.test(first) ? [path] : [];
  });
}

describe('shell scripts', () => {
  const scripts = shellScripts();

  it('are found: the launcher, its helpers, CI and the test printer set-up among them', () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        '.ci/run',
        'scripts/kiosk-launch.sh',
        'scripts/kiosk/chayue-session',
        'scripts/kiosk/setup-test-printer.sh',
        'scripts/ci-fresh-debian.sh',
      ]),
    );
  });

  // .ci/run installs shellcheck; a developer's machine may lack it, and the skip says so.
  if (spawnSync('shellcheck', ['--version']).status === 0) {
    it('pass shellcheck', () => {
      const result = spawnSync('shellcheck', ['-x', ...scripts], { cwd: root, encoding: 'utf8' });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  } else {
    it.skip('pass shellcheck (skipped: shellcheck is not installed; sudo apt-get install shellcheck)', () => {});
  }
});
