// A dialog that is not a native modal keeps keyboard focus inside it, also where `inert` is only an attribute (Chromium 90).
import { render } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useModalFocus } from './use-modal-focus.ts';

function Dialog() {
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref);
  return (
    <div ref={ref} role="dialog">
      <button>确定</button>
    </div>
  );
}

function Screen({ open }: { open: boolean }) {
  return (
    <div>
      <main>
        <button>behind</button>
      </main>
      {open && <Dialog />}
    </div>
  );
}

// The DOM's own `inert`, if it has one, put back after a test that takes it away.
const inert = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'inert');
afterEach(() => {
  if (inert) Object.defineProperty(HTMLElement.prototype, 'inert', inert);
});

describe('useModalFocus', () => {
  it('moves focus into the dialog and marks the page behind inert, then gives both back', () => {
    const { rerender, getByText } = render(<Screen open={false} />);
    getByText('behind').focus();
    rerender(<Screen open />);
    expect(document.activeElement).toBe(getByText('确定'));
    expect(getByText('behind').closest('main')!.hasAttribute('inert')).toBe(true);
    rerender(<Screen open={false} />);
    expect(getByText('behind').closest('main')!.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(getByText('behind'));
  });

  it('without inert (below Chromium 102), focus that reaches the page behind goes back into the dialog', () => {
    delete (HTMLElement.prototype as { inert?: boolean }).inert;
    expect('inert' in HTMLElement.prototype).toBe(false);
    const { getByText } = render(<Screen open />);
    // happy-dom honours the attribute itself; Chromium 90 ignores it, which taking it off here stands in for.
    getByText('behind').closest('main')!.removeAttribute('inert');
    getByText('behind').focus();
    expect(document.activeElement).toBe(getByText('确定'));
  });
});
