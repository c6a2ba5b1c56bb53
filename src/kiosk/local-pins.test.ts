// PINs set at the terminal: 8+ digits, never the other role's PIN or the set-up code, hashed with 600,000 rounds.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { hashNewPin, newPinProblem, readLocalPin, resolvePin, storeLocalPin, unsetLocalRoles } from './local-pins.ts';
import { pinMatches } from './pin.ts';

describe('local PINs', () => {
  it('stores a PBKDF2-600k hash with a fresh 16-byte salt, never the digits', async () => {
    const config = { staffPin: 'local', attendantPin: 'local' } as const;
    expect(await unsetLocalRoles(config)).toEqual(['staff', 'attendant']);
    expect(await resolvePin('staff', 'local')).toBeNull();
    expect(await storeLocalPin('staff', '80264153', { firstSetUp: true })).toBe(true);
    const stored = await readLocalPin('staff');
    expect(stored).toMatchObject({ iterations: 600_000 });
    expect(atob(stored!.salt)).toHaveLength(16);
    expect(atob(stored!.hash)).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('80264153');
    expect(await pinMatches('80264153', (await resolvePin('staff', 'local'))!)).toBe(true);
    expect(await unsetLocalRoles(config)).toEqual(['attendant']);
    // A second first set-up cannot replace the PIN staff set: only the console changes it.
    expect(await storeLocalPin('staff', '11112222', { firstSetUp: true })).toBe(false);
    expect(await pinMatches('80264153', (await resolvePin('staff', 'local'))!)).toBe(true);
  });

  it("refuses a short PIN, the other role's PIN and the set-up code", async () => {
    const pinSetupCode = await hashNewPin('123456789012', 1000);
    const config = { staffPin: 'local', attendantPin: await hashNewPin('91375264', 1000), pinSetupCode } as const;
    expect(await newPinProblem('staff', '1234567', config)).toBe('too-short');
    expect(await newPinProblem('staff', '1234abcd', config)).toBe('not-digits');
    expect(await newPinProblem('staff', '91375264', config)).toBe('same-as-other');
    expect(await newPinProblem('staff', '123456789012', config)).toBe('same-as-setup-code');
    expect(await newPinProblem('staff', '80264153', config)).toBeNull();
  });
});
