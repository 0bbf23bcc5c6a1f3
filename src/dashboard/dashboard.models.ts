/**
 * The start of the local day (00:00 in `timeZone`) containing `now`, in epoch ms. Pure.
 * The offset is the one in force at `now`; on a day whose midnight falls in a DST change the
 * result is off by that hour, which a "drafts today" count can bear.
 */
export function startOfLocalDay(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  const offset = wall - Math.floor(now / 1000) * 1000;
  return Date.UTC(n('year'), n('month') - 1, n('day')) - offset;
}
