// Writes checked documents into a package: each file hashed and copied, texts by hash, catalogue.json, manifest.json, manifest.sig.
import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { catalogueSchema } from '../../src/content/package-schema.ts';
import type { Catalogue, CatalogueDocument, Domain, Manifest, ManifestFile } from '../../src/shared/package-format.ts';
import { makeManifest, packageJsonBytes } from '../lib/package-writer.ts';
import type { LinkedDraft } from './catalogue-rows.ts';
import { readSourceFile, type ReadSourceFile } from './document-text.ts';
import { digestBytes } from './file-digest.ts';
import type { PackageOutput } from './package-output.ts';
import type { PackProgress } from './pack-progress.ts';
import type { Problems } from './problems.ts';
import { signManifest } from './signing-keys.ts';

export interface AssembleInput {
  sourceDir: string;
  drafts: LinkedDraft[];
  domains: Domain[];
  /** Staff's own common terms from a catalogue.json source, as written (checked with the catalogue below). */
  commonTerms?: unknown;
  meta: Pick<Manifest, 'packageId' | 'version' | 'publisher' | 'title' | 'created'>;
  key?: KeyObject;
  /** The first row naming each source file, for warnings. */
  placeOf: (sourcePath: string) => string;
  problems: Problems;
  onProgress?: (progress: PackProgress) => void;
}

const TEXT_TYPE = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json';

export async function assemblePackage(output: PackageOutput, input: AssembleInput): Promise<Manifest> {
  const listed = new Map<string, ManifestFile>();
  const add = async (path: string, bytes: Uint8Array, type: string) => {
    if (listed.has(path)) return;
    const digest = digestBytes(bytes);
    await output.addBytes(path, bytes, digest);
    listed.set(path, { path, sha256: digest.sha256, size: digest.size, type });
  };

  const sourcePaths = [...new Set(input.drafts.flatMap((d) => d.sourceFiles))];
  const sizes = await Promise.all(sourcePaths.map(async (p) => (await stat(join(input.sourceDir, p))).size));
  const progress: PackProgress = {
    filesDone: 0,
    filesTotal: sourcePaths.length,
    bytesDone: 0,
    bytesTotal: sizes.reduce((a, b) => a + b, 0),
  };
  input.onProgress?.({ ...progress });

  // One file at a time: its bytes are held only while pdf.js reads its text, never the package.
  const read = new Map<string, ReadSourceFile>();
  for (const [i, sourcePath] of sourcePaths.entries()) {
    const file = await readSourceFile(input.sourceDir, sourcePath, input.placeOf(sourcePath), input.problems);
    if (!listed.has(file.packagePath)) {
      await output.addFile(file.packagePath, join(input.sourceDir, sourcePath), file.digest);
      listed.set(file.packagePath, {
        path: file.packagePath,
        sha256: file.digest.sha256,
        size: file.digest.size,
        type: file.type,
      });
    }
    read.set(sourcePath, file);
    progress.filesDone++;
    progress.bytesDone += sizes[i]!;
    input.onProgress?.({ ...progress });
  }

  const documents: CatalogueDocument[] = [];
  for (const draft of newestFirst(input.drafts)) {
    const files = draft.sourceFiles.map((p) => read.get(p)!);
    const text = files
      .map((f) => f.text)
      .filter(Boolean)
      .join('\n\n');
    const textBytes = new TextEncoder().encode(text);
    const textPath = `text/${digestBytes(textBytes).sha256}.txt`;
    await add(textPath, textBytes, TEXT_TYPE);
    documents.push(catalogueDocument(draft, files, textPath));
  }

  const catalogue: Catalogue = {
    domains: input.domains,
    documents,
    ...(input.commonTerms === undefined ? {} : { commonTerms: input.commonTerms as Catalogue['commonTerms'] }),
  };
  // The terminal's own schema: a package pack makes must never be one the kiosk refuses.
  const checked = v.safeParse(catalogueSchema, catalogue);
  if (!checked.success)
    throw new Error(
      `pack made a catalogue the kiosk would refuse: ${JSON.stringify(checked.issues[0].path?.map((p) => p.key))} ${checked.issues[0].message}`,
    );
  await add('catalogue.json', packageJsonBytes(catalogue), JSON_TYPE);

  const manifest = makeManifest(input.meta, [...listed.values()]);
  const manifestBytes = packageJsonBytes(manifest);
  await output.addBytes('manifest.json', manifestBytes, digestBytes(manifestBytes));
  if (input.key) {
    const signature = new TextEncoder().encode(signManifest(manifestBytes, input.key));
    await output.addBytes('manifest.sig', signature, digestBytes(signature));
  }
  return manifest;
}

/** As a disclosure catalogue lists them; rows published the same day keep the sheet's order. */
function newestFirst(drafts: LinkedDraft[]): LinkedDraft[] {
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.publishDate.localeCompare(a.d.publishDate) || a.i - b.i)
    .map(({ d }) => d);
}

function catalogueDocument(draft: LinkedDraft, files: ReadSourceFile[], textPath: string): CatalogueDocument {
  return {
    id: draft.id,
    indexNo: draft.indexNo,
    title: draft.title,
    publisher: draft.publisher,
    docNo: draft.docNo,
    writtenDate: draft.writtenDate,
    publishDate: draft.publishDate,
    topics: draft.topics,
    domain: draft.domain,
    genre: draft.genre,
    disclosure: draft.disclosure,
    scope: draft.scope,
    validity: draft.validity,
    ...(draft.replacedBy ? { replacedBy: draft.replacedBy } : {}),
    keywords: draft.keywords,
    summary: draft.summary,
    files: files.map((f) => ({
      path: f.packagePath,
      type: f.type,
      ...(f.pages !== undefined ? { pages: f.pages } : {}),
    })),
    textPath,
    ...(draft.onlineUrl ? { onlineUrl: draft.onlineUrl } : {}),
    related: draft.related,
  };
}
