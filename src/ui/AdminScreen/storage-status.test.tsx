// Eviction would wipe the offline catalogue: the console says whether storage is persistent and offers to ask for it.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWith } from '../test-support/services.tsx';
import { StorageStatus } from './storage-status.tsx';

/** navigator.storage as a browser that answers `persist()` with `grant`. */
function fakeStorage(persisted: boolean, grant: boolean) {
  const state = { persisted };
  const storage = {
    estimate: () => Promise.resolve({ usage: 52 * 1024 * 1024, quota: 2048 * 1024 * 1024 }),
    persisted: () => Promise.resolve(state.persisted),
    persist: vi.fn(() => Promise.resolve((state.persisted = grant))),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => void Reflect.deleteProperty(navigator, 'storage'));

describe('storage status', () => {
  it('says storage is not persistent, asks only on a tap, and shows the answer', async () => {
    const storage = fakeStorage(false, true);
    const say = vi.fn();
    renderWith(<StorageStatus refreshKey={0} say={say} />);
    const line = await screen.findByTestId('storage-status');
    expect(line.dataset.persisted).toBe('no');
    expect(line.textContent).toMatch(/未设为持久保存/);
    expect(storage.persist).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('request-persist'));
    await waitFor(() => expect(screen.getByTestId('storage-status').dataset.persisted).toBe('yes'));
    expect(say).toHaveBeenCalledWith(expect.stringMatching(/^浏览器已同意持久保存/));
    expect(screen.queryByTestId('request-persist')).toBeNull();
  });

  it('says what to check when the browser refuses', async () => {
    fakeStorage(false, false);
    const say = vi.fn();
    renderWith(<StorageStatus refreshKey={0} say={say} />);
    fireEvent.click(await screen.findByTestId('request-persist'));
    await waitFor(() => expect(say).toHaveBeenCalledWith(expect.stringMatching(/^浏览器没有同意持久保存/)));
    expect(screen.getByTestId('storage-status').dataset.persisted).toBe('no');
  });

  it('offers nothing when storage is already persistent', async () => {
    fakeStorage(true, true);
    renderWith(<StorageStatus refreshKey={0} say={vi.fn()} />);
    expect((await screen.findByTestId('storage-status')).dataset.persisted).toBe('yes');
    expect(screen.queryByTestId('request-persist')).toBeNull();
  });
});
