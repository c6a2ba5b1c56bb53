// A cheap first look at a server's manifest: conditional request, and "is this the version we already run?".
import type { ManifestValidators } from '../shared/import-messages.ts';
import { getVersionFloor } from '../storage/versions.ts';
import { ImportError } from './import-error.ts';

export type ProbeResult =
  | { changed: false; validators: ManifestValidators }
  /** The manifest's bytes come along, so the import need not fetch them a second time. */
  | { changed: true; validators: ManifestValidators; manifestBytes: Uint8Array<ArrayBuffer> };

export async function probeManifest(folderUrl: string, validators: ManifestValidators = {}): Promise<ProbeResult> {
  const headers: Record<string, string> = {};
  // With nothing active, "not modified" would mean nothing: always fetch the manifest whole.
  if ((await getVersionFloor()).active === undefined) validators = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetch(new URL('manifest.json', folderUrl), { cache: 'no-store', headers });
  } catch (e) {
    throw new ImportError('fetch-failed', 'manifest.json', (e as Error).message);
  }
  const next: ManifestValidators = {
    etag: response.headers.get('ETag') ?? undefined,
    lastModified: response.headers.get('Last-Modified') ?? undefined,
  };
  if (response.status === 304) return { changed: false, validators };
  if (!response.ok) throw new ImportError('fetch-failed', 'manifest.json', `HTTP ${response.status}`);
  const manifestBytes = new Uint8Array(await response.arrayBuffer());
  let version: unknown;
  try {
    version = (JSON.parse(new TextDecoder().decode(manifestBytes)) as { version?: unknown }).version;
  } catch {
    // Not JSON: the import will refuse it with the reason.
  }
  // Polling a server that still serves the active version is not a refusal worth logging every hour.
  const { active } = await getVersionFloor();
  if (typeof version === 'number' && version === active) return { changed: false, validators: next };
  return { changed: true, validators: next, manifestBytes };
}
