// Reads one source file for the package: its digest in pieces and, for PDF, HTML and plain text, its searchable text.
import { join } from 'node:path';
import { digestFile, type FileDigest } from './file-digest.ts';
import { fileKind } from './file-types.ts';
import { htmlToText } from './html-text.ts';
import { extractPdfText, looksScanned } from './pdf-text.ts';
import { quoted, type Problems } from './problems.ts';
import { decodeChineseText } from './text-decoding.ts';

export interface ReadSourceFile {
  /** Relative to SOURCE_DIR. */
  sourcePath: string;
  /** Named by content, so `Cache-Control: immutable` on files/ is safe: a changed document gets a new path. */
  packagePath: string;
  type: string;
  digest: FileDigest;
  pages?: number;
  text: string;
}

/** `where` names the first row that lists the file, for warnings (a scan, a password, a broken PDF). */
export async function readSourceFile(
  sourceDir: string,
  sourcePath: string,
  where: string,
  problems: Problems,
): Promise<ReadSourceFile> {
  const kind = fileKind(sourcePath);
  const absolute = join(sourceDir, sourcePath);
  // The worker reads a PDF itself while this thread hashes it: the file is in the disk cache by then, and never here whole.
  const pdfText = kind.text === 'pdf' ? extractPdfText(absolute) : undefined;
  const { bytes, ...digest } = await digestFile(absolute, kind.text === 'html' || kind.text === 'plain');
  const file: ReadSourceFile = {
    sourcePath,
    packagePath: `files/${digest.sha256}${kind.ext}`,
    type: kind.type,
    digest,
    text: '',
  };
  const name = quoted(sourcePath);

  if (pdfText) {
    const pdf = await pdfText;
    if (!pdf.ok && pdf.reason === 'encrypted') {
      problems.warn(
        'encrypted-pdf',
        `${where}：${name} 有密码保护，查阅机无法打开，也无法提取文字；已打包。请换成无密码的 PDF`,
      );
    } else if (!pdf.ok) {
      problems.warn(
        'unreadable-pdf',
        `${where}：${name} 无法读取（文件损坏或不完整：${pdf.detail}）；已打包，但查阅机可能无法显示。请重新导出该 PDF`,
      );
    } else {
      file.pages = pdf.pages;
      file.text = pdf.text;
      if (looksScanned(pdf.text, pdf.pages)) {
        problems.warn(
          'scanned-pdf',
          `${where}：${name} 没有可提取的文字（可能是扫描件），已打包，但无法按正文搜索到它`,
        );
      }
    }
  } else if (bytes) {
    const decoded = decodeChineseText(bytes);
    if (kind.text === 'html' && decoded.encoding !== 'utf-8') {
      problems.warn(
        'html-not-utf8',
        `${where}：${name} 不是 UTF-8 编码的网页，查阅机上可能显示乱码；已打包。请另存为 UTF-8`,
      );
    }
    file.text = kind.text === 'html' ? htmlToText(decoded.text) : decoded.text.replace(/^\ufeff/, '').trim();
  }
  return file;
}
