// Small numeric helpers for the bench: median, nearest-rank percentiles, gzip sizes, and number formatting.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile: with fewer than 20 runs, p95 is the slowest run. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Bytes of the file gzipped at level 9, what a server with static gzip would send. */
export function gzippedSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export const ms = (value: number) => `${Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
