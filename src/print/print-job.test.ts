// The self-service limit: a resident prints up to it, never past it without an attendant, and a job that fails costs nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintAllowance, sheetsOf } from './print-allowance.ts';
import { PrintJobs, type PrintJobSpec, type PrintSteps } from './print-job.ts';

const spec = (pageCount: number, role: PrintJobSpec['role'] = 'resident', copies = 1): PrintJobSpec => ({
  docId: 'd',
  indexNo: '11532602/2025-00009',
  pages: `1-${pageCount}`,
  pageCount,
  copies,
  role,
});

function steps(overrides: Partial<PrintSteps> = {}): PrintSteps & { logged: unknown[] } {
  const logged: unknown[] = [];
  return {
    prepare: () => Promise.resolve(),
    print: () => undefined,
    log: (e) => Promise.resolve(logged.push(e)),
    discard: () => undefined,
    logged,
    ...overrides,
  };
}

describe('PrintAllowance', () => {
  it('counts sheets as pages times copies and lets a resident use exactly the limit', () => {
    expect(sheetsOf(3, 2)).toBe(6);
    const a = new PrintAllowance(10);
    expect(a.check('resident', 10)).toEqual({ ok: true });
    a.record('resident', 7);
    expect(a.remaining).toBe(3);
    expect(a.check('resident', 4)).toEqual({ ok: false, remaining: 3, needed: 4 });
    expect(a.check('attendant', 400)).toEqual({ ok: true });
    a.record('attendant', 400);
    expect(a.remaining).toBe(3);
    a.reset();
    expect(a.remaining).toBe(10);
  });

  it('a limit of 0 sends every job to an attendant', () => {
    expect(new PrintAllowance(0).check('resident', 1).ok).toBe(false);
  });
});

describe('PrintJobs', () => {
  let jobs: PrintJobs;
  beforeEach(() => (jobs = new PrintJobs()));

  it('counts and logs the sheets reflowed text filled, not the estimate it started with', async () => {
    const a = new PrintAllowance(10);
    const s = steps({ prepare: () => Promise.resolve(4) });
    expect(await jobs.run({ ...spec(3, 'resident', 2), pages: 'text' }, a, s)).toMatchObject({ ok: true, sheets: 8 });
    expect(a.remaining).toBe(2);
    expect(s.logged).toEqual([expect.objectContaining({ pages: 'text', pageCount: 4, copies: 2 })]);
  });

  it('a text job whose counted sheets pass the allowance is dropped before it prints', async () => {
    const a = new PrintAllowance(5);
    const print = vi.fn();
    const discard = vi.fn();
    const s = steps({ prepare: () => Promise.resolve(6), print, discard });
    expect(await jobs.run({ ...spec(4), pages: 'text' }, a, s)).toEqual({ ok: false, reason: 'limit', remaining: 5 });
    expect(print).not.toHaveBeenCalled();
    expect(discard).toHaveBeenCalled();
    expect(a.remaining).toBe(5);
    expect(s.logged).toEqual([]);
    expect(jobs.running).toBe(false);
  });

  it('counts and logs a job that was sent', async () => {
    const a = new PrintAllowance(5);
    const s = steps();
    expect(await jobs.run(spec(3), a, s)).toMatchObject({ ok: true, sheets: 3, sent: { via: 'browser' } });
    expect(a.remaining).toBe(2);
    // window.print never says whether the sheets came out.
    expect(s.logged).toEqual([
      expect.objectContaining({
        docId: 'd',
        pageCount: 3,
        copies: 1,
        role: 'resident',
        pages: '1-3',
        outcome: 'unknown',
      }),
    ]);
  });

  it('logs a job the local server took as printing, with its CUPS ids, and can give its sheets back', async () => {
    const a = new PrintAllowance(5);
    const s = steps({
      print: () => Promise.resolve({ via: 'local' as const, jobs: [41, 42], since: '2026-12-03T04:00:00Z' }),
      log: (e) => Promise.resolve(s.logged.push(e) + 100),
    });
    const outcome = await jobs.run(spec(3), a, s);
    expect(outcome).toMatchObject({ ok: true, sheets: 3, logId: 101, sent: { via: 'local', jobs: [41, 42] } });
    expect(s.logged).toEqual([expect.objectContaining({ outcome: 'printing', cupsJobs: [41, 42] })]);
    expect(a.remaining).toBe(2);
    if (!outcome.ok) throw new Error('printed');
    a.giveBack(outcome.charge);
    expect(a.remaining).toBe(5);
  });

  it('gives sheets back only to the resident who sent the job, never to the next one', async () => {
    const a = new PrintAllowance(5);
    const outcome = await jobs.run(spec(3), a, steps());
    if (!outcome.ok) throw new Error('printed');
    a.reset();
    a.record('resident', 4);
    a.giveBack(outcome.charge);
    expect(a.remaining).toBe(1);
  });

  it('a local server that refuses the job (printer stopped since) costs nothing and logs nothing', async () => {
    const a = new PrintAllowance(5);
    const s = steps({ print: () => Promise.reject(new Error('not-accepting')) });
    expect(await jobs.run(spec(3), a, s)).toMatchObject({ ok: false, reason: 'failed' });
    expect(a.remaining).toBe(5);
    expect(s.logged).toEqual([]);
  });

  it('refuses a resident job past the limit before preparing anything', async () => {
    const a = new PrintAllowance(2);
    const prepare = vi.fn(() => Promise.resolve());
    expect(await jobs.run(spec(3), a, steps({ prepare }))).toEqual({ ok: false, reason: 'limit', remaining: 2 });
    expect(prepare).not.toHaveBeenCalled();
    expect((await jobs.run(spec(3, 'attendant', 4), a, steps())).ok).toBe(true);
    expect(a.remaining).toBe(2);
  });

  it('a job whose preparation or print call fails is neither counted nor logged', async () => {
    const a = new PrintAllowance(5);
    const s1 = steps({ prepare: () => Promise.reject(new Error('damaged page')) });
    expect(await jobs.run(spec(3), a, s1)).toMatchObject({ ok: false, reason: 'failed' });
    const s2 = steps({
      print: () => {
        throw new Error('no printer');
      },
    });
    expect(await jobs.run(spec(3), a, s2)).toMatchObject({ ok: false, reason: 'failed' });
    expect(a.remaining).toBe(5);
    expect([...s1.logged, ...s2.logged]).toEqual([]);
    expect(jobs.running).toBe(false);
  });

  it('a second job while one is preparing is refused as busy', async () => {
    const a = new PrintAllowance(50);
    let finish!: () => void;
    const first = jobs.run(spec(1), a, steps({ prepare: () => new Promise<void>((r) => (finish = r)) }));
    expect(jobs.running).toBe(true);
    expect(await jobs.run(spec(1), a, steps())).toEqual({ ok: false, reason: 'busy' });
    finish();
    expect((await first).ok).toBe(true);
    expect(a.remaining).toBe(49);
  });

  it('a log that cannot be written still counts the printed job', async () => {
    const a = new PrintAllowance(5);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await jobs.run(spec(2), a, steps({ log: () => Promise.reject(new Error('quota')) }))).ok).toBe(true);
    expect(a.remaining).toBe(3);
    error.mockRestore();
  });

  it('the idle wipe drops a job still being prepared: it never prints, costs nothing, and frees the printer', async () => {
    const a = new PrintAllowance(5);
    let finish!: () => void;
    const s = steps({ prepare: () => new Promise<void>((r) => (finish = r)), print: vi.fn(), discard: vi.fn() });
    const dropped = jobs.run(spec(2), a, s);
    jobs.cancel();
    expect(jobs.running).toBe(false);
    // The next resident prints at once, while the last one's sheets are still being made.
    expect((await jobs.run(spec(1), a, steps())).ok).toBe(true);
    finish();
    expect(await dropped).toEqual({ ok: false, reason: 'cancelled' });
    expect(s.print).not.toHaveBeenCalled();
    expect(s.discard).toHaveBeenCalledOnce();
    expect(s.logged).toEqual([]);
    expect(a.remaining).toBe(4);
  });

  it('the idle wipe clears the sheets the last printed job left, once, and a new job takes them over', async () => {
    const a = new PrintAllowance(5);
    const first = steps({ discard: vi.fn() });
    expect((await jobs.run(spec(1), a, first)).ok).toBe(true);
    // Printed: its sheets stay for the browser's printing until afterprint, or the wipe.
    expect(first.discard).not.toHaveBeenCalled();
    jobs.cancel();
    jobs.cancel();
    expect(first.discard).toHaveBeenCalledOnce();

    const second = steps({ discard: vi.fn() });
    expect((await jobs.run(spec(1), a, second)).ok).toBe(true);
    const third = steps({ discard: vi.fn() });
    expect((await jobs.run(spec(1), a, third)).ok).toBe(true);
    jobs.cancel();
    // The third job's own prepare replaced the second's sheets: the wipe clears the newest job's.
    expect(second.discard).not.toHaveBeenCalled();
    expect(third.discard).toHaveBeenCalledOnce();
  });
});
