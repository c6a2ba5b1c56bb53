// The demo content's seeded random source (mulberry32), with int(below) as the fuzz and kill suites count, so a run
// that fails can be replayed from its seed.
import { seededRandom as demoRandom } from '../../../scripts/demo-content/seeded-random.ts';

export interface Random {
  /** In [0, 1). */
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  const random = demoRandom(seed);
  return { next: random.next, int: (below) => random.int(0, below - 1), pick: random.pick };
}
