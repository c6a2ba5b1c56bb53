// A web-page document's images are object URLs made from the package: every one made is released, also when the
// resident leaves before they were all read (a terminal runs for months; each leak keeps an image's bytes).
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServices, renderWith } from '../test-support/services.tsx';
import { HtmlViewer } from './index.tsx';

const html = '<p>通知</p><img src="a.png"><img src="b.png"><img src="c.png">';
const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function urlLedger() {
  const made = new Set<string>();
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = create(blob);
    made.add(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    made.delete(url);
    revoke(url);
  });
  return made;
}

describe('HtmlViewer', () => {
  it("releases every image's object URL when the document closes", async () => {
    const live = urlLedger();
    const files = { 'files/a.png': png(), 'files/b.png': png(), 'files/c.png': png() };
    renderWith(<HtmlViewer blob={new Blob([html])} title="通知" path="files/notice.html" />, {
      services: fakeServices({ files }),
    });
    await waitFor(() => expect(live.size).toBe(3));
    cleanup();
    // Preact runs an unmounted component's effect cleanups after the unmount itself.
    await waitFor(() => expect(live.size).toBe(0));
  });

  it('makes no object URL that outlives a document closed while its images were read', async () => {
    const live = urlLedger();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const services = fakeServices();
    let reads = 0;
    // The second image is slow to come out of storage; the resident leaves meanwhile.
    services.openFile = async () => {
      if (++reads === 2) await held;
      return png();
    };
    renderWith(<HtmlViewer blob={new Blob([html])} title="通知" path="files/notice.html" />, { services });
    await waitFor(() => expect(reads).toBe(2));
    cleanup();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The slow image's URL is not made, the third image is not read, and the first one's URL went with the cleanup.
    expect(reads).toBe(2);
    expect(live.size).toBe(0);
    expect(screen.queryByTitle('通知')).toBeNull();
  });
});
