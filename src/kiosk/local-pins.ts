// PINs set at the terminal (config "local"): kept in IndexedDB, never served, so nobody can fetch a hash to crack.
import type { LocalPin } from '../storage/db.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import type { KioskConfig } from './config-schema.ts';
import { pinMatches, type PinHash, type PinRole } from './pin.ts';

export type { LocalPin };

/** What a config says about one role's PIN: its hash, or that it is set at the terminal. */
export type PinEntry = PinHash | 'local';

/** DESIGN: PINs of at least 8 digits, PBKDF2 with at least 600,000 rounds; the pad takes up to 16 digits. */
export const MIN_PIN_DIGITS = 8;
export const MAX_PIN_DIGITS = 16;
export const LOCAL_PIN_ITERATIONS = 600_000;

const ROLES: readonly PinRole[] = ['staff', 'attendant'];
const localKey = (role: PinRole): `localPin:${PinRole}` => `localPin:${role}`;

export function readLocalPin(role: PinRole): Promise<LocalPin | undefined> {
  return readSetting(localKey(role));
}

/** The hash a PIN is checked against: the config's own, or the one set at the terminal; null when that is not set yet. */
export async function resolvePin(role: PinRole, entry: PinEntry): Promise<PinHash | null> {
  return entry === 'local' ? ((await readLocalPin(role)) ?? null) : entry;
}

/** Roles whose PIN the config leaves to the terminal. */
export function localRoles(config: Pick<KioskConfig, 'staffPin' | 'attendantPin'>): PinRole[] {
  return ROLES.filter((role) => config[role === 'staff' ? 'staffPin' : 'attendantPin'] === 'local');
}

/** Local roles that have no PIN yet, in the order the first set-up asks for them. */
export async function unsetLocalRoles(config: Pick<KioskConfig, 'staffPin' | 'attendantPin'>): Promise<PinRole[]> {
  const roles = localRoles(config);
  const stored = await Promise.all(roles.map(readLocalPin));
  return roles.filter((_, i) => !stored[i]);
}

/** Why a new PIN is refused, as a code the screen words. */
export type NewPinProblem = 'too-short' | 'not-digits' | 'same-as-other' | 'same-as-setup-code';

/**
 * Checks a new PIN before it is stored: 8 to 16 digits, not the other role's PIN (a hash cannot tell two PINs differ,
 * but the PIN itself can be checked against the other's hash), and not the set-up code, whose hash anyone can fetch.
 */
export async function newPinProblem(
  role: PinRole,
  pin: string,
  config: Pick<KioskConfig, 'staffPin' | 'attendantPin' | 'pinSetupCode'>,
): Promise<NewPinProblem | null> {
  if (!/^\d*$/.test(pin) || pin.length > MAX_PIN_DIGITS) return 'not-digits';
  if (pin.length < MIN_PIN_DIGITS) return 'too-short';
  const other: PinRole = role === 'staff' ? 'attendant' : 'staff';
  const otherHash = await resolvePin(other, other === 'staff' ? config.staffPin : config.attendantPin);
  if (otherHash && (await pinMatches(pin, otherHash))) return 'same-as-other';
  if (config.pinSetupCode && (await pinMatches(pin, config.pinSetupCode))) return 'same-as-setup-code';
  return null;
}

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** PBKDF2-SHA-256 of a new PIN with a fresh random 16-byte salt, as scripts/hash-pin.ts makes a config's. */
export async function hashNewPin(pin: string, iterations = LOCAL_PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return { salt: base64(salt), iterations, hash: base64(new Uint8Array(bits)) };
}

/**
 * Stores a role's new local PIN. `firstSetUp`: only while the role has none, so a set-up code cannot replace a PIN
 * staff already set (changing one needs the console, behind the staff PIN). Returns whether it was stored.
 */
export async function storeLocalPin(role: PinRole, pin: string, { firstSetUp = false } = {}): Promise<boolean> {
  const hash = await hashNewPin(pin);
  if (firstSetUp && (await readLocalPin(role))) return false;
  await writeSetting(localKey(role), { ...hash, setAt: new Date().toISOString() });
  return true;
}
