// The bench's reference: pdfjs-dist's own PDFViewer showing one PDF, timed from navigation start to its first painted page.
/// <reference types="vite/client" />
import { AnnotationMode, getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { EventBus, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';

const marks: Record<string, number> = { scriptStart: performance.now() };
let settle: (value: Record<string, number>) => void = () => undefined;
let fail: (reason: string) => void = () => undefined;
const done = new Promise<Record<string, number>>((resolve, reject) => {
  settle = resolve;
  fail = (reason) => reject(new Error(reason));
});
(window as unknown as { __reference: unknown }).__reference = { marks, done };

GlobalWorkerOptions.workerSrc = workerUrl;
const params = new URLSearchParams(location.search);
// The CSS width our viewer gives the page; the bench passes it so both paint the same number of pixels.
const pageWidth = Number(params.get('width')) || 1200;
const file = params.get('file') ?? 'document.pdf';
// Ours lays a text layer over the page in view (read-aloud marks it): so does the reference, unless `?textLayer=0`.
const textLayerMode = params.get('textLayer') === '0' ? 0 : 1;
// Same folders and options as src/viewer/pdf.ts, so the only difference is the viewer around pdf.js.
const assets = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

const container = document.getElementById('viewerContainer') as HTMLDivElement;
// 'page-width' leaves 40 px of padding beside the scrollbar: widen the container so the page itself is `pageWidth`.
container.style.width = `${pageWidth + 40}px`;
container.style.width = `${pageWidth + 40 + container.offsetWidth - container.clientWidth}px`;

const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({
  container,
  viewer: document.getElementById('viewer') as HTMLDivElement,
  eventBus,
  linkService,
  // Ours paints annotations into the canvas (pdf.js's render default): the same here.
  textLayerMode,
  annotationMode: AnnotationMode.ENABLE,
});
linkService.setViewer(viewer);

eventBus.on('pagesinit', () => {
  marks.pagesInit = performance.now();
  viewer.currentScaleValue = 'page-width';
});
eventBus.on('pagerendered', ({ pageNumber, error }: { pageNumber: number; error?: unknown }) => {
  if (pageNumber !== 1 || 'pageRendered' in marks) return;
  if (error) return fail(String(error));
  marks.pageRendered = performance.now();
  // As the kiosk's probe (scripts/bench/probe.ts) does: painted is when the frame that draws it runs.
  requestAnimationFrame(() => {
    marks.painted = performance.now();
    settle(marks);
  });
});

// An explicit worker only to time its start; getDocument would otherwise make the same one itself.
const worker = new PDFWorker();
void worker.promise.then(() => (marks.workerReady = performance.now()));
getDocument({
  url: file,
  worker,
  cMapUrl: assets('cmaps'),
  cMapPacked: true,
  standardFontDataUrl: assets('standard_fonts'),
  wasmUrl: assets('wasm'),
  iccUrl: assets('iccs'),
  useWorkerFetch: false,
  isEvalSupported: false,
  enableXfa: false,
}).promise.then(
  (pdf) => {
    marks.documentLoaded = performance.now();
    viewer.setDocument(pdf);
    linkService.setDocument(pdf, null);
  },
  (e: unknown) => fail(String(e)),
);
