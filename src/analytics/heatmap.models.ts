/**
 * Arrivals by hour of the week, in the mailbox's time zone: when customer mail comes in, so
 * staffing can follow it. Day and hour are read from the local wall time of each arrival (the
 * zone's offset at that very instant), so a DST change moves nothing into the wrong hour.
 */

/** Rows of the heatmap, Monday first (ISO weeks, as European rotas are drawn). */
export const heatmapDays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface Heatmap {
  /** 7 rows (Monday first) of 24 hourly counts. */
  cells: number[][];
  total: number;
  max: number;
}

export function emptyHeatmap(): Heatmap {
  return { cells: heatmapDays.map(() => Array.from({ length: 24 }, () => 0)), total: 0, max: 0 };
}

/** Adds arrivals (UTC instants) to a heatmap, with `offsetAt` the zone's offset at an instant. */
export function addArrivals(
  map: Heatmap,
  arrivals: Iterable<number>,
  offsetAt: (at: number) => number,
): void {
  for (const at of arrivals) {
    const wall = at + offsetAt(at);
    const day = Math.floor(wall / DAY);
    addCount(map, day, Math.floor((wall - day * DAY) / HOUR), 1);
  }
}

/** Adds one local day's arrivals by hour (as the daily rollups keep them). */
export function addDay(map: Heatmap, day: number, byHour: ArrayLike<number>): void {
  for (let hour = 0; hour < 24; hour++) if (byHour[hour]! > 0) addCount(map, day, hour, byHour[hour]!);
}

function addCount(map: Heatmap, day: number, hour: number, n: number): void {
  // Day 0 (1970-01-01) was a Thursday: Monday-first index 3.
  const cells = map.cells[(((day + 3) % 7) + 7) % 7]!;
  cells[hour] = (cells[hour] ?? 0) + n;
  map.total += n;
  map.max = Math.max(map.max, cells[hour]!);
}

/** The busiest hour of the week, for the chart's text summary; null without arrivals. */
export function busiestHour(
  map: Heatmap,
): { day: (typeof heatmapDays)[number]; hour: number; count: number } | null {
  let best: { day: (typeof heatmapDays)[number]; hour: number; count: number } | null = null;
  map.cells.forEach((row, d) => {
    row.forEach((count, hour) => {
      if (count > 0 && (!best || count > best.count)) best = { day: heatmapDays[d]!, hour, count };
    });
  });
  return best;
}
