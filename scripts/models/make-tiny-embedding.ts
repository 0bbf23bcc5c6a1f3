import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../src/shared/random.js';
import { bertInputs, buildVocab, writeTinyBert } from './tiny-bert.js';

/**
 * A tiny sentence-embedding model (embedding → linear → tanh as last_hidden_state); the
 * feature-extraction pipeline mean-pools it over the attention mask. Random but seeded weights:
 * different texts give different vectors, the same text always the same one.
 */
export const EMBEDDING_DIM = 32;

const words = ['refund', 'invoice', 'order', 'delivery', 'password', 'account', 'thanks', 'please'];

export function makeTinyEmbedding(dir: string): string[] {
  const vocab = buildVocab(words);
  const random = seededRandom(5);
  const weights = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  return writeTinyBert({
    dir,
    vocab,
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      hidden_size: EMBEDDING_DIM,
    },
    graph: {
      name: 'tiny_embedding',
      inputs: bertInputs,
      outputs: [
        { name: 'last_hidden_state', elemType: 1, shape: ['batch_size', 'sequence_length', EMBEDDING_DIM] },
      ],
      initializers: [
        {
          name: 'embeddings.weight',
          dims: [vocab.length, EMBEDDING_DIM],
          data: weights(vocab.length * EMBEDDING_DIM),
        },
        {
          name: 'dense.weight',
          dims: [EMBEDDING_DIM, EMBEDDING_DIM],
          data: weights(EMBEDDING_DIM * EMBEDDING_DIM),
        },
      ],
      nodes: [
        { op: 'Gather', inputs: ['embeddings.weight', 'input_ids'], outputs: ['hidden'] },
        { op: 'MatMul', inputs: ['hidden', 'dense.weight'], outputs: ['projected'] },
        { op: 'Tanh', inputs: ['projected'], outputs: ['last_hidden_state'] },
      ],
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? 'models/tiny-embedding');
  const started = performance.now();
  makeTinyEmbedding(dir);
  console.log(`wrote ${dir} in ${(performance.now() - started).toFixed(1)} ms`);
}
