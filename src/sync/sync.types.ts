import type { ImapFlow } from 'imapflow';
import type { DraftSweep } from '../draft/draft-sweep.usecases.js';
import type { BatchCounts } from '../ingest/ingest.commit.js';
import type { FolderStateRow } from '../ingest/ingest.repository.js';
import type { MailboxIdentity } from '../ingest/ingest.usecases.js';
import type { FolderRole } from '../ingest/message.models.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import type { StoreHealth } from '../store/store-health.js';
import type { FolderSyncSettings } from './sync.folder.js';

export type SyncState = 'active' | 'backfilling' | 'auth_failed' | 'unreachable';

export interface SyncMailbox extends MailboxIdentity {
  /** Manual folder override; otherwise INBOX and the SPECIAL-USE \Sent folder. */
  folders?: { inbox?: string; sent?: string };
  /**
   * Changes when the mailbox record changes (e.g. its password, updated by the CLI in another
   * process): a mailbox waiting out an auth_failed backoff then retries at once.
   */
  changeStamp?: string;
}

export interface SyncServiceSettings extends FolderSyncSettings {
  pollMs: number;
  /** IDLE is re-issued before this (servers may drop an IDLE after 30 minutes, RFC 2177). */
  idleRestartMs: number;
  concurrency: number;
  reconnect: {
    baseMs: number;
    capMs: number;
    authBaseMs: number;
    authCapMs: number;
    /** While a server does not answer, how often a plain TCP connect checks whether it is back. */
    probeMs?: number;
  };
}

/** Why a mailbox is not syncing right now, as this process saw it (also when it could not be saved). */
export interface SyncProblem {
  code: string;
  at: number;
}

export interface SyncServiceDeps {
  db: Db;
  logger: Logger;
  now: () => number;
  settings: SyncServiceSettings;
  /** The mailboxes to watch (active and backfilling ones; paused ones are left out). */
  listMailboxes(): SyncMailbox[];
  /**
   * An authenticated client with auto-IDLE off (the loop issues IDLE itself). `signal` aborts
   * on stop: a connection still logging in is closed too, so stop does not wait for it.
   */
  connect(mailbox: SyncMailbox, signal: AbortSignal): Promise<ImapFlow>;
  setState(mailboxId: number, state: SyncState, errorCode?: string): void;
  /** Told about a full disk or a locked database, and about writes that succeed again. */
  health?: StoreHealth;
  /** Whether the mailbox's server accepts a TCP connection (cheap; no login). */
  probe?(mailbox: SyncMailbox): Promise<boolean>;
  onBatch?: (e: { mailboxId: number; role: FolderRole; counts: BatchCounts; state: FolderStateRow }) => void;
  /** Notices drafts deleted unused; run around each sync of Sent (see draft-sweep.usecases.ts). */
  draftSweep?: DraftSweep;
}
