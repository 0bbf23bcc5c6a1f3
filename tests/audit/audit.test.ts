import { describe, expect, it } from 'vitest';
import type { AuditActor } from '../../src/audit/audit.models.js';
import { emitAudit, pruneAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { auditLog } from '../../src/audit/audit.table.js';
import { actorLabel } from '../../src/audit/audit-labels.models.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { envFor, openTestAppliance, TestClock } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { testJob } from '../support/test-jobs.js';
import { tempDir } from '../support/tmp.js';

const DAY = 86_400_000;

function seed(dir: string, clock: TestClock, n: number) {
  const app = openTestAppliance(dir, clock);
  for (let i = 1; i <= n; i++) {
    app.store.db.transaction((tx) =>
      emitAudit(tx, app.keys.audit, {
        actor: { kind: 'user', id: 1 },
        action: 'mailbox.pause',
        target: i,
        metadata: { count: i },
        at: clock.now(),
      }),
    );
    clock.advance(DAY);
  }
  return app;
}

describe('audit log', () => {
  it('audit verify accepts an intact chain and names the first tampered row', async () => {
    const dir = tempDir();
    const app = seed(dir, new TestClock(), 5);
    app.store.close();
    const ok = await runCli(['audit', 'verify'], { env: envFor(dir) });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Audit chain intact: 5 row(s) verified');

    // An attacker with the database key can get past the triggers, but not past the keyed chain.
    const again = openTestAppliance(dir);
    again.store.sqlite.exec('DROP TRIGGER audit_log_no_update');
    again.store.sqlite.prepare('UPDATE audit_log SET metadata = \'{"count":99}\' WHERE id = 3').run();
    again.store.close();
    const bad = await runCli(['audit', 'verify'], { env: envFor(dir) });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('Audit chain BROKEN at row 3 (hash mismatch); 2 row(s) before it verified');
  });

  it('detects a deleted row and a forged row appended with a recomputed plain hash', () => {
    const dir = tempDir();
    const app = seed(dir, new TestClock(), 4);
    app.store.sqlite.exec('DROP TRIGGER audit_log_no_delete');
    app.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(verifyAuditChain(app.store.db, app.keys.audit)).toMatchObject({
      ok: false,
      badId: 3,
      reason: 'gap',
    });
    app.store.close();
  });

  it('stores every kind of actor in the form older rows hold, so the view names old and new rows alike', () => {
    const app = openTestAppliance(tempDir());
    const actors: AuditActor[] = [
      { kind: 'user', id: 3 },
      { kind: 'cli' },
      { kind: 'setup' },
      { kind: 'anonymous' },
      { kind: 'system' },
    ];
    for (const actor of actors)
      app.store.db.transaction((tx) =>
        emitAudit(tx, app.keys.audit, { actor, action: 'user.create', at: 1 }),
      );
    const stored = app.store.db
      .select({ actor: auditLog.actor })
      .from(auditLog)
      .all()
      .map((r) => r.actor);
    expect(stored).toEqual(['user:3', 'cli', 'setup', 'anonymous', 'system']);
    const people = new Map([[3, { username: 'erika', role: 'admin' as const }]]);
    expect(stored.map((a) => actorLabel(a, people))).toEqual([
      'erika (Admin)',
      'Operator at the command line',
      'First-run setup',
      'Someone not signed in',
      'Veildraft (automatic)',
    ]);
    app.store.close();
  });

  it('is append-only: UPDATE and DELETE are refused by the database', () => {
    const app = seed(tempDir(), new TestClock(), 2);
    expect(() => app.store.sqlite.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => app.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    app.store.close();
  });

  it('is written in the same transaction as the change: a failing audit write rolls the change back', () => {
    const clock = new TestClock();
    const app = openTestAppliance(tempDir(), clock);
    expect(() =>
      app.store.db.transaction((tx) => {
        enqueueJob(
          tx,
          testJob('k'),
          { payload: { a: 1 }, idempotencyKey: 'change-1', maxAttempts: 1 },
          clock.now(),
        );
        emitAudit(tx, app.keys.audit, {
          actor: { kind: 'user', id: 1 },
          action: 'mailbox.add',
          metadata: { note: 'Dear Jane, free text is not metadata' },
          at: clock.now(),
        });
      }),
    ).toThrow(/invalid action or metadata/);
    expect(app.store.db.select().from(jobs).all()).toEqual([]);
    expect(app.store.db.select().from(auditLog).all()).toEqual([]);
    app.store.close();
  });

  it('pruning past the retention keeps the remaining chain verifiable and is itself audited', () => {
    const clock = new TestClock();
    const app = seed(tempDir(), clock, 10);
    const deleted = pruneAudit(app.store.db, app.keys.audit, {
      before: clock.now() - 5.5 * DAY,
      now: clock.now(),
      actor: { kind: 'system' },
    });
    expect(deleted).toBe(5);
    const result = verifyAuditChain(app.store.db, app.keys.audit);
    expect(result).toMatchObject({ ok: true, rows: 6, fromId: 6 });
    const last = app.store.sqlite
      .prepare('SELECT action, metadata FROM audit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(last).toEqual({ action: 'audit.prune', metadata: '{"deleted":5,"throughId":5}' });
    // Rows above the cut stay protected.
    expect(() => app.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 6').run()).toThrow(/append-only/);
    app.store.close();
  });
});
