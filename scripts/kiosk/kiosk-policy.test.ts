// The kiosk's Chromium policy closes what a page cannot (developer tools, chrome:// pages, other sites, history) and is
// installed for the terminal's own port, so the kiosk page itself is never the one blocked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const readPolicy = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function install(args: string[], policyDirs: string[]) {
  return spawnSync('bash', [join(here, 'install-terminal-packages.sh'), '--policy-only', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHAYUE_PORT: '', CHAYUE_POLICY_ALLOW: '', CHAYUE_POLICY_DIRS: policyDirs.join(':') },
  });
}

describe('the kiosk policy', () => {
  it('is valid JSON that turns off what a public terminal must not offer', () => {
    const policy = readPolicy(join(here, 'chayue-policy.json'));
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      PasswordManagerEnabled: false,
      SavingBrowserHistoryDisabled: true,
      AutofillAddressEnabled: false,
      AutofillCreditCardEnabled: false,
      BrowserSignin: 0,
      IncognitoModeAvailability: 1,
      TranslateEnabled: false,
      PrintingEnabled: true,
      // Dangerous file types only: the staff figures export (CSV or Excel, saved by the app) must still go through.
      DownloadRestrictions: 1,
      PromptForDownloadLocation: false,
      // A closed window must end Chromium, so the launcher starts it again.
      BackgroundModeEnabled: false,
    });
    const blocked = policy.URLBlocklist as string[];
    for (const pattern of [
      'http://*',
      'https://*',
      'chrome://*',
      'file://*',
      'javascript://*',
      'view-source:*',
      'chrome-extension://*',
      'devtools://*',
    ]) {
      expect(blocked).toContain(pattern);
    }
    // Allowed: the app's own origin, and what silent printing itself loads; nothing else.
    expect(policy.URLAllowlist).toEqual([
      'http://localhost:4180',
      'http://127.0.0.1:4180',
      'chrome://print',
      'chrome-untrusted://print',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai',
    ]);
  });

  it("installs into every policy folder for the terminal's port and the origins it opens, readable by all", () => {
    const root = mkdtempSync(join(tmpdir(), 'chayue-policy-test-'));
    dirs.push(root);
    const folders = [join(root, 'chromium'), join(root, 'chrome')];
    const result = install(['--port', '4181', '--allow', 'https://kiosk.example.gov.cn'], folders);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const folder of folders) {
      const file = join(folder, 'chayue-kiosk.json');
      expect(statSync(file).mode & 0o777).toBe(0o644);
      const policy = readPolicy(file);
      expect(policy.URLAllowlist).toEqual(
        expect.arrayContaining(['http://localhost:4181', 'http://127.0.0.1:4181', 'https://kiosk.example.gov.cn']),
      );
      expect(policy.URLAllowlist).not.toContain('http://localhost:4180');
      expect(policy.DeveloperToolsAvailability).toBe(2);
    }
  });

  it('refuses an allowed "origin" that would open more than one site, and installs nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'chayue-policy-test-'));
    dirs.push(root);
    for (const origin of [
      'https://kiosk.example.gov.cn/path',
      '*',
      'javascript:alert(1)',
      'file:///etc',
      'example.com',
    ]) {
      const result = install(['--allow', origin], [join(root, 'managed')]);
      expect(result.status, origin).not.toBe(0);
      expect(result.stderr).toMatch(/--allow takes an origin/);
    }
    expect(existsSync(join(root, 'managed'))).toBe(false);
  });
});
