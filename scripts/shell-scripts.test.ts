// Every shell script the repository holds (the launcher and its helpers, CI, the test printer's set-up) passes shellcheck.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Tracked files that are shell scripts: by their name, or by a shell in their first line. */
function shellScripts(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  return files.filter((file) => {
    if (file.endsWith('.sh')) return true;
    if (/\.[a-z]+$/i.test(file.split('/').pop()!)) return false;
    const first = readFileSync(join(root, file)).subarray(0, 64).toString('utf8');
    return /^#!\/(usr\/)?bin\/(env )?(ba)?sh\b/.test(first);
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
