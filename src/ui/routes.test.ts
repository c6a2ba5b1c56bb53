// Routes are a contract (DESIGN.md): parsing and writing them must agree, including Chinese and odd input.
import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from './routes.ts';

describe('parseRoute', () => {
  it('reads home, browse, doc and page', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    const browse = parseRoute('#/browse?domain=environment&year=2024');
    expect(browse.name === 'browse' && browse.params.get('year')).toBe('2024');
    expect(parseRoute('#/doc/yx-2024-czj-012?page=7')).toEqual({ name: 'doc', id: 'yx-2024-czj-012', page: 7 });
    expect(parseRoute(hrefs.board())).toEqual({ name: 'board' });
  });

  it('falls back to page 1 for a missing, zero, negative or non-numeric page', () => {
    for (const page of ['', '0', '-3', 'abc']) {
      expect(parseRoute(`#/doc/a?page=${page}`)).toMatchObject({ page: 1 });
    }
  });

  it('round-trips what hrefs writes, with characters that need encoding', () => {
    expect(parseRoute(hrefs.doc('a b/c', 3))).toEqual({ name: 'doc', id: 'a b/c', page: 3 });
    expect(parseRoute(hrefs.doc('a-b', 3))).toEqual({ name: 'doc', id: 'a-b', page: 3 });
    const browse = parseRoute(hrefs.browse('征地补偿'));
    expect(browse.name === 'browse' && browse.params.get('domain')).toBe('征地补偿');
  });

  it('treats an unknown path as unknown, not as a document', () => {
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'unknown', hash: '#/elsewhere' });
    expect(parseRoute('#/doc/')).toMatchObject({ name: 'unknown' });
  });
});

describe('search and browse routes', () => {
  it('reads the query of #/search, decoded, and writes it back', () => {
    expect(parseRoute('#/search')).toEqual({ name: 'search', query: '' });
    expect(parseRoute(hrefs.search('2024 czys'))).toEqual({ name: 'search', query: '2024 czys' });
    expect(parseRoute(hrefs.search('政务公开'))).toEqual({ name: 'search', query: '政务公开' });
    expect(hrefs.search('')).toBe('#/search');
  });

  it('writes browse filters, leaving out empty ones, and reads them back', () => {
    expect(hrefs.browseWith({})).toBe('#/browse');
    const route = parseRoute(
      hrefs.browseWith({ domain: 'environment', year: '2024', publisher: undefined, genre: '通知' }),
    );
    expect(route.name === 'browse' && Object.fromEntries(route.params)).toEqual({
      domain: 'environment',
      year: '2024',
      genre: '通知',
    });
  });
});
