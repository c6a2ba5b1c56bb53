// Decodes an HTML file's bytes with the charset it was saved in: pages saved from Chinese sites are often GBK/GB2312.

// WHATWG treats GB2312 and GBK as GB18030 (a superset): decoding with it reads all three correctly.
const GB_LABELS = new Set([
  'gb2312',
  'gbk',
  'x-gbk',
  'gb_2312-80',
  'gb_2312',
  'chinese',
  'csgb2312',
  'csiso58gb231280',
  'iso-ir-58',
  'gb18030',
]);

/** The charset to decode with: a byte-order mark, else a `<meta>` declaration near the top, else UTF-8 if valid, else GB18030. */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Browsers look for the declaration in the first 1024 bytes; saved pages sometimes push it further down with comments.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    if (GB_LABELS.has(declared)) return 'gb18030';
    if (isKnownLabel(declared)) return declared === 'utf8' ? 'utf-8' : declared;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not valid UTF-8 and nothing declared: in a Chinese government page that is nearly always GBK.
    return 'gb18030';
  }
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}
