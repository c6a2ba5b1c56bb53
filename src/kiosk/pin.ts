// PIN checks for staff and attendants: PBKDF2 against the config's hash, lockout after repeated failures, kept across reloads.
import type { PinFailure, PinRole } from '../storage/db.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import { PIN_HASH_BYTES, PIN_SALT_MIN_BYTES } from './config-schema.ts';

export type { PinFailure, PinRole };

export interface PinHash {
  salt: string;
  iterations: number;
  hash: string;
}

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60_000;
const FAILURE_LOG_SIZE = 100;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Constant-time over the digest's length, so timing says nothing about how much of the hash matched. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Base64 as bytes, or null when it is not base64. */
function tryBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}

/**
 * Whether `pin` is the one `expected` was made from. The schema already demands a 32-byte hash and a 16-byte salt; this
 * refuses short ones again because a config can reach here without the schema (a copy cached by an older app).
 */
export async function pinMatches(pin: string, expected: PinHash): Promise<boolean> {
  const want = tryBase64(expected.hash);
  const salt = tryBase64(expected.salt);
  if (!want || !salt || want.length < PIN_HASH_BYTES || salt.length < PIN_SALT_MIN_BYTES) return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: expected.iterations },
    key,
    want.length * 8,
  );
  return sameBytes(new Uint8Array(bits), want);
}

export type PinResult = { ok: true } | { ok: false; lockedUntil: number | null; failuresLeft: number };

const lockKey = (role: PinRole): `pinLock:${PinRole}` => `pinLock:${role}`;

/**
 * Milliseconds-since-epoch the role is locked until, or null when it is not locked. The deadline is wall-clock time: a
 * clock that ran fast while the lock began and was then set right would leave it hours ahead, so a deadline further than
 * one lockout from now is brought back to one lockout from now, and stored so, or it would stay "5 minutes away".
 */
export async function lockedUntil(role: PinRole): Promise<number | null> {
  const state = await readSetting(lockKey(role));
  const now = Date.now();
  if (!state || state.lockedUntil <= now) return null;
  if (state.lockedUntil - now <= LOCKOUT_MS) return state.lockedUntil;
  const clamped = now + LOCKOUT_MS;
  await writeSetting(lockKey(role), { ...state, lockedUntil: clamped });
  return clamped;
}

export async function checkPin(role: PinRole, pin: string, expected: PinHash): Promise<PinResult> {
  const locked = await lockedUntil(role);
  if (locked) return { ok: false, lockedUntil: locked, failuresLeft: 0 };
  if (await pinMatches(pin, expected)) {
    await writeSetting(lockKey(role), { failures: 0, lockedUntil: 0 });
    return { ok: true };
  }
  const previous = (await readSetting(lockKey(role))) ?? { failures: 0, lockedUntil: 0 };
  // A lockout that has run out starts a fresh count.
  const failures = (previous.lockedUntil && previous.lockedUntil <= Date.now() ? 0 : previous.failures) + 1;
  const until = failures >= MAX_FAILURES ? Date.now() + LOCKOUT_MS : 0;
  await writeSetting(lockKey(role), { failures: until ? 0 : failures, lockedUntil: until });
  const log = (await readSetting('pinFailures')) ?? [];
  await writeSetting('pinFailures', [...log, { time: new Date().toISOString(), role }].slice(-FAILURE_LOG_SIZE));
  return { ok: false, lockedUntil: until || null, failuresLeft: until ? 0 : MAX_FAILURES - failures };
}

export async function readPinFailures(): Promise<PinFailure[]> {
  return (await readSetting('pinFailures')) ?? [];
}
