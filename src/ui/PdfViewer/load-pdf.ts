// pdf.js's code fetched and its worker started once, as early as a PDF is known to come: before its bytes are read.
type PdfModule = typeof import('../../viewer/pdf.ts');

let loading: Promise<PdfModule> | undefined;

/**
 * Starting the worker (~0.2–0.6 s, DESIGN) runs on its own thread, so it overlaps whatever the page does meanwhile:
 * reading the config, the catalogue and the file from IndexedDB. A failed fetch is tried again on the next call.
 */
export function loadPdf(): Promise<PdfModule> {
  loading ??= import('../../viewer/pdf.ts').then(
    (viewer) => {
      viewer.warmUpPdf();
      return viewer;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
