// Tells bytes that cannot be a whole PDF (empty, not a PDF, cut short) before pdf.js spends time on them.

// How far back from the end the last `startxref` is looked for: scanners and export tools append at most a few KB
// after %%EOF (measured on the test PDFs), and an incremental update's trailer is near the end.
const TAIL_BYTES = 1024 * 1024;

export type PrecheckFailure = 'empty' | 'damaged' | 'truncated';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/**
 * Why these bytes cannot be a whole PDF; null when they may be one. A file cut short loses the `%%EOF` that follows
 * its last `startxref`, and pdf.js would quietly show part of it. Bytes after that `%%EOF` (a scanner's padding) are
 * no sign of damage: pdf.js opens such files, so the check is after `startxref`, not at the very end.
 */
export function precheckPdf(bytes: Uint8Array): PrecheckFailure | null {
  const head = latin1(bytes.subarray(0, 1024));
  if (head.trim() === '' && bytes.length <= 1024) return 'empty';
  if (!head.includes('%PDF-')) return 'damaged';
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  const startxref = tail.lastIndexOf('startxref');
  if (startxref >= 0) return tail.includes('%%EOF', startxref) ? null : 'truncated';
  // No trailer to go by (pdf.js can rebuild a lost cross-reference table): the end must still be there.
  return tail.slice(-2048).includes('%%EOF') ? null : 'truncated';
}
