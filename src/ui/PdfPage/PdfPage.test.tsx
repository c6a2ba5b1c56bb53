// A PDF page asks the bridge for a screen paint at its own width, shows the canvas it gets back, tells its viewer through
// onPainted (data-rendered is only the tests' hook), and frees a paint that finishes after the page has gone.
import { act, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import type { PaintTarget } from '../../viewer/paint-size.ts';
import type { PaintedPage, PdfHandle } from '../../viewer/pdf.ts';
import { renderWith } from '../test-support/services.tsx';
import { PdfPage } from './index.tsx';

/** A bridge whose paints finish when the test says so. */
function fakeBridge() {
  const paints: { page: number; target: PaintTarget; finish: () => HTMLCanvasElement; cancel: () => void }[] = [];
  const pdf: PdfHandle = {
    pageCount: 3,
    pageSize: () => Promise.resolve({ width: 595, height: 842 }),
    paint(page, target) {
      let resolve!: (painted: PaintedPage) => void;
      const done = new Promise<PaintedPage | null>((r) => (resolve = r));
      const cancel = vi.fn();
      paints.push({
        page,
        target,
        cancel,
        finish() {
          const canvas = document.createElement('canvas');
          canvas.width = 1190;
          canvas.height = 1684;
          resolve({ canvas, cssWidth: target.width, cssHeight: (target.width / 595) * 842 });
          return canvas;
        },
      });
      return { done, cancel };
    },
    layText: () => ({ done: Promise.resolve(true), cancel: () => undefined }),
    releasePage: () => undefined,
    destroy: () => Promise.resolve(),
  };
  return { pdf, paints };
}

function showPage(pdf: PdfHandle, onPainted = vi.fn()) {
  const view = renderWith(
    <PdfPage
      pdf={pdf}
      page={2}
      width={595}
      height={842}
      withText={false}
      paint
      onPainted={onPainted}
      onFailed={() => undefined}
    />,
  );
  return { view, onPainted, box: () => screen.getByTestId('doc-page') };
}

let renderReaderAgain: () => void = () => undefined;

/** A reader as PdfViewer's is: its callback is a new function at each of its renders. */
function Reader({ pdf, told }: { pdf: PdfHandle; told: (page: number, render: number) => void }) {
  const [render, setRender] = useState(1);
  renderReaderAgain = () => setRender((n) => n + 1);
  return (
    <PdfPage
      pdf={pdf}
      page={2}
      width={595}
      height={842}
      withText={false}
      paint
      onPainted={(page) => told(page, render)}
      onFailed={() => undefined}
    />
  );
}

describe('PdfPage', () => {
  it('asks for a screen paint at its width, shows the canvas and tells its viewer', async () => {
    const { pdf, paints } = fakeBridge();
    const { onPainted, box } = showPage(pdf);
    expect(paints.map((p) => [p.page, p.target])).toEqual([[2, { width: 595, purpose: 'screen' }]]);
    expect(box().dataset.rendered).toBe('false');

    const canvas = paints[0]!.finish();
    await waitFor(() => expect(onPainted).toHaveBeenCalledWith(2, false));
    expect(box().contains(canvas)).toBe(true);
    // The canvas follows its box, so a zoom stretches the old paint until the sharp one is ready.
    expect(canvas.style.width).toBe('100%');
    expect(box().dataset.rendered).toBe('true');
  });

  it('cancels its paint when it goes, and frees a paint that finished anyway', async () => {
    const { pdf, paints } = fakeBridge();
    const { view, onPainted } = showPage(pdf);
    view.unmount();
    expect(paints[0]!.cancel).toHaveBeenCalled();

    const canvas = paints[0]!.finish();
    await waitFor(() => expect(canvas.width).toBe(0));
    expect(canvas.height).toBe(0);
    expect(onPainted).not.toHaveBeenCalled();
  });

  it('keeps its paint when its reader renders again with new callbacks, and tells the newest one', async () => {
    const { pdf, paints } = fakeBridge();
    const told = vi.fn();
    renderWith(<Reader pdf={pdf} told={told} />);
    act(() => renderReaderAgain());

    expect(paints).toHaveLength(1);
    expect(paints[0]!.cancel).not.toHaveBeenCalled();
    paints[0]!.finish();
    await waitFor(() => expect(told).toHaveBeenCalledWith(2, 2));
    expect(told).toHaveBeenCalledTimes(1);
  });
});
