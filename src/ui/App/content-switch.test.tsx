// A content update reaches the screen without a reload: Home shows the new version as soon as it is taken, in the same
// resident session (when it is held back for a reader: src/ui/active-version.test.ts).
import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../catalogue/search-test-helpers.ts';
import { fakeActiveVersion, fakeServices } from '../test-support/services.tsx';
import { App } from './index.tsx';

const documents = [makeDoc('a', { title: '2024年财政预算公开' })];
const shownVersion = () => screen.getByTestId('content-version').dataset.version;

describe('content version on screen', () => {
  it('switches Home to a new version as it is offered, keeping the session', async () => {
    history.replaceState(null, '', '#/');
    const active = fakeActiveVersion({ documents });
    render(<App active={active} />);
    expect(shownVersion()).toBe('1');
    const { session } = active.current;
    await act(() =>
      active.offer({ ...fakeServices({ documents, session }), content: { ...active.current.content, version: 2 } }),
    );
    expect(shownVersion()).toBe('2');
    expect(active.current.session).toBe(session);
  });
});
