/**
 * Distributions of durations: median, nearest-rank P90, mean and histogram. A year of a busy
 * mailbox has some 400,000 reply times per column, and the figures need only two ranks of them:
 * selection finds a k-th smallest value in linear time on average, where a sort costs n·log n
 * (tens of milliseconds per column).
 */

const HOUR = 3_600_000;

/** Histogram buckets with upper bounds 1, 4, 8 and 24 hours; the last bucket is open (> 24 h). */
export const bucketLabels = ['0-1h', '1-4h', '4-8h', '8-24h', '>24h'] as const;

export interface Distribution {
  n: number;
  medianSeconds: number;
  p90Seconds: number;
  meanSeconds: number;
  histogram: Record<(typeof bucketLabels)[number], number>;
}
/** The median (mean of the two middle values when n is even) and nearest-rank P90. */
export function distribution(ms: ArrayLike<number>): Distribution {
  return distributionInPlace(ms instanceof Float64Array ? ms.slice() : Float64Array.from(ms));
}

/** The same of values the caller lets it rearrange (a column just extracted): no copy. */
export function distributionInPlace(s: Float64Array): Distribution {
  // Selection finds the two ranks without sorting the whole column.
  const n = s.length;
  const p90At = Math.max(0, Math.ceil(0.9 * n) - 1);
  const p90 = selectInPlace(s, p90At);
  // The median's rank is at most the P90's: it lies among the values left of it.
  const lowMid = (n - 1) >> 1;
  const low = selectInPlace(s, lowMid, 0, p90At);
  const mid = n % 2 ? low : (low + minOf(s, lowMid + 1, n - 1)) / 2;
  // Durations are whole milliseconds: their sum is exact in any order (below 2^53).
  let sum = 0;
  for (let i = 0; i < n; i++) sum += s[i]!;
  return {
    n,
    medianSeconds: Math.round(mid / 1000),
    p90Seconds: Math.round(p90 / 1000),
    meanSeconds: Math.round(sum / n / 1000),
    histogram: histogram(s),
  };
}

export function histogram(ms: ArrayLike<number>): Distribution['histogram'] {
  const counts = [0, 0, 0, 0, 0];
  for (let k = 0; k < ms.length; k++) {
    const v = ms[k]!;
    counts[v <= HOUR ? 0 : v <= 4 * HOUR ? 1 : v <= 8 * HOUR ? 2 : v <= 24 * HOUR ? 3 : 4]!++;
  }
  return Object.fromEntries(bucketLabels.map((l, i) => [l, counts[i]!])) as Distribution['histogram'];
}

/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value it would hold if that range were sorted,
 * with no greater value before it and no smaller one after it (Hoare's selection, median-of-three
 * pivots; equal values, common among durations, split evenly so they do not degrade it).
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted or reversed input stays linear.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and values between j and i equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** The smallest value of `a[lo..hi]`. */
export function minOf(a: Float64Array, lo: number, hi: number): number {
  let m = a[lo]!;
  for (let i = lo + 1; i <= hi; i++) if (a[i]! < m) m = a[i]!;
  return m;
}
