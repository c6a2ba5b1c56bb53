// MIME types by file extension, and which of them the kiosk can show (src/ui/FileViewer decides; keep the two in step).
import { extname } from 'node:path';

interface FileKind {
  type: string;
  /** Shown on the kiosk; anything else gets “请扫码查看原文”. */
  shown: boolean;
  /** What staff call it, in warnings. */
  name: string;
  /** Pack reads its text for search. */
  text?: 'pdf' | 'html' | 'plain';
}

const KINDS: Record<string, FileKind> = {
  '.pdf': { type: 'application/pdf', shown: true, name: 'PDF', text: 'pdf' },
  '.html': { type: 'text/html', shown: true, name: '网页', text: 'html' },
  '.htm': { type: 'text/html', shown: true, name: '网页', text: 'html' },
  '.png': { type: 'image/png', shown: true, name: 'PNG 图片' },
  '.jpg': { type: 'image/jpeg', shown: true, name: 'JPEG 图片' },
  '.jpeg': { type: 'image/jpeg', shown: true, name: 'JPEG 图片' },
  '.gif': { type: 'image/gif', shown: true, name: 'GIF 图片' },
  '.webp': { type: 'image/webp', shown: true, name: 'WebP 图片' },
  '.ofd': { type: 'application/ofd', shown: false, name: 'OFD 版式文件' },
  '.doc': { type: 'application/msword', shown: false, name: 'Word 文档' },
  '.docx': {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    shown: false,
    name: 'Word 文档',
  },
  '.wps': { type: 'application/vnd.ms-works', shown: false, name: 'WPS 文档' },
  '.xls': { type: 'application/vnd.ms-excel', shown: false, name: 'Excel 表格' },
  '.xlsx': {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    shown: false,
    name: 'Excel 表格',
  },
  '.et': { type: 'application/vnd.ms-excel', shown: false, name: 'WPS 表格' },
  '.ppt': { type: 'application/vnd.ms-powerpoint', shown: false, name: 'PowerPoint 演示文稿' },
  '.pptx': {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    shown: false,
    name: 'PowerPoint 演示文稿',
  },
  '.txt': { type: 'text/plain; charset=utf-8', shown: false, name: '纯文本', text: 'plain' },
  '.tif': { type: 'image/tiff', shown: false, name: 'TIFF 图片' },
  '.tiff': { type: 'image/tiff', shown: false, name: 'TIFF 图片' },
  '.bmp': { type: 'image/bmp', shown: false, name: 'BMP 图片' },
  '.zip': { type: 'application/zip', shown: false, name: '压缩包' },
  '.rar': { type: 'application/vnd.rar', shown: false, name: '压缩包' },
};

export function fileKind(path: string): FileKind & { ext: string } {
  const ext = extname(path).toLowerCase();
  return {
    ext,
    ...(KINDS[ext] ?? { type: 'application/octet-stream', shown: false, name: ext ? `${ext} 文件` : '无扩展名的文件' }),
  };
}
