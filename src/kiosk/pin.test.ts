// A PIN check must never open for a hash that proves nothing, and a lockout must never outlast its length from now.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPin, LOCKOUT_MS, lockedUntil, MAX_FAILURES, pinMatches, type PinHash } from './pin.ts';

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** 1,000 rounds: the check uses whatever the entry says, and a test stays at milliseconds. */
async function hashOf(pin: string, saltBytes = 16, hashBytes = 32): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 },
    key,
    hashBytes * 8,
  );
  return { salt: base64(salt), iterations: 1000, hash: base64(new Uint8Array(bits)) };
}

afterEach(() => void vi.useRealTimers());

describe('pinMatches', () => {
  it('takes the right PIN and refuses a wrong one', async () => {
    const expected = await hashOf('24681357');
    expect(await pinMatches('24681357', expected)).toBe(true);
    expect(await pinMatches('24681358', expected)).toBe(false);
  });

  it('refuses every PIN against an empty or short hash, even one that skipped the schema (a cached config)', async () => {
    expect(await pinMatches('1', { salt: '', iterations: 600_000, hash: '' })).toBe(false);
    // A 4-byte hash is 2^32 guesses away from any PIN: refused even when it is the right one.
    const short = await hashOf('24681357', 16, 4);
    expect(await pinMatches('24681357', short)).toBe(false);
    expect(await pinMatches('24681357', { ...(await hashOf('24681357')), hash: 'not base64!' })).toBe(false);
  });
});

describe('PIN lockout', () => {
  // Only Date is faked: fake-indexeddb schedules its work with real timers.
  const clock = (time: number) => vi.useFakeTimers({ toFake: ['Date'], now: time });

  it('never lasts longer than its length from now, after a clock that ran 8 hours fast is set right', async () => {
    const expected = await hashOf('24681357');
    const trueTime = Date.parse('2026-03-02T09:00:00Z');
    clock(trueTime + 8 * 3_600_000);
    for (let i = 0; i < MAX_FAILURES; i++) await checkPin('staff', '00000000', expected);
    expect(await lockedUntil('staff')).toBe(trueTime + 8 * 3_600_000 + LOCKOUT_MS);

    // The clock is corrected: the lock may still run, but for no more than its length from now.
    vi.setSystemTime(trueTime);
    const until = await lockedUntil('staff');
    expect(until).not.toBeNull();
    expect(until! - Date.now()).toBeLessThanOrEqual(LOCKOUT_MS);
    expect(await checkPin('staff', '24681357', expected)).toMatchObject({ ok: false });

    vi.setSystemTime(trueTime + LOCKOUT_MS + 1);
    expect(await lockedUntil('staff')).toBeNull();
    expect(await checkPin('staff', '24681357', expected)).toEqual({ ok: true });
  });
});
