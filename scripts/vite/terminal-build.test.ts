// A build for terminals must carry no config whose PINs are in the README or that takes unsigned packages, and no demo.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demoConfigReasons,
  keepConfigForTerminal,
  keepPublicForTerminal,
  terminalBuildProblems,
} from './terminal-build.ts';

const demo = JSON.parse(readFileSync(new URL('../../kiosk-config/default.json', import.meta.url), 'utf8'));

/** A PIN entry as scripts/hash-pin.ts makes it; fewer rounds, since the check uses whatever the entry says. */
function entryFor(pin: string, iterations = 1000) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return { salt: salt.toString('base64'), iterations, hash: hash.toString('base64') };
}

const siteConfig = {
  ...demo,
  allowUnsigned: false,
  trustedKeys: ['MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'],
  staffPin: entryFor('80264153'),
  attendantPin: entryFor('91375264'),
};

describe('terminal build filter', () => {
  it('finds the shipped demo config: unsigned packages and both PINs from the README', () => {
    const reasons = demoConfigReasons(demo).join('\n');
    expect(reasons).toMatch(/allowUnsigned/);
    expect(reasons).toMatch(/staffPin is the demo staff PIN/);
    expect(reasons).toMatch(/attendantPin is the demo attendant PIN/);
  });

  it("keeps a site's own config, and one whose PINs are set at the terminal", () => {
    expect(demoConfigReasons(siteConfig)).toEqual([]);
    expect(demoConfigReasons({ ...siteConfig, staffPin: 'local', attendantPin: 'local' })).toEqual([]);
  });

  it('finds a demo PIN hashed again under a new salt, and unsigned packages in an otherwise good config', () => {
    expect(demoConfigReasons({ ...siteConfig, staffPin: entryFor('24681357') })).toEqual([
      expect.stringMatching(/^staffPin is the demo staff PIN/),
    ]);
    expect(demoConfigReasons({ ...siteConfig, allowUnsigned: true })).toEqual([expect.stringMatching(/allowUnsigned/)]);
  });

  it('filters files: the demo config out with a warning, a site config in, the demo package out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chayue-terminal-'));
    writeFileSync(join(dir, 'default.json'), JSON.stringify(demo));
    writeFileSync(join(dir, 'yunxi.json'), JSON.stringify(siteConfig));
    const warnings: string[] = [];
    expect(keepConfigForTerminal(join(dir, 'default.json'), (line) => warnings.push(line))).toBe(false);
    expect(keepConfigForTerminal(join(dir, 'yunxi.json'), (line) => warnings.push(line))).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/default\.json: allowUnsigned/)]);
    expect(keepPublicForTerminal(join('public', 'demo-package', 'manifest.json'))).toBe(false);
    expect(keepPublicForTerminal(join('public', 'icon.svg'))).toBe(true);
  });

  it('finds the demo in a finished build (what npm run build makes), and nothing in a terminal build', () => {
    const demoBuild = mkdtempSync(join(tmpdir(), 'chayue-build-'));
    mkdirSync(join(demoBuild, 'kiosk-config'));
    mkdirSync(join(demoBuild, 'demo-package'));
    writeFileSync(join(demoBuild, 'kiosk-config', 'default.json'), JSON.stringify(demo));
    expect(terminalBuildProblems(demoBuild)).toEqual([
      expect.stringMatching(/demo-package is in the build/),
      expect.stringMatching(/^kiosk-config\/default\.json: allowUnsigned/),
      expect.stringMatching(/^kiosk-config\/default\.json: staffPin/),
      expect.stringMatching(/^kiosk-config\/default\.json: attendantPin/),
    ]);
    const terminalBuild = mkdtempSync(join(tmpdir(), 'chayue-build-'));
    mkdirSync(join(terminalBuild, 'kiosk-config'));
    writeFileSync(join(terminalBuild, 'kiosk-config', 'yunxi.json'), JSON.stringify(siteConfig));
    expect(terminalBuildProblems(terminalBuild)).toEqual([]);
  });
});
