// A PDF for the print dialog's tests: N pages, each "painted" to a tiny image at once, or held until the test lets go.
import type { PreparedPage, PrintSource } from '../../print/print-source.ts';

// One transparent pixel: a page image the sheets can decode.
const PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export interface FakePdf extends PrintSource {
  /** The pages of each render call, in order: the preview's and the job's. */
  readonly rendered: number[][];
  /** Holds the next render for paper (the job's, not the preview's) until the returned function is called. */
  hold(): () => void;
  /** Reports `done` pages of the held render to its caller. */
  progress(done: number): void;
}

function makeFakePdf(pageCount: number): FakePdf {
  const rendered: number[][] = [];
  let gate: Promise<void> | undefined;
  let onPage: ((done: number) => void) | undefined;
  return {
    pageCount,
    rendered,
    async render(pages, target, reportPage) {
      rendered.push([...pages]);
      // The preview paints one page for the screen; the job paints for paper.
      if (gate && target?.purpose !== 'screen') {
        onPage = reportPage;
        await gate;
      }
      return pages.map((page): PreparedPage => ({
        page,
        url: URL.createObjectURL(new Blob([PIXEL], { type: 'image/png' })),
      }));
    },
    destroy: () => Promise.resolve(),
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = undefined;
        release();
      };
    },
    progress: (done) => onPage?.(done),
  };
}

/** The PDF the mocked print source opens next; reset before each test. */
export const fakePdf = {
  current: makeFakePdf(1),
  reset(pageCount: number) {
    this.current = makeFakePdf(pageCount);
  },
};
