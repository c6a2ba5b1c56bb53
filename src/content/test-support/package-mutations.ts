// Ways to damage a package for the fuzz: bytes flipped, entries dropped, duplicated, renamed, oversized, JSON edited.
import type { ImportFailureCode } from '../../shared/import-messages.ts';
import type { PackageEntries } from './memory-package.ts';
import type { Random } from './seeded-random.ts';

export interface Mutation {
  kind: string;
  target: string;
  /** For a package not signed again: the refusals that name this damage. */
  expected: ImportFailureCode[];
}

const encode = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function flip(bytes: Uint8Array, index: number, mask: number) {
  bytes[index] = bytes[index]! ^ mask;
}

function decodedSignature(bytes: Uint8Array | undefined): string | null {
  try {
    return bytes ? atob(decode(bytes).trim()) : null;
  } catch {
    return null;
  }
}

/** What a damaged entry is refused as, by the file it hit, when nothing was signed again. */
function refusedAs(target: string, forFile: ImportFailureCode[]): ImportFailureCode[] {
  if (target === 'manifest.json') return ['signature-invalid', 'too-large'];
  if (target === 'manifest.sig') return ['signature-invalid', 'too-large'];
  return forFile;
}

/** Damages a signed package without signing it again: every outcome must be a refusal. */
export function mutateWithoutSigning(entries: PackageEntries, random: Random): Mutation {
  const paths = [...entries.keys()];
  const target = random.pick(paths);
  const bytes = entries.get(target)!;
  const kind = random.pick([
    'flip-bytes',
    'drop-entry',
    'duplicate-entry',
    'rename-entry',
    'append-bytes',
    'oversize-entry',
    'truncate-entry',
    'swap-entries',
    'edit-json',
  ] as const);
  switch (kind) {
    case 'flip-bytes': {
      const flipped = new Uint8Array(bytes);
      for (let n = 1 + random.int(3); n > 0; n--) flip(flipped, random.int(flipped.length), 1 + random.int(255));
      // base64 ignores its padding bits and whitespace: a flip that leaves the same signature is no damage at all.
      if (target === 'manifest.sig' && decodedSignature(flipped) === decodedSignature(bytes)) flip(flipped, 0, 0x01);
      if (flipped.every((b, i) => b === bytes[i])) flip(flipped, 0, 0x01);
      entries.set(target, flipped);
      return { kind, target, expected: refusedAs(target, ['hash-mismatch']) };
    }
    case 'drop-entry':
      entries.delete(target);
      if (target === 'manifest.sig') return { kind, target, expected: ['unsigned'] };
      return { kind, target, expected: ['missing-file'] };
    case 'duplicate-entry': {
      const copy = random.pick([`${target}.copy`, `files/copy/${target.split('/').pop()}`, `extra/${target}`]);
      entries.set(copy, bytes);
      return { kind, target, expected: ['zip-entry'] };
    }
    case 'rename-entry': {
      entries.delete(target);
      entries.set(random.pick([`${target}.bak`, `files/renamed-${random.int(1000)}`, target.toUpperCase()]), bytes);
      if (target === 'manifest.json') return { kind, target, expected: ['missing-file'] };
      if (target === 'manifest.sig') return { kind, target, expected: ['unsigned'] };
      return { kind, target, expected: ['zip-entry'] };
    }
    case 'append-bytes':
    case 'oversize-entry': {
      // Oversized: past the signature's and the manifest's 4 KB and 16 MB reading limits, and the package ceiling.
      const extra = kind === 'append-bytes' ? 1 + random.int(64) : 1 + random.int(3 * 1024 * 1024);
      const grown = new Uint8Array(bytes.length + extra);
      grown.set(bytes);
      // Letters, not spaces: a signature's base64 is read trimmed, so trailing spaces would change nothing.
      grown.fill(0x41 + random.int(26), bytes.length);
      entries.set(target, grown);
      return { kind, target, expected: refusedAs(target, ['size-mismatch']) };
    }
    case 'truncate-entry': {
      let cut = random.int(bytes.length);
      // base64 padding is optional when read: a signature that lost only its `=` is the same signature.
      while (target === 'manifest.sig' && cut > 0 && decodedSignature(bytes.slice(0, cut)) === decodedSignature(bytes))
        cut--;
      entries.set(target, bytes.slice(0, cut));
      if (target === 'manifest.sig' && bytes.length === 0) return { kind, target, expected: ['signature-invalid'] };
      return { kind, target, expected: refusedAs(target, ['size-mismatch']) };
    }
    case 'swap-entries': {
      const other = random.pick(paths.filter((p) => entries.get(p)!.length !== bytes.length || p === target));
      if (other === target) {
        entries.set(target, new Uint8Array(0));
        return { kind: 'empty-entry', target, expected: refusedAs(target, ['size-mismatch']) };
      }
      entries.set(target, entries.get(other)!);
      entries.set(other, bytes);
      const both = [target, other];
      const codes: ImportFailureCode[] = both.some((p) => p.startsWith('manifest.'))
        ? ['signature-invalid', 'too-large']
        : ['size-mismatch', 'hash-mismatch'];
      return { kind, target: both.join(' ↔ '), expected: codes };
    }
    case 'edit-json': {
      const json = random.pick(paths.filter((p) => p.endsWith('.json')));
      entries.set(json, encode(editJson(decode(entries.get(json)!), random)));
      return { kind, target: json, expected: refusedAs(json, ['hash-mismatch', 'size-mismatch']) };
    }
  }
}

/** A JSON edit that keeps the text JSON: a value changed, a key dropped, an array item repeated. */
export function editJson(text: string, random: Random): string {
  const value = JSON.parse(text) as unknown;
  const spots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, i) => [i, item])
      : node && typeof node === 'object'
        ? Object.entries(node)
        : [];
    for (const [key, item] of entries) {
      spots.push({ parent: node as Record<string, unknown> | unknown[], key });
      walk(item);
    }
  };
  walk(value);
  const { parent, key } = random.pick(spots);
  const old = (parent as Record<string | number, unknown>)[key];
  const replacement = random.pick<unknown>([
    null,
    -1,
    1e12,
    '',
    'https://evil.example/x',
    'files/%2e%2e/x',
    '../x',
    'javascript:alert(1)',
    [],
    {},
    typeof old === 'number' ? old + 1 : `${String(old)}x`,
  ]);
  const action = random.int(3);
  if (action === 0 && Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(old));
  else if (action === 1 && !Array.isArray(parent)) delete parent[key as string];
  else (parent as Record<string | number, unknown>)[key] = replacement;
  const edited = JSON.stringify(value, null, 1) + '\n';
  // An edit that changed nothing (a value replaced by itself): change the spacing, still not the signed bytes.
  return edited === text ? edited + ' ' : edited;
}

/** Damages a package and signs it again, as a careless or hostile publisher would: taken whole, or refused. */
export function mutateForSigning(entries: PackageEntries, random: Random): { kind: string; target: string } {
  const files = [...entries.keys()].filter((p) => !p.startsWith('manifest.'));
  const target = random.pick(files);
  const bytes = entries.get(target)!;
  const kind = random.pick(['edit-catalogue', 'flip-bytes', 'drop-entry', 'duplicate-entry', 'rename-entry'] as const);
  switch (kind) {
    case 'edit-catalogue':
      entries.set('catalogue.json', encode(editJson(decode(entries.get('catalogue.json')!), random)));
      return { kind, target: 'catalogue.json' };
    case 'flip-bytes': {
      const flipped = new Uint8Array(bytes);
      flip(flipped, random.int(flipped.length), 1 + random.int(255));
      entries.set(target, flipped);
      return { kind, target };
    }
    case 'drop-entry':
      entries.delete(target);
      return { kind, target };
    case 'duplicate-entry':
      entries.set(random.pick([`files/copy-${random.int(100)}.bin`, `files/%2e%2e/${target}`, `${target}/..`]), bytes);
      return { kind, target };
    case 'rename-entry':
      entries.delete(target);
      entries.set(
        random.pick([`files/moved-${random.int(100)}.html`, `https://evil.example/${target}`, `/${target}`]),
        bytes,
      );
      return { kind, target };
  }
}
