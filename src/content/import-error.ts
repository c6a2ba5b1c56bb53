// The error thrown inside an import; it carries an ImportFailure that crosses the worker boundary as plain data.
import type { ImportFailure, ImportFailureCode } from '../shared/import-messages.ts';

export class ImportError extends Error {
  readonly failure: ImportFailure;
  constructor(code: ImportFailureCode, path?: string, detail?: string) {
    super([code, path, detail].filter(Boolean).join(': '));
    this.failure = { code, path, detail };
  }
}
