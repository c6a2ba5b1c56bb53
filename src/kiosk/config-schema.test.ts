// A terminal must refuse a config that would run it unsafely, and accept the one we ship.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKioskConfig } from './config-schema.ts';

const shipped = JSON.parse(readFileSync(new URL('../../kiosk-config/default.json', import.meta.url), 'utf8'));

describe('checkKioskConfig', () => {
  it('accepts the shipped default config and fills the defaults it leaves out', () => {
    const check = checkKioskConfig(shipped);
    expect(check.ok).toBe(true);
    const { idleSeconds: _omitted, ...withoutIdle } = shipped;
    const filled = checkKioskConfig(withoutIdle);
    expect(filled.ok && filled.config.idleSeconds).toBe(120);
  });

  it('names every bad key: weak PIN hashing, a short idle warning, a non-http QR template', () => {
    const check = checkKioskConfig({
      ...shipped,
      staffPin: { ...shipped.staffPin, iterations: 1000 },
      idleWarningSeconds: 5,
      applyUrl: 'javascript:alert(1)',
    });
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems.join('\n');
    expect(problems).toMatch(/staffPin\.iterations/);
    expect(problems).toMatch(/idleWarningSeconds/);
    expect(problems).toMatch(/applyUrl/);
  });

  it('refuses an empty PIN entry, a short hash or salt, and one entry used for both PINs (issue 15, item 3)', () => {
    const problemsOf = (config: unknown) => {
      const check = checkKioskConfig(config);
      return check.ok ? '' : check.problems.join('\n');
    };
    // PBKDF2 for 0 bits returns nothing, and nothing equals nothing: this opened the console with the PIN "1".
    expect(problemsOf({ ...shipped, staffPin: { salt: '', iterations: 600_000, hash: '' } })).toMatch(/staffPin\.hash/);
    expect(problemsOf({ ...shipped, staffPin: { ...shipped.staffPin, salt: '' } })).toMatch(/staffPin\.salt/);
    // 31 and 33 bytes: only SHA-256's 32 are right.
    expect(problemsOf({ ...shipped, staffPin: { ...shipped.staffPin, hash: btoa('x'.repeat(31)) } })).toMatch(
      /staffPin\.hash/,
    );
    expect(problemsOf({ ...shipped, staffPin: { ...shipped.staffPin, hash: btoa('x'.repeat(33)) } })).toMatch(
      /staffPin\.hash/,
    );
    expect(problemsOf({ ...shipped, attendantPin: { ...shipped.attendantPin, salt: btoa('s'.repeat(15)) } })).toMatch(
      /attendantPin\.salt/,
    );
    // The same entry twice is the same PIN for two roles: the attendant could open the staff console.
    expect(problemsOf({ ...shipped, attendantPin: shipped.staffPin })).toMatch(/attendantPin/);
    // A reused salt is a copied entry too, whatever its hash says.
    expect(problemsOf({ ...shipped, attendantPin: { ...shipped.attendantPin, salt: shipped.staffPin.salt } })).toMatch(
      /attendantPin/,
    );
  });

  it('takes PINs set at the terminal, a staff one only with a set-up code that is no copy of a PIN (issue 15, item 5)', () => {
    const problemsOf = (config: unknown) => {
      const check = checkKioskConfig(config);
      return check.ok ? '' : check.problems.join('\n');
    };
    const setUp = { ...shipped, staffPin: 'local', attendantPin: 'local', pinSetupCode: shipped.staffPin };
    expect(problemsOf(setUp)).toBe('');
    expect(problemsOf({ ...shipped, attendantPin: 'local' })).toBe('');
    expect(problemsOf({ ...setUp, pinSetupCode: undefined })).toMatch(/^pinSetupCode: a local staff PIN needs/m);
    expect(problemsOf({ ...setUp, attendantPin: shipped.staffPin })).toMatch(
      /^pinSetupCode: the set-up code must not/m,
    );
    expect(problemsOf({ ...setUp, staffPin: 'LOCAL' })).toMatch(/^staffPin/m);
  });

  it('gives every number a ceiling, so no timer can overflow (issue 15, item 6)', () => {
    const tooBig = {
      updateIntervalMinutes: 43_200,
      idleSeconds: 2_147_484,
      docIdleSeconds: 3_601,
      idleWarningSeconds: 601,
      printLimitPages: 1_001,
      maxPackageBytes: 2 ** 40,
    };
    for (const [key, value] of Object.entries(tooBig)) {
      const check = checkKioskConfig({ ...shipped, [key]: value });
      expect(check.ok ? '' : check.problems.join('\n'), key).toMatch(new RegExp(`^${key}:`, 'm'));
    }
    const check = checkKioskConfig({ ...shipped, staffPin: { ...shipped.staffPin, iterations: 2 ** 31 } });
    expect(check.ok ? '' : check.problems.join('\n')).toMatch(/staffPin\.iterations/);
    // The ceilings themselves are fine: a week between checks, an hour's quiet spell.
    const atCeiling = { ...tooBig, updateIntervalMinutes: 10_080, idleSeconds: 3_600, docIdleSeconds: 3_600 };
    expect(
      checkKioskConfig({
        ...shipped,
        ...atCeiling,
        idleWarningSeconds: 600,
        printLimitPages: 1_000,
        maxPackageBytes: 2 ** 35,
      }).ok,
    ).toBe(true);
  });

  it('takes only http(s) addresses for the QR templates and the heartbeat (issue 15, item 8)', () => {
    for (const url of ['javascript:alert(1)', 'intent://scan/#Intent;end', 'file:///etc/passwd', 'ftp://x.cn/']) {
      for (const key of ['applyUrl', 'portalUrl', 'heartbeatUrl']) {
        const check = checkKioskConfig({ ...shipped, [key]: url });
        expect(check.ok, `${key} ${url}`).toBe(false);
      }
    }
    expect(checkKioskConfig({ ...shipped, heartbeatUrl: 'https://county.gov.cn/beat' }).ok).toBe(true);
  });

  it('refuses a config that is not an object at all', () => {
    expect(checkKioskConfig('hello').ok).toBe(false);
    expect(checkKioskConfig(null).ok).toBe(false);
  });
});
