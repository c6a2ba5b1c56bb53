// Usage figures written in batches land on their China-time days, and days past 400 are summed, not lost.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addDays, SUMMED_DAY } from '../shared/usage-figures.ts';
import { addUsageEvents, firstUsageDay, readUsage } from './usage.ts';

const at = (iso: string) => Date.parse(iso);

describe('usage store', () => {
  it('adds a batch to the right days and reads a range', async () => {
    await addUsageEvents(
      [
        { time: at('2026-12-01T15:00:00Z'), event: { kind: 'session' } },
        // 00:30 in China on 2 December.
        { time: at('2026-12-01T16:30:00Z'), event: { kind: 'session' } },
        { time: at('2026-12-01T16:31:00Z'), event: { kind: 'view', docId: 'a', domain: 'environment' } },
      ],
      at('2026-12-02T01:00:00Z'),
    );
    const days = await readUsage('2026-12-01', '2026-12-02');
    expect(days.map((d) => [d.day, d.sessions, d.views])).toEqual([
      ['2026-12-01', 1, {}],
      ['2026-12-02', 1, { a: 1 }],
    ]);
  });

  it('sums days past the keeping period into one record the export still reads', async () => {
    const now = at('2028-02-01T04:00:00Z');
    await addUsageEvents([{ time: now, event: { kind: 'help' } }], now);
    expect(await readUsage('2026-12-01', '2026-12-02')).toMatchObject([
      { day: SUMMED_DAY, sessions: 2, firstDay: '2026-12-01', lastDay: '2026-12-02' },
    ]);
    expect(await firstUsageDay()).toBe('2026-12-01');
    expect((await readUsage(addDays('2028-02-01', -1), '2028-02-01')).map((d) => d.day)).toEqual(['2028-02-01']);
  });
});
