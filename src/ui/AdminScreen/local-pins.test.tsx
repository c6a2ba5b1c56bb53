// PINs set at the terminal (config "local"): the set-up code opens only the first set-up, the new PINs are 8+ digits and
// differ, the console changes them, and a pad whose local PIN is not set yet opens for nothing.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLocalPin } from '../../kiosk/local-pins.ts';
import { pinMatches } from '../../kiosk/pin.ts';
import { PinPad } from '../PinPad/index.tsx';
import { fakeServices, pinHash, renderWith } from '../test-support/services.tsx';
import { PinChangePanel } from './pin-change.tsx';
import { StaffSignIn } from './staff-sign-in.tsx';

const SETUP_CODE = '202603021234';
const STAFF = '80264153';
const ATTENDANT = '91375264';

async function localConfigServices() {
  return fakeServices({
    config: { staffPin: 'local', attendantPin: 'local', pinSetupCode: await pinHash(SETUP_CODE) },
  });
}

/** Each test starts on a terminal with no local PIN, no lockout: the keys go through IndexedDB itself (ui may not import storage). */
beforeEach(async () => {
  // Set up once so the database and its settings store exist before they are cleared.
  await readLocalPin('staff');
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('chayue');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      for (const key of ['localPin:staff', 'localPin:attendant', 'pinLock:staff', 'pinLock:attendant'])
        tx.objectStore('settings').delete(key);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
});

function type(digits: string) {
  for (const d of digits) fireEvent.click(screen.getByRole('button', { name: d }));
  fireEvent.click(screen.getByRole('button', { name: '确定' }));
}

/** A new PIN is typed twice; the form then says what was wrong, or moves on. */
async function chooseTwice(pin: string, expected: string | RegExp) {
  type(pin);
  await screen.findByText(/请再输入一遍新的/);
  type(pin);
  await waitFor(() => expect(screen.getByTestId('new-pin-message').textContent).toMatch(expected));
}

describe('first set-up of local PINs', () => {
  it('asks for the set-up code, then a staff and an attendant PIN that differ, then opens the console', async () => {
    const onSuccess = vi.fn();
    renderWith(<StaffSignIn onSuccess={onSuccess} />, { services: await localConfigServices() });
    await screen.findByText('首次设置：请输入设置码');

    // The staff gesture alone is not enough: a passer-by without the code gets nowhere.
    type('11112222');
    await waitFor(() => expect(screen.getByTestId('pin-message').textContent).toMatch(/密码不对/));
    type(SETUP_CODE);
    await screen.findByText('设定新的工作人员密码（至少 8 位数字）');

    await chooseTwice('1234567', '密码至少要 8 位数字。');
    await chooseTwice(SETUP_CODE, '新密码不能和设置码相同。');
    type(STAFF);
    await screen.findByText(/请再输入一遍/);
    type('80264154');
    await waitFor(() =>
      expect(screen.getByTestId('new-pin-message').textContent).toBe('两次输入的不一样，请重新输入。'),
    );
    await chooseTwice(STAFF, '');
    await screen.findByText('设定新的管理员密码（至少 8 位数字）');
    await chooseTwice(STAFF, '工作人员密码和管理员密码不能相同。');
    type(ATTENDANT);
    await screen.findByText(/请再输入一遍/);
    type(ATTENDANT);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());

    const staff = await readLocalPin('staff');
    expect(staff?.iterations).toBe(600_000);
    expect(await pinMatches(STAFF, staff!)).toBe(true);
    expect(await pinMatches(ATTENDANT, (await readLocalPin('attendant'))!)).toBe(true);
  });

  it('once a staff PIN is set, asks for it and never for the set-up code', async () => {
    const services = await localConfigServices();
    const firstVisit = renderWith(<StaffSignIn onSuccess={vi.fn()} />, { services });
    await screen.findByText('首次设置：请输入设置码');
    type(SETUP_CODE);
    await screen.findByText(/设定新的工作人员密码/);
    await chooseTwice(STAFF, /^$|设定新的管理员密码/);
    await screen.findByText(/设定新的管理员密码/);
    // Walked away before the attendant PIN: the next visit asks for the staff PIN just set.
    firstVisit.unmount();

    const onSuccess = vi.fn();
    renderWith(<StaffSignIn onSuccess={onSuccess} />, { services });
    await screen.findByText('请输入工作人员密码');
    // The pad opens once the local PIN is read.
    await waitFor(() => expect(screen.getByRole('button', { name: '1' })).toHaveProperty('disabled', false));
    type(SETUP_CODE);
    await waitFor(() => expect(screen.getByTestId('pin-message').textContent).toMatch(/密码不对/));
    type(STAFF);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
  });
});

describe('a local PIN not set yet', () => {
  it('leaves the attendant pad shut, saying staff must set it', async () => {
    const onSuccess = vi.fn();
    renderWith(<PinPad role="attendant" expected="local" title="请输入管理员密码" onSuccess={onSuccess} />);
    await waitFor(() =>
      expect(screen.getByTestId('pin-message').textContent).toBe(
        '本机还没有设置这个密码。请工作人员在工作人员控制台设置。',
      ),
    );
    expect(screen.getByRole('button', { name: '1' })).toHaveProperty('disabled', true);
  });
});

describe('the console panel', () => {
  it('changes a local PIN, typed twice, and says so', async () => {
    const say = vi.fn();
    renderWith(<PinChangePanel say={say} />, { services: await localConfigServices() });
    await waitFor(() => expect(screen.getByTestId('pin-state-staff').dataset.set).toBe('no'));
    fireEvent.click(screen.getByTestId('pin-change-staff'));
    await chooseTwice('12345', '密码至少要 8 位数字。');
    type(STAFF);
    await screen.findByText(/请再输入一遍/);
    type(STAFF);
    await waitFor(() => expect(say).toHaveBeenCalledWith('工作人员密码已设好。'));
    expect(await pinMatches(STAFF, (await readLocalPin('staff'))!)).toBe(true);
    await waitFor(() => expect(screen.getByTestId('pin-state-staff').dataset.set).toBe('yes'));
    expect(screen.queryByTestId('new-pin')).toBeNull();

    fireEvent.click(screen.getByTestId('pin-change-attendant'));
    await chooseTwice(STAFF, '工作人员密码和管理员密码不能相同。');
  });

  it('says where PINs come from when the config holds them', () => {
    renderWith(<PinChangePanel say={vi.fn()} />);
    expect(screen.getByTestId('pin-change').textContent).toMatch(/密码写在配置文件中/);
    expect(screen.queryByTestId('pin-change-staff')).toBeNull();
  });
});
