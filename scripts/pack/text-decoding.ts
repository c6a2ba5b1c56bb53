// Decodes a sheet or web page as Chinese Windows saves it: UTF-8 (with or without BOM) when it is valid UTF-8, else GB18030.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'gb18030';
}

/**
 * Chinese Excel's plain “CSV” is GBK (GB18030's subset), its “CSV UTF-8” has a BOM; GBK bytes for Chinese are
 * almost never valid UTF-8, so a strict UTF-8 decode that fails is a reliable sign of GB18030.
 */
export function decodeChineseText(bytes: Uint8Array): DecodedText {
  // Excel's “Unicode 文本” is UTF-16 LE with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
