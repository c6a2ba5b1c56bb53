// The kiosk config (kiosk-config/<site>.json, DESIGN.md): its schema, defaults, and the config type the app uses.
import * as v from 'valibot';

const pinHash = v.object({
  salt: v.pipe(v.string(), v.base64()),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(600_000, 'PBKDF2 needs at least 600,000 iterations')),
  hash: v.pipe(v.string(), v.base64()),
});

// A QR template must be an absolute http(s) URL once its placeholders are filled.
const urlTemplate = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'not an http(s) URL template'));

export const kioskConfigSchema = v.object({
  siteName: v.pipe(v.string(), v.minLength(1, 'the reading point needs a name')),
  contentUrl: v.pipe(v.string(), v.minLength(1)),
  packageId: v.pipe(v.string(), v.minLength(1, 'the package this terminal accepts must be named')),
  updateIntervalMinutes: v.optional(v.pipe(v.number(), v.minValue(1)), 60),
  maxPackageBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 2 * 1024 ** 3),
  trustedKeys: v.optional(v.array(v.pipe(v.string(), v.base64())), []),
  allowUnsigned: v.optional(v.boolean(), false),
  staffPin: pinHash,
  attendantPin: pinHash,
  idleSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10)), 120),
  docIdleSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10)), 300),
  idleWarningSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(20)), 30),
  printLimitPages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 20),
  applyUrl: v.optional(urlTemplate),
  portalUrl: v.optional(urlTemplate),
  heartbeatUrl: v.optional(v.pipe(v.string(), v.url())),
  language: v.optional(v.picklist(['zh-CN', 'en']), 'zh-CN'),
  elderMode: v.optional(v.boolean(), false),
  highContrast: v.optional(v.boolean(), false),
  helpText: v.optional(v.string(), ''),
});

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
