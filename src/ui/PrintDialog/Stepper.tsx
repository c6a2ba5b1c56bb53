// A number chosen with large − and + buttons: no typing on a kiosk, and no value outside its bounds.
import { useStrings } from '../i18n/index.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  testId?: string;
}

export function Stepper({ label, unit, value, min, max, onChange, testId }: Props) {
  const t = useStrings();
  return (
    <div class={styles.stepper} data-testid={testId} data-value={value}>
      <span>{label}</span>
      <TouchButton
        label={`${label} ${t.print.fewer}`}
        disabled={value <= min}
        onClick={() => onChange(Math.max(min, value - 1))}
      >
        −
      </TouchButton>
      <output class={styles.stepperValue} aria-live="polite">
        {value}
      </output>
      <TouchButton
        label={`${label} ${t.print.more}`}
        disabled={value >= max}
        onClick={() => onChange(Math.min(max, value + 1))}
      >
        +
      </TouchButton>
      {unit && <span>{unit}</span>}
    </div>
  );
}
