// A date picked as year, month and day, written the interface's way (2026 年 3 月 5 日): a native date input shows
// the machine's form instead (MM/DD/YYYY on an English system), whatever language the page is in.
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

interface Props {
  /** `YYYY-MM-DD`. */
  value: string;
  onChange: (value: string) => void;
  /** Years offered: from `firstYear` to next year. */
  firstYear: number;
  testId?: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function DateField({ value, onChange, firstYear, testId, label }: Props) {
  const t = useStrings();
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const lastYear = Math.max(year, new Date().getUTCFullYear() + 1);
  // A day past the new month's end becomes its last day (31 March → 30 April), never an invalid date.
  const set = (y: number, m: number, d: number) => onChange(`${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`);
  const part = (name: string, options: number[], current: number, change: (n: number) => void, unit: string) => (
    <label class={styles.part}>
      <select
        class={styles.select}
        aria-label={`${label} ${name}`}
        onChange={(e) => change(Number(e.currentTarget.value))}
      >
        {options.map((n) => (
          // `selected` on the option, not `value` on the select: set before the options exist, the value is lost.
          <option key={n} value={n} selected={n === current}>
            {n}
          </option>
        ))}
      </select>
      {unit && <span aria-hidden="true">{unit}</span>}
    </label>
  );
  return (
    <span class={styles.field} role="group" aria-label={label} data-testid={testId} data-value={value}>
      {part(
        t.dateField.year,
        range(Math.min(firstYear, year), lastYear),
        year,
        (y) => set(y, month, day),
        t.dateField.yearUnit,
      )}
      {part(t.dateField.month, range(1, 12), month, (m) => set(year, m, day), t.dateField.monthUnit)}
      {part(t.dateField.day, range(1, daysIn(year, month)), day, (d) => set(year, month, d), t.dateField.dayUnit)}
    </span>
  );
}
