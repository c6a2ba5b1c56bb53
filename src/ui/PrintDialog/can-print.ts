// Which files have a print button: the kinds the print layouts can put on paper (kept apart so the document screen stays light).
import type { DocumentFile } from '../../shared/package-format.ts';

const PRINTABLE = /^(application\/pdf|text\/html|image\/(png|jpeg|gif|webp))$/;

export function mimeOf(file: DocumentFile): string {
  return file.type.split(';')[0]?.trim().toLowerCase() ?? '';
}

export function canPrint(file: DocumentFile): boolean {
  return PRINTABLE.test(mimeOf(file));
}
