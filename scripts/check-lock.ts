// Fails when package-lock.json is out of step with package.json, as `npm ci` on a fresh clone would.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A dry run in a scratch folder reads both files the way a fresh clone's `npm ci` does, without touching node_modules.
const scratch = mkdtempSync(join(tmpdir(), 'chayue-lock-'));
try {
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(file, join(scratch, file));
  execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: scratch,
    stdio: 'pipe',
  });
  console.log('package-lock.json is in sync with package.json');
} catch (error) {
  const output = String((error as { stderr?: Buffer }).stderr ?? error);
  console.error(
    `package-lock.json is out of sync with package.json: run "npm install" and commit the lock.\n${output}`,
  );
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
