import type { Cell, Distribution, Suppressed } from '../../analytics/aggregate.models.js';

/** How a suppressed cell reads everywhere on the page and in the CSV: never as 0. */
export const TOO_FEW = 'too few to show';

/** Why a total over several mailboxes is not shown although its n is large (withheld.models). */
export const WITHHELD_WHY = 'with the per-mailbox figures it would give away a mailbox that has too few';

/** A hidden cell in one short phrase: "too few to show" or "withheld". */
export function hiddenWord(c: Suppressed): string {
  return c.suppressed === 'withheld' ? 'withheld' : TOO_FEW;
}

/** A hidden cell with its n, and for a withheld total why. */
export function hiddenText(c: Suppressed): string {
  return c.suppressed === 'withheld' ? `withheld (n = ${c.n}; ${WITHHELD_WHY})` : `${TOO_FEW} (n = ${c.n})`;
}

/** Seconds as a person reads a wait: minutes under an hour, hours under two days, else days. */
export function duration(seconds: number): string {
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

export function shown<T extends object>(c: Cell<T>): T | null {
  return 'suppressed' in c ? null : c;
}

/** "median 2.3 h, P90 7.0 h (n = 42)", or the suppression with its n. */
export function distText(c: Cell<Distribution>): string {
  const d = shown(c);
  return d
    ? `median ${duration(d.medianSeconds)}, P90 ${duration(d.p90Seconds)} (n = ${d.n})`
    : hiddenText(c as Suppressed);
}

export function percent(n: number, of: number): string {
  return of === 0 ? '0%' : `${Math.round((n / of) * 1000) / 10}%`;
}
