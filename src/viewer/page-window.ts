// Which pages of a long document deserve a canvas: the one in view and its neighbours, so memory does not grow with length.

/** Pages within `radius` of `current`, nearest first (the page in view paints before its neighbours). */
export function pagesNear(current: number, pageCount: number, radius = 1): number[] {
  const pages = [current];
  for (let d = 1; d <= radius; d++) {
    if (current + d <= pageCount) pages.push(current + d);
    if (current - d >= 1) pages.push(current - d);
  }
  return pages.filter((p) => p >= 1 && p <= pageCount);
}

/** A page number typed on the pad, kept inside the document; NaN-safe. */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(Math.round(page), 1), Math.max(pageCount, 1));
}
