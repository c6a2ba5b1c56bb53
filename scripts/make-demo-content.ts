// Generates the bundled demo content package (public/demo-package/): 70-odd invented 云溪县 documents, rendered by Chromium.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_DOMAINS, type CatalogueDocument } from '../src/shared/package-format.ts';
import { writePackage, type PackageInput } from './lib/package-writer.ts';
import { checkSpecs, mirrorRelated, prepareDocument, renderDocument } from './demo-content/build-documents.ts';
import { openRenderer } from './demo-content/chromium-render.ts';
import type { DocSpec } from './demo-content/doc-spec.ts';
import { BUDGET_DOCS } from './demo-content/docs-budgets.ts';
import { ENVIRONMENT_FOOD_DOCS } from './demo-content/docs-environment-food.ts';
import { HOUSEHOLD_FARM_DOCS } from './demo-content/docs-household-farm.ts';
import { HOUSING_DOCS } from './demo-content/docs-housing.ts';
import { LAND_RELOCATION_DOCS } from './demo-content/docs-land-relocation.ts';
import { RELIEF_SERVICES_DOCS } from './demo-content/docs-relief-services.ts';
import { TRADING_EDUCATION_DOCS } from './demo-content/docs-trading-education.ts';
import { DEMO_NOTICES } from './demo-content/notices.ts';
import { subsetFontCss } from './demo-content/pdf-fonts.ts';

const OUT_DIR = fileURLToPath(new URL('../public/demo-package/', import.meta.url));
const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;

const ALL_SPECS: DocSpec[] = [
  ...LAND_RELOCATION_DOCS,
  ...HOUSING_DOCS,
  ...RELIEF_SERVICES_DOCS,
  ...TRADING_EDUCATION_DOCS,
  ...BUDGET_DOCS,
  ...ENVIRONMENT_FOOD_DOCS,
  ...HOUSEHOLD_FARM_DOCS,
];

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function main(): Promise<void> {
  checkSpecs(ALL_SPECS);
  await rm(OUT_DIR, { recursive: true, force: true });

  const prepared = ALL_SPECS.map((spec) => prepareDocument(spec, ALL_SPECS));
  // One font subset for the whole run: every printed character in the regular face, the 文头 lines in the bold one.
  const fontCss = await subsetFontCss(
    prepared.map((p) => p.text).join('') + '附件文件—0123456789',
    prepared.map((p) => `${p.printed.publisher}文件`).join(''),
  );

  const files: PackageInput['files'] = new Map();
  const documents: CatalogueDocument[] = [];
  const renderer = await openRenderer();
  try {
    for (const doc of prepared) documents.push(await renderDocument(doc, renderer, fontCss, files));
  } finally {
    await renderer.close();
  }
  mirrorRelated(documents);
  // Newest first, as a disclosure catalogue lists them; ties broken by id so reruns agree.
  documents.sort((a, b) => b.publishDate.localeCompare(a.publishDate) || a.id.localeCompare(b.id));

  await writePackage(OUT_DIR, {
    packageId: 'yunxi-demo',
    version: 1,
    publisher: '云溪县人民政府办公室',
    title: '云溪县政府信息公开目录（演示）',
    // Fixed so a rerun gives the same manifest apart from PDF bytes (Chromium stamps creation times).
    created: '2026-11-20T08:00:00.000Z',
    catalogue: { domains: DEMO_DOMAINS, documents },
    notices: DEMO_NOTICES,
    files,
  });

  const bytes = await folderBytes(OUT_DIR);
  const longest = documents
    .flatMap((d) => d.files.map((f) => ({ id: d.id, pages: f.pages ?? 0 })))
    .sort((a, b) => b.pages - a.pages)[0];
  console.log(`${documents.length} documents, ${(bytes / 1024 / 1024).toFixed(2)} MB in ${OUT_DIR}`);
  console.log(`longest PDF: ${longest?.id} (${longest?.pages} pages)`);
  if (bytes > MAX_PACKAGE_BYTES) throw new Error(`the demo package is ${bytes} bytes, over the 5 MB budget`);
}

await main();
