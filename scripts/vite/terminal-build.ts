// What a build for terminals (`npm run build:terminal`) leaves out: the demo package and any config a stranger could use.
import { pbkdf2Sync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The demo's PINs, printed in the README: a config whose PIN entry opens with one of them is the demo, whatever its salt. */
export const DEMO_PINS: Record<string, string> = {
  '24681357': 'the demo staff PIN',
  '13572468': 'the demo attendant PIN',
};

interface PinEntry {
  salt: string;
  iterations: number;
  hash: string;
}

function isPinEntry(value: unknown): value is PinEntry {
  const entry = value as Partial<PinEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.salt === 'string' &&
    typeof entry.hash === 'string' &&
    Number.isInteger(entry.iterations)
  );
}

/** Which demo PIN the entry was made from, if any: PBKDF2 as the app checks it (about 0.3 s per PIN at 600,000 rounds). */
function demoPinOf(entry: PinEntry): string | undefined {
  const hash = Buffer.from(entry.hash, 'base64');
  if (hash.length === 0 || entry.iterations < 1) return undefined;
  const salt = Buffer.from(entry.salt, 'base64');
  return Object.keys(DEMO_PINS).find((pin) =>
    pbkdf2Sync(pin, salt, entry.iterations, hash.length, 'sha256').equals(hash),
  );
}

/** Why a parsed kiosk config must not reach a terminal: it takes unsigned packages, or a PIN anyone can read. Empty: fine. */
export function demoConfigReasons(config: unknown): string[] {
  if (typeof config !== 'object' || config === null) return [];
  const fields = config as Record<string, unknown>;
  const reasons: string[] = [];
  if (fields.allowUnsigned === true) reasons.push('allowUnsigned: true (takes packages nobody signed)');
  for (const key of ['staffPin', 'attendantPin', 'pinSetupCode']) {
    const entry = fields[key];
    const pin = isPinEntry(entry) ? demoPinOf(entry) : undefined;
    if (pin) reasons.push(`${key} is ${DEMO_PINS[pin]} (${pin}, printed in the README)`);
  }
  return reasons;
}

/** The copy filter for kiosk-config/ in a terminal build: keeps a site's own configs, leaves the demo's out and says so. */
export function keepConfigForTerminal(file: string, warn: (line: string) => void = console.warn): boolean {
  if (!file.endsWith('.json')) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Not JSON: the terminal shows its config error screen, and the file holds nothing a stranger could use.
    return true;
  }
  const reasons = demoConfigReasons(parsed);
  if (reasons.length) warn(`build:terminal leaves out ${file}: ${reasons.join('; ')}`);
  return reasons.length === 0;
}

/** The copy filter for public/ in a terminal build: everything but the demo package. */
export function keepPublicForTerminal(file: string): boolean {
  return !file.split(sep).join('/').split('/').includes('demo-package');
}

/** What in a finished build must not be on a terminal: the demo package, or a config a stranger could use. */
export function terminalBuildProblems(outDir: string): string[] {
  const problems: string[] = [];
  if (existsSync(join(outDir, 'demo-package'))) problems.push(`${outDir}/demo-package is in the build`);
  const configs = join(outDir, 'kiosk-config');
  for (const name of existsSync(configs) ? readdirSync(configs) : []) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(configs, name), 'utf8'));
    } catch {
      continue;
    }
    for (const reason of demoConfigReasons(parsed)) problems.push(`kiosk-config/${name}: ${reason}`);
  }
  return problems;
}
