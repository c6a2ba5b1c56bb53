// A resident with no keyboard skills finds a document by touch: keys on the screen fill the field, typed pinyin
// offers Chinese words, and the results say how many documents hold the query. What they type stays off the URL.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDoc, serviceFor } from '../../catalogue/search-test-helpers.ts';
import type { SearchService } from '../../catalogue/search-service.ts';
import { ResidentSession } from '../resident-session.ts';
import { fakeServices, renderWith } from '../test-support/services.tsx';
import { Search } from './index.tsx';

const documents = [
  makeDoc('dibao-2024', { title: '关于调整2024年城乡低保标准的通知', keywords: ['低保'], publishDate: '2024-03-01' }),
  makeDoc('dibao-2023', { title: '2023年低保资金使用情况', keywords: ['低保'], publishDate: '2023-05-01' }),
  makeDoc('budget-2024', { title: '2024年县级财政预算公开', keywords: ['财政预算'], publishDate: '2024-01-10' }),
];
let service: SearchService;
beforeAll(async () => ({ service } = await serviceFor(documents, ['', '', '本县2024年低保对象名单另行公布。'])));

async function openSearch(query = '') {
  history.replaceState(null, '', query ? `#/search?q=${encodeURIComponent(query)}` : '#/search');
  renderWith(<Search route={{ name: 'search', query }} />, { services: fakeServices({ documents, search: service }) });
  await screen.findByTestId('search-results');
}

const input = () => screen.getByTestId<HTMLInputElement>('search-input');
const results = () => screen.getByTestId('search-results');
const tap = (...keys: string[]) => {
  for (const key of keys) fireEvent.click(document.querySelector(`[data-key="${key}"]`)!);
};

describe('search screen', () => {
  it('starts empty, with nothing counted, and says how to type', async () => {
    await openSearch();
    expect(input().value).toBe('');
    expect(results().dataset.count).toBe('0');
    expect(screen.getByText(/请用键盘输入要找的字的拼音/)).toBeTruthy();
  });

  it('fills the field from the on-screen keys, and backspace and clear act on what the resident sees', async () => {
    await openSearch();
    tap('2', '0', '2', '4');
    expect(input().value).toBe('2024');
    expect(results().dataset.query).toBe('2024');
    // The body of the budget notice and the 2024 低保 title both hold 2024; 2023's document does not.
    expect(results().dataset.count).toBe('2');
    expect(screen.getByText('查找“2024”：找到 2 份文件，标题里有的排在前面')).toBeTruthy();
    tap('backspace');
    expect(input().value).toBe('202');
    expect(results().dataset.count).toBe('3');
    tap('clear');
    expect(input().value).toBe('');
    expect(results().dataset.count).toBe('0');
  });

  it('offers the Chinese word its typed initials spell, and searches for it when tapped', async () => {
    await openSearch();
    tap('d', 'b');
    const words = screen.getAllByTestId('candidate').map((c) => c.textContent);
    expect(words).toContain('低保');
    fireEvent.click(screen.getAllByTestId('candidate').find((c) => c.textContent === '低保')!);
    expect(input().value).toBe('低保');
    expect(results().dataset.count).toBe('3');
  });

  it('a space keeps two terms apart, and both must be found', async () => {
    await openSearch();
    tap('2', '0', '2', '4', 'space', 'd', 'b');
    expect(input().value).toBe('2024 db');
    await waitFor(() => expect(results().dataset.query).toBe('2024 db'));
    expect(results().dataset.count).toBe('1');
  });

  it('opens with a query given in the route (a link), searched at once', async () => {
    await openSearch('低保');
    expect(input().value).toBe('低保');
    expect(results().dataset.count).toBe('3');
  });

  it('says so, without results, when this version has no search data', async () => {
    history.replaceState(null, '', '#/search');
    renderWith(<Search route={{ name: 'search', query: '' }} />, {
      services: fakeServices({ documents, search: null }),
    });
    expect((await screen.findByRole('alert')).textContent).toContain('查找暂时不能用');
    expect(screen.queryByTestId('search-results')).toBeNull();
  });

  it('never writes what the resident types into the URL or the history', async () => {
    await openSearch();
    const entries = history.length;
    tap('d', 'b');
    expect(input().value).toBe('db');
    expect(location.hash).toBe('#/search');
    expect(history.length).toBe(entries);
  });

  it('drops a query given in the route from the URL once the resident changes it', async () => {
    await openSearch('低保');
    tap('backspace');
    expect(input().value).toBe('低');
    expect(location.hash).toBe('#/search');
  });

  it('finds the draft again on a bare #/search (back from a document), and forgets it with the session', async () => {
    const session = new ResidentSession({ printLimitPages: 20, startHash: '#/search' });
    const services = fakeServices({ documents, search: service, session });
    history.replaceState(null, '', '#/search');
    const first = renderWith(<Search route={{ name: 'search', query: '' }} />, { services });
    await screen.findByTestId('search-results');
    tap('2', '0', '2', '4');
    first.unmount();
    renderWith(<Search route={{ name: 'search', query: '' }} />, { services });
    expect((await screen.findByTestId('search-results')).dataset.query).toBe('2024');
    expect(input().value).toBe('2024');
    cleanup();
    session.end();
    renderWith(<Search route={{ name: 'search', query: '' }} />, { services });
    expect((await screen.findByTestId('search-results')).dataset.query).toBe('');
  });
});
