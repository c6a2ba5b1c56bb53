// The board must show exactly the notices in date: a past one never, a future one not yet, an open-ended one always.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../shared/package-format.ts';
import { noticesInDate } from './notices.ts';

const notice = (id: string, start?: string, end?: string): Notice => ({ id, title: id, body: '', start, end });
const ids = (list: Notice[]) => list.map((n) => n.id);

describe('noticesInDate', () => {
  const all = [
    notice('always'),
    notice('past', '2025-01-20T00:00:00+08:00', '2025-02-05T00:00:00+08:00'),
    notice('this-year', '2026-01-01T00:00:00+08:00', '2026-12-31T23:59:59+08:00'),
    notice('from-june', '2026-06-01T00:00:00+08:00'),
    notice('until-may', undefined, '2026-05-01T00:00:00+08:00'),
    notice('broken', 'soon'),
  ];

  it('keeps those whose dates include now, in their order', () => {
    expect(ids(noticesInDate(all, new Date('2026-03-05T10:00:00+08:00')))).toEqual([
      'always',
      'this-year',
      'until-may',
    ]);
    expect(ids(noticesInDate(all, new Date('2026-12-02T10:00:00+08:00')))).toEqual([
      'always',
      'this-year',
      'from-june',
    ]);
    expect(ids(noticesInDate(all, new Date('2025-01-25T10:00:00+08:00')))).toEqual(['always', 'past', 'until-may']);
  });

  it('starts at the start instant and is over at the end instant, in China time as written', () => {
    expect(ids(noticesInDate(all, new Date('2026-05-31T15:59:59Z')))).not.toContain('from-june');
    expect(ids(noticesInDate(all, new Date('2026-05-31T16:00:00Z')))).toContain('from-june');
    expect(ids(noticesInDate(all, new Date('2026-04-30T16:00:00Z')))).not.toContain('until-may');
  });
});
