// Keeps the resident inside the app: no menus, selection, dragging or interface zoom, and no way to navigate away.
// Everything here listens in the capture phase on the window, before any screen's own handlers.

interface Options {
  /** A link, window.open or dropped URL to the outside world: shown as a QR code to follow on a phone instead. */
  onExternalUrl: (url: string) => void;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/** Keys that would leave the page, go back in history or change the zoom; Backspace only outside a field. */
function leavesOrZooms(e: KeyboardEvent): boolean {
  const key = e.key;
  if (['BrowserBack', 'BrowserForward', 'BrowserHome', 'BrowserSearch', 'ZoomIn', 'ZoomOut'].includes(key)) return true;
  if (e.altKey && ['ArrowLeft', 'ArrowRight', 'Home'].includes(key)) return true;
  if (key === 'Backspace' && !isEditable(e.target)) return true;
  const ctrl = e.ctrlKey || e.metaKey;
  // Zoom, open a file, save, print the interface, view source, the address bar, history pages.
  return (
    ctrl &&
    ['+', '=', '-', '_', '0', 'o', 'O', 's', 'S', 'p', 'P', 'u', 'U', 'l', 'L', 'h', 'H', 'j', 'J', '[', ']'].includes(
      key,
    )
  );
}

// By the key's place (e.code), so Shift or a keyboard layout does not change which letter it is.
const WITH_CTRL_SHIFT = new Set(['KeyI', 'KeyC', 'KeyJ', 'KeyK', 'KeyB', 'KeyO', 'KeyA', 'KeyM', 'KeyR', 'Delete']);
const WITH_CTRL = new Set(['KeyR', 'KeyD', 'KeyF', 'KeyG', 'KeyE', 'KeyK']);
const WITH_ALT = new Set(['KeyF', 'KeyE', 'KeyD']);

/**
 * The browser's own shortcuts a page can stop: developer tools (F12, Ctrl+Shift+I/C/J/K), the task manager
 * (Shift+Esc), clearing data (Ctrl+Shift+Del), help (F1), reload (F5, Ctrl+R, which would also give a resident a new
 * print allowance), caret browsing (F7), find (F3, Ctrl+F/G), bookmarks (Ctrl+D, Ctrl+Shift+B/O), the menus (Alt+F/E,
 * F10), the address bar (F6, Alt+D, Ctrl+E/K). The app uses no function key. Ctrl+W/N/T and Ctrl+Shift+Q never reach
 * a page: the launcher's policy and session answer those.
 */
function browserShortcut(e: KeyboardEvent): boolean {
  if (/^F([1-9]|1[0-2])$/.test(e.key)) return true;
  if (e.key === 'Escape' && e.shiftKey) return true;
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && e.shiftKey) return WITH_CTRL_SHIFT.has(e.code);
  if (ctrl && !e.altKey) return WITH_CTRL.has(e.code);
  return e.altKey && !ctrl && WITH_ALT.has(e.code);
}

/** An http(s) URL that is not this app's own page: worth a QR code. */
function externalUrl(href: string): string | null {
  try {
    const url = new URL(href, location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === location.origin && url.pathname === location.pathname ? null : url.href;
  } catch {
    return null;
  }
}

/** Whether a navigation stays on this page: a hash change, or a reload (which the app itself asks for). */
function staysInApp(destination: string, type: string): boolean {
  if (type === 'reload') return true;
  const url = new URL(destination);
  return url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
}

// Blob URLs the app itself made for a staff export: the only downloads a click may start.
const allowedDownloads = new Set<string>();

/** Lets one download of an app-made blob URL through; call the returned function once it has started. */
export function allowDownload(url: string): () => void {
  allowedDownloads.add(url);
  return () => allowedDownloads.delete(url);
}

export function installLockdown({ onExternalUrl }: Options): () => void {
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];
  const on = <E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, passive = false) =>
    listeners.push([target, type, handler as EventListener, { capture: true, passive }]);
  const block = (e: Event) => e.preventDefault();

  on(window, 'contextmenu', block);
  on(window, 'dragstart', block);
  // A URL or file dropped on the page would open it in place of the app.
  on(window, 'dragover', block);
  on(window, 'drop', (e: DragEvent) => {
    e.preventDefault();
    const dropped = e.dataTransfer?.getData('text/uri-list') || e.dataTransfer?.getData('text/plain');
    const url = dropped && externalUrl(dropped.split('\n')[0]!.trim());
    if (url) onExternalUrl(url);
  });
  on(window, 'selectstart', (e: Event) => !isEditable(e.target) && e.preventDefault());
  on(window, 'keydown', (e: KeyboardEvent) => (leavesOrZooms(e) || browserShortcut(e)) && e.preventDefault());
  // Ctrl+wheel is a touchpad pinch: it would zoom the interface. The document viewer zooms itself.
  on(window, 'wheel', (e: WheelEvent) => e.ctrlKey && e.preventDefault());
  // Middle-click opens a link in a new tab and starts autoscroll.
  on(window, 'auxclick', block);
  on(window, 'mousedown', (e: MouseEvent) => e.button === 1 && e.preventDefault());
  on(window, 'submit', block);
  on(window, 'click', (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const href = link.getAttribute('href')!;
    if (link.hasAttribute('download') && allowedDownloads.has(link.href)) return;
    if (href.startsWith('#') && !link.target && !link.hasAttribute('download')) return;
    e.preventDefault();
    if (href.startsWith('#')) location.hash = href;
    else {
      const url = externalUrl(link.href);
      if (url) onExternalUrl(url);
    }
  });
  for (const [target, type, handler, options] of listeners) target.addEventListener(type, handler, options);

  // Scripts cannot open windows; a URL they meant to open becomes a QR code.
  const open = window.open;
  window.open = (url?: string | URL) => {
    const external = url === undefined ? null : externalUrl(String(url));
    if (external) onExternalUrl(external);
    return null;
  };

  // The last line: any navigation the page starts that would leave it (a link missed above, a form, a script
  // setting location) is cancelled by the Navigation API, where the browser has it.
  const onNavigate = (e: NavigateEvent) => {
    if (!e.cancelable || staysInApp(e.destination.url, e.navigationType) || allowedDownloads.has(e.destination.url))
      return;
    e.preventDefault();
    const url = externalUrl(e.destination.url);
    if (url) onExternalUrl(url);
  };
  const navigation = 'navigation' in window ? window.navigation : undefined;
  navigation?.addEventListener('navigate', onNavigate);

  return () => {
    for (const [target, type, handler, options] of listeners) target.removeEventListener(type, handler, options);
    window.open = open;
    navigation?.removeEventListener('navigate', onNavigate);
  };
}
