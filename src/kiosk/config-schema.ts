// The kiosk config (kiosk-config/<site>.json, DESIGN.md): its schema, defaults, and the config type the app uses.
import * as v from 'valibot';

/** Bytes a base64 text decodes to; -1 when it is not base64. */
function decodedLength(text: string): number {
  try {
    return atob(text).length;
  } catch {
    return -1;
  }
}

// An empty or short hash proves nothing: PBKDF2 for 0 bits returns nothing, and nothing equals any PIN.
export const PIN_HASH_BYTES = 32;
export const PIN_SALT_MIN_BYTES = 16;

const pinHash = v.object({
  salt: v.pipe(
    v.string(),
    v.base64('the salt is not base64'),
    v.check((s) => decodedLength(s) >= PIN_SALT_MIN_BYTES, `the salt needs at least ${PIN_SALT_MIN_BYTES} bytes`),
  ),
  iterations: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(600_000, 'PBKDF2 needs at least 600,000 iterations'),
    // Each check runs on the thread that answers touches: ten million rounds is already seconds on a cheap terminal.
    v.maxValue(10_000_000, 'at most 10,000,000 iterations'),
  ),
  hash: v.pipe(
    v.string(),
    v.base64('the hash is not base64'),
    v.check((s) => decodedLength(s) === PIN_HASH_BYTES, `the hash must be ${PIN_HASH_BYTES} bytes (PBKDF2-SHA-256)`),
  ),
});

// A QR template must be an absolute http(s) URL once its placeholders are filled.
const urlTemplate = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'not an http(s) URL template'));

/** A PIN's hash in the config, or `"local"`: set at the terminal and kept in its IndexedDB only. */
const pinEntry = v.union([v.literal('local'), pinHash]);

/** Two entries that are one copied entry, or share a salt (a hand-made copy). */
function sameEntry(a: v.InferOutput<typeof pinEntry> | undefined, b: v.InferOutput<typeof pinEntry> | undefined) {
  return typeof a === 'object' && typeof b === 'object' && (a.salt === b.salt || a.hash === b.hash);
}

/** Every number has a ceiling (DESIGN: Kiosk config): no timer made from it can pass setTimeout's 2^31-1 ms. */
const seconds = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max, `at most ${max.toLocaleString('en')}`));

const configFields = v.object({
  siteName: v.pipe(v.string(), v.minLength(1, 'the reading point needs a name')),
  contentUrl: v.pipe(v.string(), v.minLength(1)),
  packageId: v.pipe(v.string(), v.minLength(1, 'the package this terminal accepts must be named')),
  updateIntervalMinutes: v.optional(
    v.pipe(v.number(), v.minValue(1), v.maxValue(10_080, 'at most 10,080 (a week)')),
    60,
  ),
  maxPackageBytes: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32 * 1024 ** 3, 'at most 34,359,738,368 (32 GiB)')),
    2 * 1024 ** 3,
  ),
  trustedKeys: v.optional(v.array(v.pipe(v.string(), v.base64())), []),
  allowUnsigned: v.optional(v.boolean(), false),
  // "local": the PIN is set at the terminal and kept in its IndexedDB, never served (DESIGN: Kiosk config, local PINs).
  staffPin: pinEntry,
  attendantPin: pinEntry,
  /** Opens the first set-up of a local staff PIN, and nothing once one is stored. Required when `staffPin` is local. */
  pinSetupCode: v.optional(pinHash),
  // An hour without a touch is already a session nobody will come back to; longer ones only keep a stranger's trail.
  idleSeconds: v.optional(seconds(10, 3_600), 120),
  docIdleSeconds: v.optional(seconds(10, 3_600), 300),
  idleWarningSeconds: v.optional(seconds(20, 600), 30),
  printLimitPages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000, 'at most 1,000')), 20),
  applyUrl: v.optional(urlTemplate),
  portalUrl: v.optional(urlTemplate),
  // A CUPS queue's name as lpstat lists it; without it the local server uses the system's default queue.
  printer: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,127}$/, 'not a CUPS queue name (letters, digits, _ . -)')),
  ),
  heartbeatUrl: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'not an http(s) URL'))),
  language: v.optional(v.picklist(['zh-CN', 'en']), 'zh-CN'),
  elderMode: v.optional(v.boolean(), false),
  highContrast: v.optional(v.boolean(), false),
  helpText: v.optional(v.string(), ''),
});

/**
 * The two PINs must differ. Hashes alone cannot prove two PINs differ (the same PIN under two salts gives two hashes);
 * what can be seen is one entry copied for both roles, or a salt used twice (a hand-made copy): both are refused.
 */
export const kioskConfigSchema = v.pipe(
  configFields,
  v.forward(
    v.check(
      ({ staffPin, attendantPin }) => !sameEntry(staffPin, attendantPin),
      'the attendant PIN must not be a copy of the staff PIN entry: make each with scripts/hash-pin.ts',
    ),
    ['attendantPin'],
  ),
  // Without a set-up code nobody could set a local staff PIN, and the console would stay shut for good.
  v.forward(
    v.check(
      ({ staffPin, pinSetupCode }) => staffPin !== 'local' || pinSetupCode !== undefined,
      'a local staff PIN needs a pinSetupCode for its first set-up: make one with scripts/hash-pin.ts',
    ),
    ['pinSetupCode'],
  ),
  v.forward(
    v.check(
      ({ staffPin, attendantPin, pinSetupCode }) =>
        !sameEntry(pinSetupCode, staffPin) && !sameEntry(pinSetupCode, attendantPin),
      'the set-up code must not be a copy of a PIN entry: make it with scripts/hash-pin.ts',
    ),
    ['pinSetupCode'],
  ),
);

export type KioskConfig = v.InferOutput<typeof kioskConfigSchema>;

export type ConfigCheck = { ok: true; config: KioskConfig } | { ok: false; problems: string[] };

/** Validates a parsed config; problems name the key and what is wrong with it. */
export function checkKioskConfig(value: unknown): ConfigCheck {
  const result = v.safeParse(kioskConfigSchema, value);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(whole file)'}: ${issue.message}`),
  };
}
