// Staff see the stored-files check move and end with the bad files by name, or with all of them intact.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ContentUpdates } from '../../content/update-service.ts';
import type { StoredFilesOutcome } from '../../content/import-worker-client.ts';
import type { ImportProgress } from '../../shared/import-messages.ts';
import { fakeServices, renderWith } from '../test-support/services.tsx';
import { VerifyStoredFiles } from './verify-files.tsx';

function renderWithCheck(outcome: StoredFilesOutcome) {
  let finish: () => void = () => undefined;
  const updates = {
    verifyStored: (onProgress: (p: ImportProgress) => void) => {
      onProgress({ filesDone: 3, filesTotal: 7, bytesDone: 0, bytesTotal: 0 });
      return new Promise<StoredFilesOutcome>((resolve) => (finish = () => resolve(outcome)));
    },
  } as unknown as ContentUpdates;
  let refreshed = 0;
  renderWith(<VerifyStoredFiles onDone={() => refreshed++} />, { services: { ...fakeServices(), updates } });
  return { finish: () => finish(), refreshed: () => refreshed };
}

describe('VerifyStoredFiles', () => {
  it('shows progress, then the damaged and missing files by name, and refreshes the log', async () => {
    const check = renderWithCheck({
      ok: true,
      check: {
        version: 4,
        checked: 7,
        bad: [
          { path: 'files/a.pdf', problem: 'corrupt' },
          { path: 'files/b.pdf', problem: 'missing' },
        ],
      },
    });
    fireEvent.click(screen.getByTestId('verify-stored-start'));
    await waitFor(() => expect(screen.getByText('正在校验：3 / 7 个文件')).toBeTruthy());
    check.finish();
    const result = await screen.findByTestId('verify-stored-result');
    expect(result.dataset.bad).toBe('2');
    expect(result.textContent).toContain('files/a.pdf（已损坏）');
    expect(result.textContent).toContain('files/b.pdf（缺失）');
    expect(check.refreshed()).toBe(1);
  });

  it('says all files are intact when none is bad', async () => {
    const check = renderWithCheck({ ok: true, check: { version: 4, checked: 7, bad: [] } });
    fireEvent.click(screen.getByTestId('verify-stored-start'));
    check.finish();
    expect((await screen.findByTestId('verify-stored-result')).textContent).toBe('校验完成：7 个文件全部完好。');
  });
});
