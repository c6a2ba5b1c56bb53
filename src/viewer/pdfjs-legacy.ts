// pdf.js's legacy build, which brings its own polyfills (core-js, for Chrome 110), run on the floor (Chromium 90): its
// worker starts from ./pdf.worker.ts, which adds what it still assumes, and Vite lowers both copies' syntax.
export { getDocument, GlobalWorkerOptions, PDFWorker, TextLayer } from 'pdfjs-dist/legacy/build/pdf.mjs';
export { default as workerUrl } from './pdf.worker.ts?worker&url';
