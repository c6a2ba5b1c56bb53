// Shows one file of a document with the viewer its type needs, or says plainly why it cannot.
import { useEffect, useState } from 'preact/hooks';
import type { DocumentFile } from '../../shared/package-format.ts';
import { DocError } from '../DocError/index.tsx';
import { HtmlViewer } from '../HtmlViewer/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { ImageViewer } from '../ImageViewer/index.tsx';
import { loadPdf } from '../PdfViewer/load-pdf.ts';
import { PdfViewer } from '../PdfViewer/index.tsx';
import { useServices } from '../services.ts';
import { useLatest } from '../use-latest.ts';

interface Props {
  file: DocumentFile;
  title: string;
  page: number;
  onPageChange: (page: number) => void;
  /** The document's online original (QR target when a file cannot be shown). */
  originalUrl?: string;
  /** The file's first view is on screen (a PDF's first page painted), or a message says why it cannot be. */
  onShown: () => void;
}

const SHOWABLE_IMAGES = /^image\/(png|jpeg|gif|webp)$/;

/** What to call a file the kiosk cannot show, so the message names it as a resident would ("Word 文档"). */
export function unsupportedKind(file: DocumentFile): string {
  const type = file.type.toLowerCase();
  const ext = file.path.toLowerCase().split('.').pop() ?? '';
  if (type.includes('ofd') || ext === 'ofd') return 'ofd';
  if (type.includes('word') || ['doc', 'docx', 'wps', 'rtf'].includes(ext)) return 'word';
  if (type.includes('excel') || type.includes('spreadsheet') || ['xls', 'xlsx', 'et', 'csv'].includes(ext))
    return 'excel';
  if (type.includes('powerpoint') || type.includes('presentation') || ['ppt', 'pptx', 'dps'].includes(ext))
    return 'powerpoint';
  if (type.includes('zip') || type.includes('rar') || ['zip', 'rar', '7z'].includes(ext)) return 'archive';
  return 'other';
}

const mediaType = (file: DocumentFile) => file.type.split(';')[0]?.trim().toLowerCase() ?? '';

export function FileViewer({ file, title, page, onPageChange, originalUrl, onShown }: Props) {
  const t = useStrings();
  const { openFile } = useServices();
  const [blob, setBlob] = useState<Blob | null | undefined>(undefined);
  const type = mediaType(file);

  useEffect(() => {
    let live = true;
    setBlob(undefined);
    // pdf.js's worker starts while the file is read, not after.
    if (type === 'application/pdf') void loadPdf().catch((e: unknown) => console.error(e));
    openFile(file.path).then(
      (found) => live && setBlob(found ?? null),
      () => live && setBlob(null),
    );
    return () => {
      live = false;
    };
  }, [file.path, type, openFile]);

  // A PDF says when its first page is painted; anything else is shown as soon as its bytes are here.
  const pdf = !!blob && type === 'application/pdf';
  // The parent's callback is made anew at each render: said once per file shown, not at each of the parent's renders.
  const shown = useLatest(onShown);
  useEffect(() => void (blob !== undefined && !pdf && shown.current()), [blob, pdf, shown]);

  if (blob === undefined) return <p role="status">{t.doc.opening}</p>;
  if (blob === null) return <DocError message={t.doc.missingFile} originalUrl={originalUrl} />;
  if (pdf)
    return (
      <PdfViewer blob={blob} page={page} onPageChange={onPageChange} originalUrl={originalUrl} onShown={onShown} />
    );
  if (type === 'text/html') return <HtmlViewer blob={blob} title={title} path={file.path} originalUrl={originalUrl} />;
  if (SHOWABLE_IMAGES.test(type)) return <ImageViewer blob={blob} title={title} />;
  const kind = t.doc.fileKinds[unsupportedKind(file)] ?? t.doc.fileKinds.other!;
  return <DocError message={t.doc.unsupported(kind)} originalUrl={originalUrl} />;
}
