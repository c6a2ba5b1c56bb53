// The one PIN pad guards the staff console and the attendant's printing: digits go in masked, a wrong PIN says how many
// tries are left, and the fifth wrong try locks the pad for five minutes, counting down, then lets the right PIN in.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPin, LOCKOUT_MS, MAX_FAILURES, type PinHash } from '../../kiosk/pin.ts';
import { pinHash, renderWith } from '../test-support/services.tsx';
import { PinPad } from './index.tsx';

const RIGHT = '24681357';
let expected: PinHash;
beforeAll(async () => (expected = await pinHash(RIGHT)));
// A right PIN clears the failure count kept in IndexedDB, so each test starts with all five tries.
beforeEach(() => checkPin('attendant', RIGHT, expected));
afterEach(() => void vi.useRealTimers());

function showPad() {
  const onSuccess = vi.fn();
  renderWith(<PinPad role="attendant" expected={expected} title="请输入值班人员密码" onSuccess={onSuccess} />);
  return onSuccess;
}

const display = () => screen.getByText((_, el) => el?.tagName === 'P' && el.hasAttribute('data-length'));
const message = () => screen.getByTestId('pin-message');
const submit = () => screen.getByRole('button', { name: '确定' });

function tapDigits(digits: string) {
  for (const d of digits) fireEvent.click(screen.getByRole('button', { name: d }));
}

async function enterWrong() {
  tapDigits('1111');
  fireEvent.click(submit());
  await waitFor(() => expect(message().textContent).not.toBe('正在核对……'));
}

describe('PIN pad', () => {
  it('shows each digit as a dot, never the digit, and deletes the last one', () => {
    showPad();
    expect(display().textContent).toBe('请输入密码');
    expect(submit()).toHaveProperty('disabled', true);
    tapDigits('2468');
    expect(display().textContent).toBe('●●●●');
    expect(display().textContent).not.toContain('2');
    fireEvent.click(screen.getByRole('button', { name: '删除一位' }));
    expect(display().dataset.length).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(display().textContent).toBe('请输入密码');
  });

  it('lets the right PIN in', async () => {
    const onSuccess = showPad();
    tapDigits(RIGHT);
    fireEvent.click(submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('says a wrong PIN is wrong, how many tries are left, and empties the entry', async () => {
    const onSuccess = showPad();
    await enterWrong();
    expect(message().textContent).toBe(`密码不对，还可以再试 ${MAX_FAILURES - 1} 次。`);
    expect(display().textContent).toBe('请输入密码');
    await enterWrong();
    expect(message().textContent).toBe(`密码不对，还可以再试 ${MAX_FAILURES - 2} 次。`);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('locks after five wrong tries, counts down five minutes, then takes the right PIN', async () => {
    const onSuccess = showPad();
    for (let i = 1; i < MAX_FAILURES; i++) await enterWrong();
    // Only the clock the countdown reads is faked: fake-indexeddb schedules its work with real timers.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    await enterWrong();
    expect(message().textContent).toBe('输错次数太多，请 5 分 00 秒后再试。');
    const digit = screen.getByRole('button', { name: '1' });
    expect(digit).toHaveProperty('disabled', true);
    // Even the right PIN is refused while locked, and a reload would not help: the lock is stored.
    expect(await checkPin('attendant', RIGHT, expected)).toMatchObject({ ok: false });

    // Not inside waitFor: its polling runs on the faked setInterval, and advancing from there would call itself.
    await act(() => void vi.advanceTimersByTime(61_000));
    expect(message().textContent).toBe('输错次数太多，请 3 分 59 秒后再试。');
    await act(() => void vi.advanceTimersByTime(LOCKOUT_MS));
    expect(digit).toHaveProperty('disabled', false);
    expect(message().textContent).toBe('');
    // Still on the fake clock: the stored lock ends five minutes after the fake time it began.
    tapDigits(RIGHT);
    fireEvent.click(submit());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('opens locked when an earlier visit locked it', async () => {
    // The staff role, so the lock left behind does not reach the attendant tests above.
    for (let i = 0; i < MAX_FAILURES; i++) await checkPin('staff', '0000', expected);
    renderWith(<PinPad role="staff" expected={expected} title="请输入工作人员密码" onSuccess={vi.fn()} />);
    await waitFor(() => expect(message().textContent).toMatch(/^输错次数太多，请 [45] 分 \d\d 秒后再试。$/));
    expect(screen.getByRole('button', { name: '1' })).toHaveProperty('disabled', true);
  });
});
