import { retentionErrors } from '../retention/retention.errors.js';
import { previewRetention, purgeRetention, retentionEnv } from '../retention/retention.usecases.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import type { CliIo } from './cli-action.js';

/** `veildraft retention preview`: one line per category. */
export function retentionPreviewCommand(io: CliIo): number {
  const config = io.config();
  const { store } = openAppliance(config, systemClock);
  try {
    const rows = previewRetention({ db: store.db, clock: systemClock, env: retentionEnv(config) });
    for (const r of rows) {
      const count = r.count === null ? 'nothing stored yet' : `${r.count} would go`;
      const threads = r.threads ? ` (+ ${r.threads} empty threads)` : '';
      const held = r.heldBy ? ', held back to the sync backfill window' : '';
      io.stdout.write(`${r.category}\t${r.days} days (${r.source}${held})\t${count}${threads}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/**
 * `veildraft retention purge`: the nightly purge, now, in this process. A running appliance's
 * in-memory vector index may still list purged conversations; retrieval skips ids whose rows
 * are gone, and the index is rebuilt at the next start.
 */
export async function retentionPurgeCommand(io: CliIo, opts: { batch: string }): Promise<number> {
  const batchSize = Number(opts.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw retentionErrors.invalidBatch(opts.batch);
  const config = io.config();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    const result = await purgeRetention(
      { db: store.db, auditKey: keys.audit, clock: systemClock, env: retentionEnv(config) },
      { actor: { kind: 'cli' }, batchSize },
    );
    for (const [what, n] of Object.entries(result.deleted)) io.stdout.write(`${what}\t${n} deleted\n`);
    io.stdout.write(
      `${result.batches} transactions in ${result.ms} ms; the longest held the write lock ${result.maxTxMs} ms.\n`,
    );
    return 0;
  } finally {
    store.close();
  }
}
