// Opens the shown file for printing once per dialog: PDF pages, a picture, or a web page's text; closed with the dialog.
import { useEffect, useState } from 'preact/hooks';
import { estimateTextSheets, htmlToTextBlocks, type TextBlock } from '../../print/html-text.ts';
import { imagePrintSource, openPdfPrintSource, type PrintSource } from '../../print/print-source.ts';
import type { DocumentFile } from '../../shared/package-format.ts';
import { useServices } from '../services.ts';
import { mimeOf } from './can-print.ts';

export type Printable =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'pages'; source: PrintSource }
  | { kind: 'text'; blocks: TextBlock[]; estimate: number };

const IMAGES = /^image\//;

async function open(file: DocumentFile, blob: Blob): Promise<Printable> {
  const type = mimeOf(file);
  if (type === 'application/pdf') return { kind: 'pages', source: await openPdfPrintSource(blob) };
  if (IMAGES.test(type)) return { kind: 'pages', source: imagePrintSource(blob) };
  const blocks = htmlToTextBlocks(await blob.text());
  return { kind: 'text', blocks, estimate: estimateTextSheets(blocks) };
}

export function usePrintable(file: DocumentFile): Printable {
  const { openFile } = useServices();
  const [printable, setPrintable] = useState<Printable>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let opened: Printable | undefined;
    void (async () => {
      try {
        const blob = await openFile(file.path);
        if (!blob) throw new Error(`missing ${file.path}`);
        opened = await open(file, blob);
        if (live) setPrintable(opened);
        else if (opened.kind === 'pages') void opened.source.destroy();
      } catch (e) {
        console.error('cannot open for printing', e);
        if (live) setPrintable({ kind: 'failed' });
      }
    })();
    return () => {
      live = false;
      if (opened?.kind === 'pages') void opened.source.destroy();
    };
  }, [file, openFile]);
  return printable;
}
