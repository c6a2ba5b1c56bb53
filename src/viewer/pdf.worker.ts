// pdf.js's worker as the kiosk builds it: the floor's polyfills first (pdf.js's legacy build assumes Array.prototype.at,
// Chromium 92), then pdf.js's legacy worker, whose syntax Vite lowers to the floor like the page's copy.
import '../shared/floor-polyfills.ts';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
