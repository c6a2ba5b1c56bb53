// Schemas for manifest.json, catalogue.json and notices.json: untrusted input is checked before anything is stored.
import * as v from 'valibot';
import { PACKAGE_FORMAT } from '../shared/package-format.ts';
import { ImportError } from './import-error.ts';

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a lowercase hex sha256'));
// A package path is a plain name under the package root, so no reader can resolve it elsewhere: no scheme, no `%`
// escapes (`%2e%2e` is `..` to a URL), no `\\`, `?`, `#`, control characters, empty, `.` or `..` segments.
const SEGMENT = String.raw`(?!\.\.?(?:/|$))[^/%\\?#\u0000-\u001f\u007f-\u009f]+`;
const FILES_PATH = new RegExp(`^files(?:/${SEGMENT})+$`);
const TEXT_PATH = /^text\/[0-9a-f]{64}\.txt$/;
const filesPath = v.pipe(v.string(), v.regex(FILES_PATH, 'not a plain files/… path'));
const textPath = v.pipe(v.string(), v.regex(TEXT_PATH, 'not text/<sha256>.txt'));
/** A path a manifest may list: the two JSON files, `files/…`, or `text/<sha256>.txt`, each a plain name. */
export function isListablePath(path: string): boolean {
  return path === 'catalogue.json' || path === 'notices.json' || FILES_PATH.test(path) || TEXT_PATH.test(path);
}
const manifestPath = v.pipe(
  v.string(),
  v.check(isListablePath, 'not a plain package path (catalogue.json, notices.json, files/…, text/<sha256>.txt)'),
);
// Shown as a QR code and printed on the footer: a phone must open it as a web page, never run or fetch anything else.
const webUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'not an http(s) URL'));

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date (YYYY-MM-DD)'));
const optionalIsoDate = v.union([v.literal(''), isoDate]);

export const manifestSchema = v.object({
  format: v.literal(PACKAGE_FORMAT),
  packageId: v.pipe(v.string(), v.minLength(1)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  created: v.pipe(v.string(), v.isoTimestamp()),
  publisher: v.string(),
  title: v.string(),
  files: v.array(
    v.object({
      path: manifestPath,
      sha256,
      size: v.pipe(v.number(), v.integer(), v.minValue(0)),
      type: v.string(),
    }),
  ),
});

const documentSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._~-]+$/, 'not URL-safe')),
  indexNo: v.string(),
  title: v.pipe(v.string(), v.minLength(1)),
  publisher: v.string(),
  docNo: v.string(),
  writtenDate: optionalIsoDate,
  publishDate: isoDate,
  topics: v.array(v.string()),
  domain: v.string(),
  genre: v.string(),
  disclosure: v.picklist(['主动公开', '依申请公开']),
  scope: v.string(),
  validity: v.picklist(['有效', '已修订', '失效', '废止']),
  replacedBy: v.optional(v.string()),
  keywords: v.array(v.string()),
  summary: v.string(),
  files: v.pipe(
    v.array(v.object({ path: filesPath, type: v.string(), pages: v.optional(v.number()) })),
    v.minLength(1),
  ),
  textPath,
  onlineUrl: v.optional(webUrl),
  related: v.array(v.string()),
});

// Staff's own terms: a few short words per domain, as many chips as fit the search screen.
const domainTerms = v.object({
  domain: v.string(),
  terms: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(20))), v.minLength(1), v.maxLength(12)),
});

export const catalogueSchema = v.pipe(
  v.object({
    domains: v.array(v.object({ key: v.string(), name: v.string() })),
    documents: v.array(documentSchema),
    commonTerms: v.optional(v.array(domainTerms)),
  }),
  v.check(
    ({ domains, commonTerms }) =>
      (commonTerms ?? []).every((t) => t.domain === 'other' || domains.some((d) => d.key === t.domain)),
    'commonTerms names a domain that is not in domains',
  ),
);

export const noticesSchema = v.object({
  notices: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      body: v.string(),
      image: v.optional(filesPath),
      start: v.optional(v.string()),
      end: v.optional(v.string()),
    }),
  ),
});

/** Parses JSON text against a schema; a failure names the file and the JSON path of the first problem. */
export function parseJson<S extends v.GenericSchema>(schema: S, text: string, path: string): v.InferOutput<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ImportError('schema', path, `$: ${(e as Error).message}`);
  }
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ImportError('schema', path, `$${dotPath(issue.path)}: ${issue.message}`);
}

function dotPath(path: v.BaseIssue<unknown>['path']): string {
  return (path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
}
