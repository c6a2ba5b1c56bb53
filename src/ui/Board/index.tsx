// The bulletin board (#/board) an idle terminal shows: notices in date and the newest documents, in turn; a touch starts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { noticesInDate } from '../../catalogue/notices.ts';
import { reloadAtQuietHour } from '../../kiosk/quiet-hour-reload.ts';
import { takeOverOnBoard } from '../../kiosk/sw-bridge.ts';
import type { Notice } from '../../shared/package-format.ts';
import { DocRow } from '../DocRow/index.tsx';
import { CONTENT_LANG, formatDate, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { useServices } from '../services.ts';
import styles from './style.module.css';

/** Long enough to read a notice of a few lines at a slow pace. */
const SLIDE_MS = 15_000;
const LATEST_COUNT = 5;

type Slide = { kind: 'notice'; notice: Notice } | { kind: 'latest' };

export function Board() {
  const t = useStrings();
  const { config, catalogue, notices, session } = useServices();
  const slides = useMemo<Slide[]>(
    () => [
      ...noticesInDate(notices, new Date()).map((notice) => ({ kind: 'notice' as const, notice })),
      { kind: 'latest' },
    ],
    [notices],
  );
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => (i + 1) % slides.length), SLIDE_MS);
    return () => clearInterval(timer);
  }, [slides.length]);
  // Nobody is reading now: the moment to switch to a new app version, if one waits or arrives (the page reloads into it).
  useEffect(takeOverOnBoard, []);
  // And, once a night, to start afresh: whatever a page gathers over months goes with it.
  useEffect(() => reloadAtQuietHour(), []);

  const slide = slides[index % slides.length]!;
  const start = () => (location.hash = hrefs.home());
  /** A tap on a newest document's card opens it, with Home behind it for "back"; a tap elsewhere starts at Home. */
  const tapped = (e: MouseEvent) => {
    const card = (e.target as Element | null)?.closest<HTMLElement>('a[data-id]');
    if (!card?.dataset.id) return start();
    e.preventDefault();
    session.trail.startOver(hrefs.home());
    location.hash = hrefs.doc(card.dataset.id);
  };
  return (
    // On click, not pointerdown: Home would be drawn under the finger before the tap's click, which then opened a tile.
    <main class={styles.board} data-testid="board" onClick={tapped} onKeyDown={start}>
      <header class={styles.header}>
        <h1 class={styles.site} lang={CONTENT_LANG}>
          {config.siteName}
        </h1>
        {/* A link as well as a touch anywhere: a keyboard or switch user starts from here. */}
        <a class={styles.touch} href={hrefs.home()}>
          {t.kiosk.boardTouch}
        </a>
      </header>
      <section
        class={styles.slide}
        data-slide={slide.kind === 'notice' ? slide.notice.id : 'latest'}
        aria-live="polite"
      >
        {slide.kind === 'notice' ? (
          <>
            <h2 class={styles.label}>{t.kiosk.boardTitle}</h2>
            <h3 class={styles.title} lang={CONTENT_LANG}>
              {slide.notice.title}
            </h3>
            <p class={styles.body} lang={CONTENT_LANG}>
              {slide.notice.body}
            </p>
            {slide.notice.start && <p class={styles.date}>{formatDate(slide.notice.start, t.locale)}</p>}
          </>
        ) : (
          <>
            <h2 class={styles.label}>{t.kiosk.boardLatest}</h2>
            <ul class={styles.latest}>
              {catalogue.latest(LATEST_COUNT).map((doc) => (
                <li key={doc.id}>
                  <DocRow doc={doc} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ol class={styles.dots} aria-hidden="true">
        {slides.map((s, i) => (
          <li
            key={s.kind === 'notice' ? s.notice.id : 'latest'}
            class={i === index % slides.length ? styles.current : ''}
          />
        ))}
      </ol>
    </main>
  );
}
