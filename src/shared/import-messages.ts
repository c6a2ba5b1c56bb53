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
  | 'storage';

/** Why an import was refused: a code for tests and the string tables, plus what it concerns. */
export interface ImportFailure {
  code: ImportFailureCode;
  /** The package file concerned, e.g. `files/2024/a.pdf` or `catalogue.json`. */
  path?: string;
  /** Extra detail: a JSON path and message for schema errors, an HTTP status, a version number. */
  detail?: string;
}

export interface ImportRequest {
  type: 'import-url';
  /** Folder URL of the package, ending in `/`. */
  url: string;
  trustedKeys: string[];
  allowUnsigned: boolean;
  maxPackageBytes: number;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; version: number; documents: number }
  | { type: 'failed'; failure: ImportFailure };
