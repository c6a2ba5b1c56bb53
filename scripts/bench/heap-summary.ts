// What the JS heap holds, by constructor: a heap snapshot summed per node type and name, to see what a soak grows.
import type { CDPSession } from 'playwright-core';

/** Bytes and count per `type name` (e.g. `object Map`, `closure render`), after a forced GC. */
export type HeapSummary = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export async function heapSummary(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const types = snapshot.meta.node_types[0];
  const summary: HeapSummary = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]!]!;
    // Strings and numbers are named by their value: summed by type, or every distinct string would be its own line.
    const name =
      type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number'
        ? ''
        : strings[nodes[i + nameAt]!]!;
    const key = `${type} ${name}`.trim();
    const entry = summary.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += nodes[i + sizeAt]!;
    summary.set(key, entry);
  }
  return summary;
}

/** The `top` entries that grew most in bytes from `before` to `after`, as lines for the bench's details. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, top = 12): string[] {
  const grown = [...after].map(([key, a]) => {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    return { key, bytes: a.bytes - b.bytes, count: a.count - b.count };
  });
  return grown
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .filter((g) => g.bytes > 0)
    .map((g) => `  +${(g.bytes / 1024).toFixed(1)} KB, ${g.count >= 0 ? '+' : ''}${g.count} × ${g.key.slice(0, 80)}`);
}
