// The board's nightly reload: only between 02:00 and 05:00 China time, and only for a page at least six hours old.
import { describe, expect, it } from 'vitest';
import { quietReloadDue } from './quiet-hour-reload.ts';

const china = (iso: string) => Date.parse(`${iso}+08:00`);
const HOUR = 3_600_000;

describe('quietReloadDue', () => {
  it('is due at 02:00 to 04:59 China time for a page loaded the morning before', () => {
    const loaded = china('2026-03-01T08:00:00');
    expect(quietReloadDue(loaded, china('2026-03-02T02:00:00'))).toBe(true);
    expect(quietReloadDue(loaded, china('2026-03-02T04:59:00'))).toBe(true);
  });
  it('is not due outside the quiet hours, whatever the age', () => {
    const loaded = china('2026-03-01T08:00:00');
    expect(quietReloadDue(loaded, china('2026-03-02T01:59:00'))).toBe(false);
    expect(quietReloadDue(loaded, china('2026-03-02T05:00:00'))).toBe(false);
    expect(quietReloadDue(loaded, china('2026-03-05T12:00:00'))).toBe(false);
  });
  it('waits a night for a page loaded less than six hours before (a terminal started late, or just reloaded)', () => {
    expect(quietReloadDue(china('2026-03-01T22:00:00'), china('2026-03-02T03:00:00'))).toBe(false);
    expect(quietReloadDue(china('2026-03-02T02:00:00'), china('2026-03-02T02:00:00') + HOUR)).toBe(false);
    expect(quietReloadDue(china('2026-03-01T20:00:00'), china('2026-03-02T02:30:00'))).toBe(true);
  });
  it('reads China time whatever the machine: 18:00 UTC is 02:00 the next day in China', () => {
    expect(quietReloadDue(Date.parse('2026-03-01T06:00:00Z'), Date.parse('2026-03-01T18:30:00Z'))).toBe(true);
  });
});
