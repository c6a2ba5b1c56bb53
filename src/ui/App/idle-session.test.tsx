// A public terminal forgets its resident: after a quiet spell a countdown warns, a touch calls it off, and when it runs
// out the next person finds the bulletin board and nothing of the last one (typed keys, 适老化 mode). The board itself
// is the idle state: it never warns.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDoc, serviceFor } from '../../catalogue/search-test-helpers.ts';
import { fakeActiveVersion } from '../test-support/services.tsx';
import { App } from './index.tsx';

const documents = [makeDoc('a', { title: '2024年财政预算公开' }), makeDoc('b', { title: '低保标准调整通知' })];

async function openApp(hash: string) {
  history.replaceState(null, '', hash);
  const { service } = await serviceFor(documents, ['', '']);
  render(<App active={fakeActiveVersion({ documents, search: service })} />);
}

// act flushes the renders the timers cause; not waitFor, whose polling would run on the fake clock it waits for.
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const warning = () => screen.queryByTestId('idle-warning');
const secondsShown = () => screen.getByRole('timer', { hidden: true }).textContent;
// A resident's touch: away from the top-left corner, where a long press means staff.
const touch = () => fireEvent.pointerDown(document.body, { clientX: 600, clientY: 500, isPrimary: true });

beforeEach(async () => {
  // Search comes in lazily: load it on the real clock, so the fake one below only drives the session.
  await import('../Search/index.tsx');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => void vi.useRealTimers());

describe('idle session', () => {
  it('warns after two quiet minutes with a 30-second countdown, and a touch calls it off', async () => {
    await openApp('#/search');
    await screen.findByTestId('search-input');
    await advance(119_000);
    expect(warning()).toBeNull();
    await advance(1_000);
    expect(warning()).not.toBeNull();
    expect(secondsShown()).toBe('30 秒后回到首页，您查看的内容会被清除。');
    await advance(5_000);
    expect(secondsShown()).toMatch(/^25 秒/);

    touch();
    await advance(0);
    expect(warning()).toBeNull();
    // The quiet spell starts again from the touch.
    await advance(119_000);
    expect(warning()).toBeNull();
    await advance(1_000);
    expect(warning()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '继续使用', hidden: true }));
    await advance(0);
    expect(warning()).toBeNull();
    expect(location.hash).toBe('#/search');
  });

  it('wipes the session when the countdown runs out: the board, with no key typed and no mode switched on', async () => {
    await openApp('#/search');
    const input = await screen.findByTestId<HTMLInputElement>('search-input');
    fireEvent.click(screen.getByRole('button', { name: 'c' }));
    expect(input.value).toBe('c');
    fireEvent.click(screen.getByTestId('elder-switch'));
    expect(document.documentElement.hasAttribute('data-elder')).toBe(true);

    // 适老化 mode gives half as long again before the warning (180 s), and a whole minute to answer it.
    await advance(179_000);
    expect(warning()).toBeNull();
    await advance(1_000);
    expect(secondsShown()).toMatch(/^60 秒/);
    await advance(60_000);

    expect(warning()).toBeNull();
    expect(location.hash).toBe('#/board');
    expect(screen.getByTestId('board')).toBeTruthy();
    expect(document.documentElement.hasAttribute('data-elder')).toBe(false);

    // The next resident starts a search of their own.
    await act(() => {
      location.hash = '#/search';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect((await screen.findByTestId<HTMLInputElement>('search-input')).value).toBe('');
  });

  it('takes Escape on a keyboard as "I am here", not as closing the warning with the countdown running', async () => {
    await openApp('#/search');
    await screen.findByTestId('search-input');
    await advance(120_000);
    const dialog = screen.getByTestId<HTMLDialogElement>('idle-warning');
    expect(dialog.open).toBe(true);
    // What Chromium fires at a modal <dialog> on Escape; left alone, it closes the dialog and the countdown runs unseen.
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(dialog, cancel);
    expect(cancel.defaultPrevented).toBe(true);
    await advance(0);
    expect(warning()).toBeNull();
    await advance(60_000);
    expect(location.hash).toBe('#/search');
  });

  it('never warns on the board, however long it stays', async () => {
    await openApp('#/board');
    // Past the moment a warning would show on any other screen, then long after.
    await advance(121_000);
    expect(warning()).toBeNull();
    await advance(30 * 60_000);
    expect(warning()).toBeNull();
    expect(location.hash).toBe('#/board');
  });
});
