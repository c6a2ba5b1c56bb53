// Focus for dialogs: it moves into the dialog when it opens, cannot wander behind it, and returns where it was after.
import { useLayoutEffect } from 'preact/hooks';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * `native`: a <dialog> opened with showModal, which already makes the page behind it inert and focuses its first control;
 * otherwise the page behind is made inert here (siblings of the dialog and of each of its ancestors).
 */
export function useModalFocus(
  ref: { readonly current: HTMLElement | null },
  { native = false }: { native?: boolean } = {},
): void {
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    const madeInert: Element[] = [];
    if (!native) {
      for (let node: Element = dialog; node.parentElement && node !== document.body; node = node.parentElement) {
        for (const sibling of node.parentElement.children) {
          // Only what this dialog made inert is given back: a dialog under it may have made the rest inert already.
          if (sibling === node || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
          sibling.setAttribute('inert', '');
          madeInert.push(sibling);
        }
      }
      if (!dialog.contains(document.activeElement))
        (dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog).focus({ preventScroll: true });
    }
    // Below Chromium 102 `inert` is only an attribute (base.css keeps touches out): Tab would still reach the page
    // behind, so focus that lands there is brought back to the dialog's first control.
    const keepFocusIn = (e: FocusEvent) => {
      const target = e.target as Node | null;
      if (!target || dialog.contains(target) || !madeInert.some((el) => el.contains(target))) return;
      (dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog).focus({ preventScroll: true });
    };
    const inertWorks = 'inert' in HTMLElement.prototype;
    if (!inertWorks) document.addEventListener('focusin', keepFocusIn);
    return () => {
      if (!inertWorks) document.removeEventListener('focusin', keepFocusIn);
      for (const element of madeInert) element.removeAttribute('inert');
      // An open modal <dialog> keeps the page inert, where focus() does nothing: close it before it leaves the DOM.
      if (dialog instanceof HTMLDialogElement && dialog.open) dialog.close();
      // After an idle wipe the control is gone with its screen; focus then starts afresh.
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
    // Once per opening: `ref` and `native` are fixed for a dialog, and a second run would give focus back and take it
    // again, remembering a control inside the dialog as the one to return to.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per dialog opening on purpose (above)
  }, []);
}
