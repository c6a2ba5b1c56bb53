// Messages between the page and the import worker, and the coded reasons an import can be refused.

export type ImportFailureCode =
  | 'fetch-failed'
  | 'too-large'
  | 'size-mismatch'
  | 'hash-mismatch'
  | 'schema'
  | 'missing-file'
  | 'unsigned'
  | 'signature-invalid'
  | 'not-newer'
  | 'rolled-back'
  /** The manifest's packageId is not the one the config names. */
  | 'wrong-package'
  /** A file the new version lists was gone from storage at the switch (pruned or lost): the version is not activated. */
  | 'blob-missing'
  | 'no-space'
  | 'zip-entry'
  | 'cancelled'
  | 'storage';

/** Why an import was refused: a code for tests and the string tables, plus what it concerns. */
export interface ImportFailure {
  code: ImportFailureCode;
  /** The package file concerned, e.g. `files/2024/a.pdf` or `catalogue.json`. */
  path?: string;
  /** Extra detail: a JSON path and message for schema errors, an HTTP status, a version number. */
  detail?: string;
}

/** A picked folder's file with its path inside the folder (`pkg/files/a.pdf`). */
export interface PickedFile {
  relativePath: string;
  file: Blob;
}

export type ImportSourceSpec =
  /** A package folder on a web server, with the manifest the page's probe already fetched. */
  | { kind: 'url'; url: string; manifestBytes: Uint8Array<ArrayBuffer> }
  | { kind: 'zip'; file: File }
  | { kind: 'folder'; files: PickedFile[] };

export interface ImportRequest {
  type: 'import';
  source: ImportSourceSpec;
  packageId: string;
  trustedKeys: string[];
  allowUnsigned: boolean;
  maxPackageBytes: number;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Set once every file is stored: documents read into the search index so far. */
  indexing?: { done: number; total: number };
}

/** Builds a stored version's search data again (after an app update changed its format), from its stored texts. */
export interface RebuildSearchRequest {
  type: 'rebuild-search';
  version: number;
}

/** Hashes every stored file of the active version again (staff console: 重新校验本机文件). */
export interface VerifyStoredRequest {
  type: 'verify-stored';
}

/** What re-hashing the active version's stored files found: every file listed, the bad ones by path. */
export interface StoredFilesCheck {
  version: number;
  checked: number;
  bad: { path: string; problem: 'missing' | 'corrupt' }[];
}

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; version: number; documents: number }
  /** A stored-files check ended; null when no version is active. */
  | { type: 'verified'; check: StoredFilesCheck | null }
  | { type: 'failed'; failure: ImportFailure };
