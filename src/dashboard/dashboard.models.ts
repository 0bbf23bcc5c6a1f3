import { zoneOffsetFn } from '../analytics/calendar.models.js';

const DAY = 86_400_000;

/**
 * The start of the local day (00:00 in `timeZone`) containing `now`, in epoch ms. Pure.
 * The offset is the one in force at `now`; on a day whose midnight falls in a DST change the
 * result is off by that hour, which a "drafts today" count can bear.
 */
export function startOfLocalDay(now: number, timeZone: string): number {
  const offset = zoneOffsetFn(timeZone)(now);
  return Math.floor((now + offset) / DAY) * DAY - offset;
}
