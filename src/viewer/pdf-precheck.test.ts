// A PDF with a scanner's padding after %%EOF opens; one cut short before its end is still refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precheckPdf } from './pdf-precheck.ts';

const pdfs = join(import.meta.dirname, '../../../shared/testdata/pdfs');
const read = (name: string) => new Uint8Array(readFileSync(join(pdfs, name)));
const withJunk = (bytes: Uint8Array, junk: number) => {
  const out = new Uint8Array(bytes.length + junk);
  out.set(bytes);
  // Not random: a scanner's padding is often zeros, some tools append their own text or another file's start.
  for (let i = 0; i < junk; i++) out[bytes.length + i] = (i * 131 + 7) & 0xff;
  return out;
};

describe('precheckPdf', () => {
  const tracemonkey = read('tracemonkey.pdf');

  it('takes a whole PDF, and one with bytes after its %%EOF, as scanners and export tools write them', () => {
    expect(precheckPdf(tracemonkey)).toBeNull();
    for (const junk of [1, 2048, 3000, 64 * 1024])
      expect(precheckPdf(withJunk(tracemonkey, junk)), String(junk)).toBeNull();
  });

  it('refuses a file cut short, also when an earlier part of it ends in %%EOF', () => {
    expect(precheckPdf(read('tracemonkey-truncated.pdf'))).toBe('truncated');
    // Cut just before the last %%EOF: its startxref is there, its end is not.
    const text = new TextDecoder('latin1').decode(tracemonkey);
    expect(precheckPdf(tracemonkey.subarray(0, text.lastIndexOf('%%EOF')))).toBe('truncated');
  });

  it('says empty for nothing and damaged for what is not a PDF', () => {
    expect(precheckPdf(new Uint8Array(0))).toBe('empty');
    expect(precheckPdf(new TextEncoder().encode('   \n'))).toBe('empty');
    expect(precheckPdf(new TextEncoder().encode('<html>not a pdf</html>'))).toBe('damaged');
  });

  it('takes every test PDF that is whole, with padding after it too', () => {
    for (const name of readdirPdfs().filter((n) => !n.includes('truncated'))) {
      expect(precheckPdf(read(name)), name).toBeNull();
      expect(precheckPdf(withJunk(read(name), 4096)), `${name} + padding`).toBeNull();
    }
  });
});

function readdirPdfs(): string[] {
  return readdirSync(pdfs).filter((n) => n.endsWith('.pdf'));
}
