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

  it('refuses a config that is not an object at all', () => {
    expect(checkKioskConfig('hello').ok).toBe(false);
    expect(checkKioskConfig(null).ok).toBe(false);
  });
});
