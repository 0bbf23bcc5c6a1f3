/**
 * Order statistics without sorting: a year of a busy mailbox has some 400,000 reply times per
 * column, and the figures need only their median and P90. Selection finds a k-th smallest value
 * in linear time on average, where a sort costs n·log n (tens of milliseconds per column).
 */

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
