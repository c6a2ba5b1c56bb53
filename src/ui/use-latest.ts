// A ref to a value as of the last render, for a listener or an effect that must see it without starting again.
import { useRef } from 'preact/hooks';

/**
 * `ref.current` is `value` as the last render had it. For what an effect calls or reads but is not about: a parent's
 * callback made anew at each render (`onShown`), or state a running gesture reads. The ref itself never changes, so
 * listing it among an effect's dependencies re-runs nothing.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  // Set while rendering, as the hand-made refs it replaces were: every effect of this render, the component's own and
  // its children's (which run first), sees this render's value.
  ref.current = value;
  return ref;
}
