// Turns the bench's measurements into table rows and detail lines, and prints them as a plain-text table.
import type { ColdStartResult } from './cold-start.ts';
import type { FirstPdfPageResult, PdfRun } from './first-pdf-page.ts';
import type { SizedScript } from './script-log.ts';
import { kb, median, ms, percentile, round } from './stats.ts';

export interface Row {
  name: string;
  measured: string;
  reference: string;
  goal: string;
  /** Whether the measured figure is within the goal; null when there is nothing to judge. */
  meets: boolean | null;
  /** Lines under the table: what the figure includes, where the time goes. */
  details: string[];
}

const spread = (values: number[]) => `${ms(median(values))} median, ${ms(percentile(values, 95))} p95`;
const medianOf = (runs: PdfRun[], pick: (run: PdfRun) => number | undefined) =>
  median(runs.map(pick).filter((v): v is number => v !== undefined));

export function coldStartRow(result: ColdStartResult, goalMs: number): Row {
  const cold = result.runs.filter((r) => r.serviceWorker === 'stopped');
  const warm = result.runs.filter((r) => r.serviceWorker === 'running');
  const total = cold.map((r) => r.totalMs);
  return {
    name: 'cold-start',
    measured: `${spread(total)} (${cold.length} runs)`,
    reference: '',
    goal: `≤ ${goalMs} ms`,
    meets: median(total) <= goalMs,
    details: [
      'Offline, service worker in control but stopped before each run (as after a reboot); fresh page, same context.',
      'Figure = navigation start → first frame with the domain tiles, + tile pointerdown → first frame with the browse list.',
      `  to tiles ${spread(cold.map((r) => r.tilesMs))}; tap ${spread(cold.map((r) => r.tapMs))}`,
      `  where it goes (medians): HTML from the service worker ${ms(median(cold.map((r) => r.htmlMs)))}, ` +
        `DOMContentLoaded ${ms(median(cold.map((r) => r.domContentLoadedMs)))}, tiles ${ms(median(cold.map((r) => r.tilesMs)))}`,
      `  with the service worker already running: ${spread(warm.map((r) => r.totalMs))} (${warm.length} runs)`,
    ],
  };
}

export function initialJsRow(
  cold: ColdStartResult,
  scripts: SizedScript[],
  firstStartOnly: SizedScript[],
  goalBytes: number,
): Row {
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const pdfjs = scripts.filter((s) => /\/pdf[-.]|pdfjs/.test(s.path));
  const tiles = median(cold.runs.map((r) => r.tilesMs));
  const when = (path: string) => {
    const loads = cold.scripts.filter((l) => l.path === path && l.via !== 'failed');
    if (loads.length === 0) return 'the service worker itself, started by each navigation';
    return `in ${loads.length} of ${cold.runs.length} runs, requested ${ms(median(loads.map((l) => l.requestedMs)))} after navigation start`;
  };
  return {
    name: 'initial-js',
    measured: `${kb(total)} gzipped, ${scripts.length} files`,
    reference: '',
    goal: `≤ ${kb(goalBytes)}`,
    meets: total <= goalBytes,
    details: [
      'Every script loaded during the cold starts above (until the browse list shows), workers included,',
      `gzipped at level 9 from the build; tiles were painted at ${ms(tiles)} (median):`,
      ...scripts.map((s) => `  ${s.path}  ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped; ${when(s.path)}`),
      pdfjs.length === 0
        ? '  pdf.js is not among them.'
        : `  pdf.js IS among them: ${pdfjs.map((s) => s.path).join(', ')}`,
      ...(firstStartOnly.length
        ? [
            `  The first start (import) also loads: ${firstStartOnly.map((s) => `${s.path} ${kb(s.gzip)}`).join(', ')} gzipped.`,
          ]
        : []),
    ],
  };
}

export function firstPdfPageRow(result: FirstPdfPageResult, referenceJs: SizedScript[], goalRatio: number): Row {
  const ours = medianOf(result.ours, (r) => r.paintedMs);
  const reference = medianOf(result.reference, (r) => r.paintedMs);
  const ratio = ours / reference;
  const oursDone = medianOf(result.ours, (r) => r.marks.firstPageSeen);
  const referenceDone = medianOf(result.reference, (r) => r.marks.pageRendered);
  const fresh = medianOf(result.oursFresh, (r) => r.paintedMs);
  const c = (runs: PdfRun[]) => runs[0]!.canvas;
  const jsTotal = referenceJs.reduce((sum, s) => sum + s.gzip, 0);
  return {
    name: 'first-pdf-page',
    measured: `${ms(ours)} median (${result.ours.length} runs)`,
    reference: `PDFViewer ${ms(reference)} median; ratio ${round(ratio, 2)}`,
    goal: `ratio ≤ ${goalRatio}`,
    meets: ratio <= goalRatio,
    details: [
      'Ours: a new page straight to #/doc/<id> in a context that already imported, offline, service worker stopped first.',
      '  Figure = navigation start → first frame after page 1 is painted (app start, IndexedDB, pdf.js load, worker start, render).',
      `  where it goes (medians): document screen ${ms(medianOf(result.ours, (r) => r.marks.docScreen))}, ` +
        `PDF opened ${ms(medianOf(result.ours, (r) => r.marks.pdfOpened))}, page painted ${ms(ours)}; p95 ${ms(
          percentile(
            result.ours.map((r) => r.paintedMs),
            95,
          ),
        )}`,
      'Reference: pdfjs-dist PDFViewer (text layer on, as ours; canvas annotations as ours; page-width), fresh context each run;',
      '  same file bytes, DPR, cMap/font/wasm URLs and getDocument options; figure = navigation start → first frame after pagerendered.',
      `  where it goes (medians): script running ${ms(medianOf(result.reference, (r) => r.marks.scriptStart))}, ` +
        `worker ready ${ms(medianOf(result.reference, (r) => r.marks.workerReady))}, document loaded ` +
        `${ms(medianOf(result.reference, (r) => r.marks.documentLoaded))}, pagerendered ${ms(referenceDone)}, painted ${ms(reference)}; ` +
        `p95 ${ms(
          percentile(
            result.reference.map((r) => r.paintedMs),
            95,
          ),
        )}`,
      `  ratio on render-done events instead of frames: ${round(oursDone / referenceDone, 2)} (${ms(oursDone)} ÷ ${ms(referenceDone)})`,
      `  reference JS: ${kb(jsTotal)} gzipped (${referenceJs.map((s) => `${s.path} ${kb(s.gzip)}`).join(', ')})`,
      `Ours from a fresh context (pdf.js never loaded in it; no service worker, so nothing from a cache; first-start import done`,
      `  on Home beforehand and not counted): ${ms(fresh)} median, ratio ${round(fresh / reference, 2)} to the reference (${result.oursFresh.length} runs)`,
      `Painted canvases: ours ${c(result.ours).width}×${c(result.ours).height} (${c(result.ours).inkPixels} ink px), ` +
        `reference ${c(result.reference).width}×${c(result.reference).height} (${c(result.reference).inkPixels} ink px)`,
    ],
  };
}

/** The table, then each row's details. */
export function formatTable(rows: Row[], header: string): string {
  const head = ['row', 'measured', 'reference', 'goal', 'meets'];
  const cells = rows.map((r) => [
    r.name,
    r.measured,
    r.reference || '—',
    r.goal,
    r.meets === null ? '—' : r.meets ? 'yes' : 'no',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const details = rows.flatMap((r) => ['', `${r.name}:`, ...r.details.map((d) => `  ${d}`)]);
  return [header, '', line(head), rule, ...cells.map(line), ...details].join('\n');
}
