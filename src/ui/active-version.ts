// The content version the screens show: a newer one switches in only when no document is open, never under a reader.
import { parseRoute } from './routes.ts';
import type { AppServices } from './services.ts';

const documentOpen = () => parseRoute(location.hash).name === 'doc';

export class ActiveVersion {
  private shown: AppServices;
  // A newer version that came while a document was open.
  private held: AppServices | undefined;
  private readonly listeners = new Set<(services: AppServices) => void>();

  /** `reading`: whether a document is open now (the hash route's, unless a test says). */
  constructor(
    initial: AppServices,
    private readonly reading: () => boolean = documentOpen,
  ) {
    this.shown = initial;
  }

  /** The services of the version on screen. */
  get current(): AppServices {
    return this.shown;
  }

  /** The newest version offered, on screen or held: what the terminal reports it holds. */
  get latest(): AppServices {
    return this.held ?? this.shown;
  }

  subscribe(fn: (services: AppServices) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** A newer version is active in storage: on screen now, or once the document being read is closed. */
  offer(next: AppServices): void {
    if (next.content.version === this.latest.content.version) return;
    if (this.reading()) this.held = next;
    else this.show(next);
  }

  /** Follows the route: a held version switches in as the document closes. Returns a function that stops. */
  follow(): () => void {
    const onChange = () => {
      if (this.held && !this.reading()) this.show(this.held);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }

  private show(next: AppServices) {
    this.held = undefined;
    this.shown = next;
    for (const fn of this.listeners) fn(next);
  }
}
