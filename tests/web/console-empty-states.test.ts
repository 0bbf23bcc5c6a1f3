import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
} from '../support/console-harness.js';

/**
 * Every list page, for every role that may open it, before anything is set up: the page says
 * what to do next, and never shows an all-clear for work that cannot exist yet.
 */

let h: ConsoleHarness;
let admin: Agent;
let reviewer: Agent;
let auditor: Agent;
let reviewerId = 0;
let usersPageAlone = '';

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  usersPageAlone = (await admin.get('/users')).html;
  reviewer = (await addUser(h, admin, 'rev', 'reviewer')).agent;
  auditor = (await addUser(h, admin, 'aud', 'auditor')).agent;
  reviewerId = (h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rev'").get() as { id: number })
    .id;
});
afterAll(() => h.close());

describe('with no mailbox yet', () => {
  it('tells an admin to add a mailbox on the dashboard, drafts and review pages', async () => {
    for (const path of ['/', '/drafts', '/review']) {
      const page = await admin.get(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain('<a href="/mailboxes#h-add" class="button">Add a mailbox</a>');
      expect(page.html, path).not.toContain('assigned to you');
      expect(page.html, path).not.toContain('No conversations are waiting');
    }
  });

  it('tells a reviewer to ask an admin for mailboxes, with no green all-clear', async () => {
    for (const path of ['/', '/drafts', '/review']) {
      const page = await reviewer.get(path);
      expect(pageText(page.html), path).toContain(
        'No mailboxes are assigned to you yet. Ask an admin to assign',
      );
      expect(page.html, path).not.toContain('notice ok');
      expect(page.html, path).not.toContain('Add a mailbox');
    }
  });

  it('tells an auditor that an admin adds mailboxes and what they can read meanwhile', async () => {
    const page = await auditor.get('/');
    expect(pageText(page.html)).toContain('No mailboxes yet: an admin adds them. Meanwhile the audit log');
    expect(page.html).toContain('<a href="/audit">audit log</a>');
  });

  it('points an admin to the add form on the mailboxes page, and explains the empty quarantine', async () => {
    expect((await admin.get('/mailboxes')).html).toContain(
      '<a href="#h-add">Add the first one with the form below</a>',
    );
    expect(pageText((await admin.get('/quarantine')).html)).toContain(
      'Nothing is quarantined: every message so far could be read.',
    );
  });

  it('suggests adding people while the admin is the only user', async () => {
    expect(pageText(usersPageAlone)).toContain('You are the only user. Add a reviewer');
    expect(pageText((await admin.get('/users')).html)).not.toContain('You are the only user');
  });

  it('says an audit filter matched nothing and offers the whole log', async () => {
    for (const who of [admin, auditor]) {
      const page = await who.get('/audit?action=mailbox.');
      expect(pageText(page.html)).toContain('No entries match these filters. Show every entry');
    }
  });
});

describe('once a mailbox is assigned', () => {
  it('shows the reviewer the all-clear of an empty review queue', async () => {
    const id = addMailbox(
      { db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false },
      { name: 'Support', host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
      { kind: 'cli' },
    ).id;
    await admin.get(`/users/${reviewerId}`);
    await admin.post(`/users/${reviewerId}/mailboxes`, { mailbox: [String(id)] });
    const page = await reviewer.get('/review');
    expect(page.html).toContain('No conversations are waiting for review.');
    expect(page.html).not.toContain('assigned to you');
    expect(pageText((await reviewer.get('/drafts')).html)).toContain(
      'No drafts have been made for this mailbox yet.',
    );
  });
});
