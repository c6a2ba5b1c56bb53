// pdf.js's modern build and its worker: for browsers that have what the legacy build polyfills.
export { getDocument, GlobalWorkerOptions, PDFWorker, TextLayer } from 'pdfjs-dist';
// Its worker bundled by Vite like the legacy one; only browsers with the APIs it assumes ever load it (see ./pdf.ts).
export { default as workerUrl } from 'pdfjs-dist/build/pdf.worker.mjs?worker&url';
