import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type ConsoleHarness, completeSetup, openConsole } from '../support/console-harness.js';

let h: ConsoleHarness;
let admin: Agent;

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
}, 120_000);
afterAll(() => h.close());

const audited = (action: string) =>
  h.store.sqlite
    .prepare('SELECT actor, target, metadata FROM audit_log WHERE action = ? ORDER BY id')
    .all(action) as {
    actor: string;
    target: string;
    metadata: string;
  }[];

describe('Privacy → Backups', () => {
  it('"Back up now" makes a verified backup, lists it with size, versions and verdict, and audits it', async () => {
    await admin.get('/privacy/backups');
    const res = await admin.post('/privacy/backups/create');
    expect(res.status).toBe(200);
    expect(res.html).toMatch(/Backup veildraft-\d{8}T\d{9}Z\.db made and verified/);
    const page = await admin.get('/privacy/backups');
    expect(page.html).toContain('Backups (1)');
    expect(page.html).toMatch(/data-label="Size">[\d.]+ KB/);
    expect(page.html).toContain('data-label="App version">test');
    expect(page.html).toMatch(/data-label="Schema">\d{4}_\w+/);
    expect(page.html).toContain('<span class="badge ok">Verified</span>');
    const [row] = audited('backup.create');
    expect(row).toMatchObject({ actor: expect.stringMatching(/^user:\d+$/) });
    expect(JSON.parse(row!.metadata)).toMatchObject({ trigger: 'console', verified: true });
  });

  it('verify re-checks a backup and shows a tampered one as failed, audited either way', async () => {
    const name = /name="name" value="([^"]+)"/.exec((await admin.get('/privacy/backups')).html)![1]!;
    const ok = await admin.post('/privacy/backups/verify', { name });
    expect(ok.html).toContain(`${name} verified: it is good.`);
    const file = path.join(h.dir, 'backups', name);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(5000) ^ 0xff, 5000);
    (await import('node:fs')).writeFileSync(file, bytes);
    const bad = await admin.post('/privacy/backups/verify', { name });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('backup.corrupt');
    expect(bad.html).toContain('<span class="badge bad">Failed</span>');
    expect(audited('backup.verify').map((r) => JSON.parse(r.metadata))).toEqual([
      { ok: true },
      { ok: false, code: 'backup.corrupt' },
    ]);
    const unknown = await admin.post('/privacy/backups/verify', { name: '../veildraft.db' });
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain('Choose a backup from the list');
  });

  it('schedule settings are validated, saved and audited; the recipient must be an age public key', async () => {
    const wrong = await admin.post('/privacy/backups/settings', {
      enabled: 'on',
      time: '25:00',
      keep: '0',
      recipient: 'ssh-ed25519 AAAA',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('Use the 24-hour form HH:MM');
    expect(wrong.html).toContain('Keep: at least 1 backup.');
    expect(wrong.html).toContain('age public key');
    const recipient = `age1${'q'.repeat(58)}`;
    const saved = await admin.post('/privacy/backups/settings', {
      enabled: 'on',
      time: '03:30',
      keep: '14',
      recipient,
    });
    expect(saved.html).toContain('Saved: backup schedule.');
    expect(saved.html).toContain('value="03:30"');
    const [row] = audited('settings.update').filter((r) => r.target === 'settings:backup');
    expect(JSON.parse(row!.metadata)).toEqual({ enabled: true, time: '03:30', keep: 14, offbox: true });
  });

  it('downloads a listed backup (still encrypted), audited; nothing outside the list', async () => {
    const name = /name="name" value="([^"]+)"/.exec((await admin.get('/privacy/backups')).html)![1]!;
    const res = await h.app.request(`/privacy/backups/download/${name}`, {
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '), host: '127.0.0.1' },
    });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(readFileSync(path.join(h.dir, 'backups', name)))).toBe(true);
    expect(audited('backup.download')).toHaveLength(1);
    expect((await admin.get('/privacy/backups/download/veildraft.db')).status).toBe(400);
  });
});
