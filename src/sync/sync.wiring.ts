import { connect as tcpConnect } from 'node:net';
import type { Config } from '../config/config.js';
import { createDraftSweep } from '../draft/draft-sweep.usecases.js';
import type { DataKeys } from '../keys/subkeys.js';
import { connectMailbox } from '../mailboxes/mailbox-connect.js';
import { connectionStamp, ownAddressesOf } from '../mailboxes/mailboxes.models.js';
import { findMailboxById, listMailboxRows } from '../mailboxes/mailboxes.repository.js';
import type { MailboxRow } from '../mailboxes/mailboxes.table.js';
import { recordMailboxState } from '../mailboxes/mailboxes.usecases.js';
import { createMailboxTokens, type MailboxTokens } from '../mailboxes/oauth-tokens.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/store.js';
import type { StoreHealth } from '../store/store-health.js';
import { SyncService } from './sync.service.js';
import type { SyncMailbox, SyncServiceSettings, SyncState } from './sync.types.js';

/** The mailbox as the sync engine sees it: its own addresses and any folder override. */
export function toSyncMailbox(row: MailboxRow): SyncMailbox {
  return {
    id: row.id,
    ownAddresses: ownAddressesOf(row),
    changeStamp: connectionStamp(row),
    folders: row.foldersManual
      ? { inbox: row.inboxFolder, sent: row.sentFolder ?? undefined }
      : { inbox: row.inboxFolder },
  };
}

/** Builds the sync service from the appliance's parts (used by start.ts). */
export function createSyncService(args: {
  config: Config;
  /** From syncSettingsFromConfig, computed once by the composition root (drafting uses its limits). */
  settings: SyncServiceSettings;
  store: Store;
  keys: DataKeys;
  logger: Logger;
  clock: Clock;
  /** Called when a batch enqueued draft or learn jobs, so the job runner looks at once. */
  onJobs?: () => void;
  /** Called when a mailbox syncs again after a failure (its waiting jobs can run). */
  onMailboxHealthy?: (mailboxId: number) => void;
  health?: StoreHealth;
  /** The process's OAuth2 token cache (shared with the jobs); one of its own when not given. */
  tokens?: MailboxTokens;
}): SyncService {
  const { config, store, keys, logger, clock } = args;
  const tokens =
    args.tokens ?? createMailboxTokens({ clock, timeoutMs: config.imapConnectTimeoutSeconds * 1000 });
  const lastState = new Map<number, string>();
  return new SyncService({
    db: store.db,
    logger,
    now: () => clock.now(),
    settings: args.settings,
    health: args.health,
    probe: async (m) => {
      const row = findMailboxById(store.db, m.id);
      return row ? tcpAnswers(row.host, row.port, 2_000) : false;
    },
    draftSweep: createDraftSweep({ db: store.db, now: () => clock.now(), logger }),
    onBatch: ({ counts }) => {
      if (counts.draftJobs + counts.learnJobs > 0) args.onJobs?.();
    },
    listMailboxes: () => {
      return listMailboxRows(store.db)
        .filter((r) => r.state !== 'paused')
        .map(toSyncMailbox);
    },
    connect: async (m, signal) => {
      // Read afresh: the password or OAuth2 secret may have been updated since an auth failure.
      const row = findMailboxById(store.db, m.id);
      if (!row) throw new Error('mailbox no longer listed');
      return connectMailbox(row, keys, {
        logger,
        connectionTimeoutMs: config.imapConnectTimeoutSeconds * 1000,
        commandTimeoutMs: config.imapCommandTimeoutSeconds * 1000,
        signal,
        tokens,
        // The sync loop issues IDLE itself, on INBOX only, between its own commands.
        extra: { disableAutoIdle: true },
      });
    },
    setState: (id: number, state: SyncState, code?: string) => {
      const key = `${state}:${code ?? ''}`;
      if (lastState.get(id) === key) return;
      recordMailboxState(store.db, id, state, code ?? null, clock.now());
      // Only once saved: a write that failed (disk full) is tried again on the next change.
      lastState.set(id, key);
      if (state === 'active') args.onMailboxHealthy?.(id);
    },
  });
}

/** Whether something accepts a TCP connection at host:port within `timeoutMs` (no TLS, no login). */
function tcpAnswers(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
