import { describe, expect, it } from 'vitest';
import type { CupsJob, CupsJobState } from './local-printer.ts';
import { followPrint, printState, type FollowState } from './print-follow.ts';

const job = (id: number, state: CupsJobState): CupsJob => ({
  id,
  state,
  pages: state === 'completed' ? 2 : 0,
  created: '2026-12-03T04:00:00Z',
  completed: state === 'completed' ? '2026-12-03T04:00:05Z' : null,
});

/** A queue whose answers are given in turn (the last one repeats), with a clock that moves by each sleep. */
function queue(...lists: CupsJob[][]) {
  let clock = 0;
  let asked = 0;
  return {
    link: { jobs: () => Promise.resolve(lists[Math.min(asked++, lists.length - 1)]!) },
    sleep: (ms: number) => {
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    asked: () => asked,
  };
}

describe('printState', () => {
  it('fails a print when one part was aborted, and completes it only when every part is', () => {
    expect(printState([job(1, 'completed'), job(2, 'aborted')])).toBe('failed');
    expect(printState([job(1, 'completed'), job(2, 'processing')])).toBe('processing');
    expect(printState([job(1, 'completed'), job(2, 'completed')])).toBe('completed');
    expect(printState([job(1, 'stopped')])).toBe('stopped');
    expect(printState([job(1, 'completed'), undefined])).toBe('gone');
  });
});

describe('followPrint', () => {
  it('says processing, then completed when CUPS completed the job', async () => {
    const q = queue([job(7, 'pending')], [job(7, 'processing')], [job(7, 'completed')]);
    const states: FollowState[] = [];
    const end = await followPrint({ ...q, ids: [7], since: 'x', onState: (s) => states.push(s) });
    expect(end).toEqual({ outcome: 'completed' });
    expect(states).toEqual(['processing', 'completed']);
    expect(q.asked()).toBe(3);
  });

  it('gives the sheets back when CUPS aborted the job', async () => {
    const q = queue([job(7, 'processing')], [job(7, 'aborted')]);
    expect(await followPrint({ ...q, ids: [7], since: 'x' })).toEqual({ outcome: 'failed', refund: true });
  });

  it('tells a stopped printer at once and still counts the job printed if it comes out later', async () => {
    const q = queue([job(7, 'stopped')], [job(7, 'stopped')], [job(7, 'completed')]);
    const states: FollowState[] = [];
    const end = await followPrint({ ...q, ids: [7], since: 'x', onState: (s) => states.push(s) });
    expect(states).toEqual(['processing', 'failed', 'completed']);
    expect(end).toEqual({ outcome: 'completed' });
  });

  it('ends a print left stopped past the give-up time as failed, without giving the sheets back', async () => {
    const q = queue([job(7, 'stopped')]);
    const end = await followPrint({ ...q, ids: [7], since: 'x', pollMs: 1000, giveUpMs: 10_000 });
    expect(end).toEqual({ outcome: 'failed', refund: false });
    expect(q.asked()).toBe(10);
  });

  it('keeps asking through a server that does not answer, and ends unknown when a job never shows', async () => {
    let asked = 0;
    const link = {
      jobs: () => (++asked === 1 ? Promise.reject(new Error('restarting')) : Promise.resolve([job(8, 'completed')])),
    };
    const end = await followPrint({ link, ids: [7], since: 'x', sleep: () => Promise.resolve() });
    expect(end).toEqual({ outcome: 'unknown' });
    expect(asked).toBe(4);
  });
});
