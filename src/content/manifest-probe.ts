// A first look at a server's manifest, from the page: is it the manifest this terminal last took, by version and bytes?
import { readSetting } from '../storage/settings.ts';
import { getVersionFloor } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';

/** The manifest last taken from a content URL: what "unchanged" is decided against. */
export interface SeenManifest {
  version: number;
  sha256: string;
}

export type ProbeResult =
  | { changed: false }
  /** The manifest's bytes come along, so the import need not fetch them a second time. */
  | { changed: true; seen: SeenManifest | null; manifestBytes: Uint8Array<ArrayBuffer> };

export const seenManifestKey = (folderUrl: string) => `manifestSeen:${folderUrl}` as const;

export async function probeManifest(folderUrl: string, packageId: string): Promise<ProbeResult> {
  let response: Response;
  try {
    // No If-Modified-Since: a server with 1-second Last-Modified answered 304 to a manifest rewritten in the same
    // second. The manifest is small; fetching it whole and comparing its bytes is the only proof of "unchanged".
    response = await fetch(new URL('manifest.json', folderUrl), { cache: 'no-store' });
  } catch (e) {
    throw new ImportError('fetch-failed', 'manifest.json', (e as Error).message);
  }
  if (!response.ok) throw new ImportError('fetch-failed', 'manifest.json', `HTTP ${response.status}`);
  const manifestBytes = new Uint8Array(await response.arrayBuffer());
  const sha256 = await sha256Hex(manifestBytes);
  const version = versionOf(manifestBytes);
  const seen = typeof version === 'number' ? { version, sha256 } : null;
  // Polling a server that still serves the active version is not a refusal worth logging every hour; but the same
  // version number with other bytes than the manifest taken is a rewrite, looked at (and refused) like any other.
  const { active } = await getVersionFloor(packageId);
  if (seen && seen.version === active) {
    const last = await readSetting(seenManifestKey(folderUrl));
    if (!(last && last.version === seen.version && last.sha256 !== seen.sha256)) return { changed: false };
  }
  return { changed: true, seen, manifestBytes };
}

function versionOf(bytes: Uint8Array): unknown {
  try {
    return (JSON.parse(new TextDecoder().decode(bytes)) as { version?: unknown }).version;
  } catch {
    // Not JSON: the import will refuse it with the reason.
    return undefined;
  }
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
