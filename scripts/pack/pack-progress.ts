// Progress of a long pack for staff: one updating line on a terminal, a plain line every tenth of the way otherwise.

export interface PackProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const line = (p: PackProgress) => `文件 ${p.filesDone}/${p.filesTotal} · ${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB`;
// Redrawing more often than this only costs time on slow consoles.
const REDRAW_MS = 100;

/** A progress callback writing to `stream` (stderr, so stdout stays for the result). */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): {
  update(p: PackProgress): void;
  done(): void;
} {
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(p) {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < REDRAW_MS && p.filesDone < p.filesTotal) return;
        lastDraw = now;
        stream.write(`\r${line(p)}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = p.filesTotal ? Math.floor((p.filesDone / p.filesTotal) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${line(p)}\n`);
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
