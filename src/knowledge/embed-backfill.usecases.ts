import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import {
  conversationsWithoutEmbedding,
  mailboxesWithConversations,
  putEmbedding,
} from './knowledge.repository.js';
import type { Knowledge } from './knowledge.wiring.js';

/**
 * Embeds the conversations learned before the current embedding model was installed (or while it
 * was missing), in small batches, so meaning-based retrieval covers the whole history. Runs in the
 * background after the models load; stops early when `signal` aborts (shutdown). Returns how many
 * conversations it embedded.
 */
export async function embedMissing(args: {
  db: Db;
  knowledge: Pick<Knowledge, 'embedder' | 'index'>;
  logger: Logger;
  signal?: AbortSignal;
  batchSize?: number;
}): Promise<number> {
  const { db, knowledge, logger } = args;
  const model = knowledge.embedder.modelId();
  if (!model) return 0;
  const batchSize = args.batchSize ?? 32;
  let total = 0;
  for (const mailboxId of mailboxesWithConversations(db)) {
    for (;;) {
      if (args.signal?.aborted) return total;
      const batch = conversationsWithoutEmbedding(db, mailboxId, model, batchSize);
      if (batch.length === 0) break;
      const vectors = await knowledge.embedder.embed(batch.map((c) => c.customerText));
      db.transaction((tx) => {
        for (const [i, c] of batch.entries()) putEmbedding(tx, c.id, model, vectors[i]!);
      });
      for (const [i, c] of batch.entries()) knowledge.index.add(mailboxId, model, c.id, vectors[i]!);
      total += batch.length;
    }
  }
  if (total > 0) logger.info({ conversations: total, model }, 'embedded earlier conversations');
  return total;
}
