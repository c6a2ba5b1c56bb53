// Hash routes (DESIGN.md, Routes): what a hash means and how to write one; pure, so it is unit-tested in Node.

export type Route =
  | { name: 'home' }
  | { name: 'browse'; params: URLSearchParams }
  | { name: 'doc'; id: string; page: number }
  | { name: 'search'; query: string }
  | { name: 'admin' }
  | { name: 'board' }
  | { name: 'attendant' }
  | { name: 'unknown'; hash: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/browse') return { name: 'browse', params };
  if (path === '/search') return { name: 'search', query: params.get('q') ?? '' };
  if (path === '/admin') return { name: 'admin' };
  if (path === '/board') return { name: 'board' };
  if (path === '/attendant') return { name: 'attendant' };
  const doc = /^\/doc\/([^/]+)$/.exec(path);
  if (doc?.[1]) {
    const page = Number.parseInt(params.get('page') ?? '1', 10);
    return { name: 'doc', id: decodeURIComponent(doc[1]), page: Number.isFinite(page) && page > 0 ? page : 1 };
  }
  return { name: 'unknown', hash };
}

export const hrefs = {
  home: () => '#/',
  board: () => '#/board',
  attendant: () => '#/attendant',
  admin: () => '#/admin',
  browse: (domain: string) => `#/browse?domain=${encodeURIComponent(domain)}`,
  /** The browse list with these filters (empty ones left out), e.g. `#/browse?domain=environment&year=2024`. */
  browseWith: (filters: Record<string, string | undefined>) => {
    const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1])).toString();
    return query ? `#/browse?${query}` : '#/browse';
  },
  search: (query = '') => (query ? `#/search?q=${encodeURIComponent(query)}` : '#/search'),
  doc: (id: string, page?: number) => `#/doc/${encodeURIComponent(id)}${page && page > 1 ? `?page=${page}` : ''}`,
};
