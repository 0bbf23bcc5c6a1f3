import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dataRegistry, isInternalTable } from '../../src/dsr/dsr.registry.js';
import { dsrAppliance } from './dsr-fixtures.js';

describe('the registry of tables that hold personal references', () => {
  it('names every table of the migrated schema, and only those', () => {
    const { store } = dsrAppliance();
    const tables = store.db
      .all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .map((r) => r.name)
      .filter((n) => !isInternalTable(n));
    expect(tables.length).toBeGreaterThan(15);
    // A table missing here is a new table nobody decided about: add it to src/dsr/dsr.registry.ts.
    expect(tables.filter((t) => !(t in dataRegistry))).toEqual([]);
    expect(Object.keys(dataRegistry).filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('gives a reason for every table that holds nothing about a person and for every kept one', () => {
    for (const [table, e] of Object.entries(dataRegistry)) {
      const p = e.person as { by: string; reason?: string; onErasure?: string; keptBecause?: string };
      if (p.by === 'none') expect(p.reason?.length, table).toBeGreaterThan(10);
      else if (p.onErasure === 'kept') expect(p.keptBecause?.length, table).toBeGreaterThan(10);
      expect(e.purpose.length, table).toBeGreaterThan(10);
    }
  });
});
