// A component whose code is fetched the first time it is shown, so heavy screens stay off the first screen's bundle.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** While the code loads, `fallback` shows (nothing by default); a failed load is logged and retried on the next mount. */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => preact.JSX.Element | null = () => null,
) {
  let loaded: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        (c) => {
          loaded = c;
          if (live) setComponent(() => c);
        },
        (e: unknown) => console.error(e),
      );
      return () => {
        live = false;
      };
    }, []);
    const Component = component;
    return Component ? <Component {...props} /> : fallback();
  };
}
