// The documents in SOURCE_DIR, so the sheet's 文件 cells can be checked, matched (case, Unicode form) and unused files listed.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export type ResolvedPath =
  { ok: true; path: string } | { ok: false; reason: 'outside' } | { ok: false; reason: 'missing'; suggestion?: string };

// Left by Windows, macOS and Office, never documents.
const SYSTEM_FILES = /^(\..*|~\$.*|thumbs\.db|desktop\.ini)$/i;

export class SourceFiles {
  private constructor(
    /** Relative paths with `/`, NFC (macOS stores names decomposed), to the name on disk. */
    private readonly exact: Map<string, string>,
    private readonly folded: Map<string, string>,
  ) {}

  static async scan(sourceDir: string, notDocuments: string[]): Promise<SourceFiles> {
    const exact = new Map<string, string>();
    const folded = new Map<string, string>();
    const skipped = new Set(notDocuments.map((n) => n.normalize('NFC')));
    for (const entry of await readdir(sourceDir, { withFileTypes: true, recursive: true })) {
      const full = join(entry.parentPath, entry.name);
      // A link to a document counts as the document (staff may link rather than copy large files).
      if (!entry.isFile() && !(entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile())) continue;
      const onDisk = relative(sourceDir, full).split(sep).join('/');
      if (onDisk.split('/').some((part) => SYSTEM_FILES.test(part))) continue;
      const key = onDisk.normalize('NFC');
      if (skipped.has(key)) continue;
      exact.set(key, onDisk);
      folded.set(key.toLowerCase(), onDisk);
    }
    return new SourceFiles(exact, folded);
  }

  /** Finds a path as staff wrote it (`2024\通知.pdf`, `./2024/通知.pdf`); suggests the file they probably meant. */
  resolve(written: string): ResolvedPath {
    const path = written
      .normalize('NFC')
      .replace(/\\/g, '/')
      .replace(/\/{2,}/g, '/')
      .replace(/^(\.\/)+/, '');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..'))
      return { ok: false, reason: 'outside' };
    const found = this.exact.get(path);
    if (found !== undefined) return { ok: true, path: found };
    return { ok: false, reason: 'missing', suggestion: this.folded.get(path.toLowerCase()) ?? this.sameName(path) };
  }

  /** Files no row names: often a document someone forgot to list. */
  unused(used: Set<string>): string[] {
    return [...this.exact.values()].filter((path) => !used.has(path)).sort();
  }

  private sameName(path: string): string | undefined {
    const name = path.split('/').pop()!.toLowerCase();
    const matches = [...this.exact.values()].filter((p) => p.split('/').pop()!.normalize('NFC').toLowerCase() === name);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
