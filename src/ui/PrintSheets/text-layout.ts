// Where reflowed text fell in its sheet-sized columns: how many sheets it fills, and the few blocks each sheet must lay out.

/**
 * What one sheet lays out of the text's items (the header, then the blocks): items `from`..`to`, the first starting
 * `top` px down a column as it did in the whole flow, and which column of that shorter flow is the sheet's. Fragmentation
 * depends only on where an item starts, so the shorter flow breaks exactly where the whole one did; laying out the
 * whole flow for each sheet measured ~1 s for 27 sheets on Chromium 90, n sheets times n sheets' text.
 */
export interface TextWindow {
  from: number;
  to: number;
  top: number;
  column: number;
}

export interface TextLayout {
  sheets: number;
  windows: TextWindow[];
}

/** Reads a laid-out flow (a multi-column container whose children are the items): one rect per fragment, per column. */
export function measureTextLayout(flow: HTMLElement): TextLayout {
  const box = flow.getBoundingClientRect();
  const step = box.width + (parseFloat(getComputedStyle(flow).columnGap) || 0);
  const first: { item: number; column: number; top: number }[] = [];
  const last: number[] = [];
  Array.from(flow.children).forEach((item, index) => {
    let start: { column: number; top: number } | undefined;
    for (const rect of Array.from(item.getClientRects())) {
      const column = Math.max(0, Math.floor((rect.left - box.left + step / 2) / step));
      start ??= { column, top: rect.top - box.top };
      first[column] ??= { item: index, ...start };
      last[column] = index;
    }
  });
  const sheets = Math.max(1, last.length);
  const windows = Array.from({ length: sheets }, (_, column): TextWindow => {
    const at = first[column];
    // A column no item reached (none should be): the whole flow, moved to that column.
    if (!at) return { from: 0, to: flow.children.length - 1, top: 0, column };
    return { from: at.item, to: last[column]!, top: at.top, column: column - at.column };
  });
  return { sheets, windows };
}
