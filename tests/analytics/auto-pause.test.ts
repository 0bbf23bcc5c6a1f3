import { afterEach, describe, expect, it } from 'vitest';
import {
  autoPausedMailboxes,
  autoPauseUnusedDrafting,
  resumeAutoPausedDrafting,
} from '../../src/analytics/auto-pause.usecases.js';
import { searchAudit } from '../../src/audit/audit-search.repository.js';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import type { Store } from '../../src/store/store.js';
import { seedMailbox } from '../support/analytics-seed.js';
import { tempAppliance } from '../support/temp-appliance.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-20T10:00:00Z');
let key = 0;

/** Stored drafts created `ageDays` ago; `used` ones have a sent reply that kept most of them. */
function drafts(store: Store, mailboxId: number, count: number, o: { ageDays: number; used?: boolean }) {
  const insert = store.sqlite.prepare(
    `INSERT INTO drafts (mailbox_id, draft_key, message_id, status, created_at, appended_at, similarity, sent_message_row_id)
     VALUES (?, ?, ?, 'stored', ?, ?, ?, ?)`,
  );
  for (let i = 0; i < count; i++) {
    key++;
    const at = NOW - o.ageDays * DAY + key * 1000;
    insert.run(
      mailboxId,
      `k${key}`,
      `<vd-${key}@acme.example>`,
      at,
      at,
      o.used ? 0.95 : null,
      o.used ? key : null,
    );
  }
}

const apps: ReturnType<typeof tempAppliance>[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});

function setup() {
  const app = tempAppliance();
  apps.push(app);
  const { store, keys } = app.open();
  let now = NOW;
  const clock = { now: () => now };
  const deps = { db: store.db, keys, clock, allowPlaintextLoopback: false };
  return { store, deps, setNow: (t: number) => (now = t) };
}

describe('auto-pause of drafting', () => {
  it('pauses a mailbox whose last 20 drafts older than a day went unused, audited as the system', () => {
    const { store, deps } = setup();
    const idle = seedMailbox(store, 'Idle');
    const busy = seedMailbox(store, 'Busy');
    drafts(store, idle, 20, { ageDays: 3 });
    // Busy: 19 unused and one used among the last 20: it keeps drafting.
    drafts(store, busy, 19, { ageDays: 3 });
    drafts(store, busy, 1, { ageDays: 2, used: true });
    // Drafts younger than a day do not count yet (an agent may still use them).
    drafts(store, busy, 30, { ageDays: 0.5 });

    expect(autoPauseUnusedDrafting(deps, 20)).toEqual([idle]);
    expect(findMailboxById(store.db, idle)!.draftingEnabled).toBe(false);
    expect(findMailboxById(store.db, busy)!.draftingEnabled).toBe(true);
    expect(autoPausedMailboxes(store.db)).toEqual([
      { mailboxId: idle, name: 'Idle', pausedAt: NOW, considered: 20, unused: 20 },
    ]);
    const [entry] = searchAudit(store.db, { action: 'mailbox.drafting_auto_paused', limit: 5 });
    expect(entry).toMatchObject({ actor: 'system', target: String(idle) });
    expect(JSON.parse(entry!.metadata)).toEqual({ considered: 20, unused: 20 });
    // Fewer drafts than N never pause: a new mailbox has not shown anything yet.
    expect(autoPauseUnusedDrafting(deps, 21)).toEqual([]);
    store.close();
  });

  it('is resumed with one audited action and needs N new unused drafts to pause again', () => {
    const { store, deps, setNow } = setup();
    const id = seedMailbox(store, 'Idle');
    drafts(store, id, 20, { ageDays: 3 });
    autoPauseUnusedDrafting(deps, 20);
    setNow(NOW + DAY);
    resumeAutoPausedDrafting(deps, id, { kind: 'user', id: 7 });
    expect(findMailboxById(store.db, id)!.draftingEnabled).toBe(true);
    expect(autoPausedMailboxes(store.db)).toEqual([]);
    const [entry] = searchAudit(store.db, { action: 'mailbox.drafting_resumed', limit: 5 });
    expect(entry).toMatchObject({ actor: 'user:7', target: String(id) });
    // The same old drafts do not pause it again.
    setNow(NOW + 5 * DAY);
    expect(autoPauseUnusedDrafting(deps, 20)).toEqual([]);
    store.close();
  });
});
