// Which of a package's notices the bulletin board shows now: those whose start and end dates include this moment.
import type { Notice } from '../shared/package-format.ts';

/** A notice without a start has always begun; without an end it never ends; an unreadable date hides the notice. */
export function noticesInDate(notices: readonly Notice[], now: Date): Notice[] {
  const at = now.getTime();
  return notices.filter((notice) => {
    const start = notice.start === undefined ? -Infinity : Date.parse(notice.start);
    const end = notice.end === undefined ? Infinity : Date.parse(notice.end);
    return !Number.isNaN(start) && !Number.isNaN(end) && start <= at && at < end;
  });
}
