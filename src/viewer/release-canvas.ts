// Frees a canvas's pixels now rather than when the garbage collector gets round to it: a page is megabytes.
export function releaseCanvas(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
  canvas.remove();
}
