// A date is picked as 年, 月 and 日 in the interface's own form, and can never become a day the month does not have.
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../test-support/services.tsx';
import { DateField } from './index.tsx';

const selects = () => within(screen.getByTestId('date')).getAllByRole('combobox') as HTMLSelectElement[];

describe('date field', () => {
  it('shows the date as year 年 month 月 day 日, whatever the machine locale', () => {
    renderWith(<DateField value="2026-03-05" onChange={vi.fn()} firstYear={2020} label="从" testId="date" />);
    // Which option shows is checked in Chromium (e2e/usage-figures.spec.ts): happy-dom selects the option before it.
    expect(selects()).toHaveLength(3);
    expect(screen.getByTestId('date').textContent).toMatch(/年.*月.*日$/);
    expect(screen.getByTestId('date').dataset.value).toBe('2026-03-05');
  });

  it('gives the date as YYYY-MM-DD, and a day past the new month end becomes its last day', () => {
    const changed = vi.fn();
    renderWith(<DateField value="2024-03-31" onChange={changed} firstYear={2020} label="到" testId="date" />);
    fireEvent.change(selects()[1]!, { target: { value: '2' } });
    expect(changed).toHaveBeenLastCalledWith('2024-02-29');
    fireEvent.change(selects()[0]!, { target: { value: '2021' } });
    expect(changed).toHaveBeenLastCalledWith('2021-03-31');
    expect(selects()[2]!.options).toHaveLength(31);
  });
});
