/**
 * Figures of the rollups' decoded columns, kept as long as those columns live. Decoded columns
 * never change: a refresh decodes new ones, and the decoded periods are kept by the rollups'
 * version (rollups.usecases.ts). Every view of the Analytics page reads the same year until the
 * next refresh, and most of its figures (reply times, their medians and P90s, per card and per
 * trend bar) do not depend on the moment of the view: they are computed once per version.
 * Columns built on the spot (plain arrays) are not kept.
 */

const kept = new WeakMap<ArrayBufferLike, Map<string, unknown>>();

/**
 * `make()`, or what it gave before for the same rows of the same decoded column and the same
 * `key` (which must name everything else the value depends on).
 */
export function keptFor<T>(rows: ArrayLike<number>, key: string, make: () => T): T {
  if (!(rows instanceof Float64Array)) return make();
  let values = kept.get(rows.buffer);
  if (!values) {
    values = new Map();
    kept.set(rows.buffer, values);
  }
  const at = `${rows.byteOffset}:${rows.length}:${key}`;
  if (values.has(at)) return values.get(at) as T;
  const value = make();
  values.set(at, value);
  return value;
}
