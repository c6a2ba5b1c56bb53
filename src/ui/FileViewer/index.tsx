// Shows one file of a document with the viewer its type needs, or says plainly why it cannot.
import { useEffect, useState } from 'preact/hooks';
import type { DocumentFile } from '../../shared/package-format.ts';
import { DocError } from '../DocError/index.tsx';
import { HtmlViewer } from '../HtmlViewer/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { ImageViewer } from '../ImageViewer/index.tsx';
import { PdfViewer } from '../PdfViewer/index.tsx';
import { useServices } from '../services.ts';

interface Props {
  file: DocumentFile;
  title: string;
  page: number;
  onPageChange: (page: number) => void;
}

const SHOWABLE_IMAGES = /^image\/(png|jpeg|gif|webp)$/;

export function FileViewer({ file, title, page, onPageChange }: Props) {
  const t = useStrings();
  const { openFile } = useServices();
  const [blob, setBlob] = useState<Blob | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setBlob(undefined);
    openFile(file.path).then(
      (found) => live && setBlob(found ?? null),
      () => live && setBlob(null),
    );
    return () => {
      live = false;
    };
  }, [file.path]);

  if (blob === undefined) return <p role="status">{t.doc.opening}</p>;
  if (blob === null) return <DocError message={t.doc.missingFile} />;
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return <PdfViewer blob={blob} page={page} onPageChange={onPageChange} />;
  if (type === 'text/html') return <HtmlViewer blob={blob} title={title} />;
  if (SHOWABLE_IMAGES.test(type)) return <ImageViewer blob={blob} title={title} />;
  return <DocError message={t.doc.unsupported} />;
}
