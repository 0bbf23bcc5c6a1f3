import {
  type PreTrainedModel,
  type PreTrainedTokenizer,
  pipeline,
  Tensor,
  type TokenClassificationPipeline,
} from '@huggingface/transformers';
import { modelFileErrors } from '../../model-files/model-files.errors.js';
import { verifyModelFolder } from '../../model-files/model-files.manifest.js';
import { loadLocalModel } from '../../model-files/transformers-env.js';
import {
  type DetectContext,
  type EntityType,
  type ModelRecognizer,
  type ModelStatus,
  nameTypes,
  type Span,
} from '../anonymize.types.js';
import { aggregateEntities, type LabelledToken, ownerWindows, planWindows } from './ner.models.js';
import { alignTokens } from './ner-align.models.js';

/**
 * Transformer NER through @huggingface/transformers (token classification, ONNX, local files
 * only). Enabled when models/manifest.json lists the model's files and they match their sha256;
 * otherwise `status()` says why and detectBatch finds nothing, so the rule recognizers go on.
 * The pipeline's own post-processing drops offsets, so we run its tokenizer and model directly:
 * tokenize once, align pieces to characters, cut long texts into overlapping windows, batch all
 * windows of all texts, and aggregate B-/I- tags per text.
 */
export interface NerOptions {
  modelsDir: string;
  /** The model's folder inside modelsDir (transformers.js layout). */
  model: string;
  /** Tokens per window, [CLS] and [SEP] included. */
  windowTokens?: number;
  overlapTokens?: number;
  batchSize?: number;
}

export interface NerRecognizer extends ModelRecognizer {
  status(): ModelStatus;
}

const NAME = 'ner';
const TYPES: readonly EntityType[] = nameTypes;

interface Loaded {
  tokenizer: PreTrainedTokenizer;
  model: PreTrainedModel;
  vocab: Map<string, number>;
  labels: Record<string, string>;
  /** The special tokens the tokenizer puts around a text ([CLS] … [SEP], <s> … </s>). */
  prefix: number[];
  suffix: number[];
}

interface Job {
  text: number;
  tokenIds: number[];
  window: { start: number; end: number };
}

export function createNerRecognizer(options: NerOptions): NerRecognizer {
  const windowTokens = options.windowTokens ?? 256;
  const overlapTokens = options.overlapTokens ?? 32;
  const batchSize = options.batchSize ?? 8;
  let status: ModelStatus = { state: 'unloaded' };
  let loaded: Loaded | null = null;

  async function encodeBatch(jobs: Job[], l: Loaded): Promise<{ data: Float32Array; dims: number[] }> {
    const pad = l.tokenizer.pad_token_id ?? 0;
    const rows = jobs.map((j) => [
      ...l.prefix,
      ...j.tokenIds.slice(j.window.start, j.window.end),
      ...l.suffix,
    ]);
    const width = Math.max(...rows.map((r) => r.length));
    const ids = new BigInt64Array(rows.length * width);
    const mask = new BigInt64Array(rows.length * width);
    // Written through 32-bit little-endian views (low word = value, high word = 0): token ids are
    // small and non-negative, and this avoids one BigInt allocation per token.
    const ids32 = new Int32Array(ids.buffer);
    const mask32 = new Int32Array(mask.buffer);
    rows.forEach((row, r) => {
      for (let c = 0; c < width; c++) {
        ids32[2 * (r * width + c)] = row[c] ?? pad;
        mask32[2 * (r * width + c)] = c < row.length ? 1 : 0;
      }
    });
    const dims = [rows.length, width];
    const out = await l.model({
      input_ids: new Tensor('int64', ids, dims),
      attention_mask: new Tensor('int64', mask, dims),
    });
    return { data: out.logits.data as Float32Array, dims: out.logits.dims as number[] };
  }

  return {
    name: NAME,
    types: TYPES,
    status: () => status,

    async load() {
      if (loaded) return;
      const problem = await verifyModelFolder(options.modelsDir, 'ner', options.model, {
        what: 'NER',
        fallback: 'transformer NER is off',
      });
      if (problem) {
        status = { state: 'disabled', error: problem };
        return;
      }
      try {
        const pipe = await loadLocalModel(
          options.modelsDir,
          async () =>
            (await pipeline('token-classification', options.model, {
              local_files_only: true,
              dtype: 'fp32',
            })) as TokenClassificationPipeline,
        );
        const specials = pipe.tokenizer.encode('', { add_special_tokens: true });
        loaded = {
          prefix: specials.slice(0, 1),
          suffix: specials.slice(1),
          tokenizer: pipe.tokenizer,
          model: pipe.model,
          vocab: pipe.tokenizer.get_vocab(),
          labels: (pipe.model.config as { id2label?: Record<string, string> }).id2label ?? {},
        };
        status = { state: 'ready' };
      } catch (cause) {
        status = {
          state: 'disabled',
          error: modelFileErrors.loadFailed(
            { feature: 'ner', what: `NER model at ${options.model}`, fallback: 'transformer NER is off' },
            { cause },
          ),
        };
      }
    },

    async detectBatch(contexts: DetectContext[]): Promise<Span[][]> {
      const l = loaded;
      if (!l) return contexts.map(() => []);
      const unk = l.tokenizer.unk_token;
      const unkId = l.tokenizer.unk_token_id;
      const prepared = contexts.map((ctx) => {
        const tokens = l.tokenizer.tokenize(ctx.text, { add_special_tokens: false });
        const ids = tokens.map((t) => l.vocab.get(t) ?? unkId);
        const windows = planWindows(
          tokens.length,
          // A window never exceeds what the model's position embeddings allow.
          Math.min(windowTokens, l.tokenizer.model_max_length ?? windowTokens) -
            l.prefix.length -
            l.suffix.length,
          overlapTokens,
        );
        const labelled: LabelledToken[] = alignTokens(ctx.text, tokens, unk).map((o) => ({
          ...o,
          label: 'O',
          score: 0,
        }));
        return { tokens, ids, windows, owners: ownerWindows(tokens.length, windows), labelled };
      });
      const jobs: Job[] = prepared.flatMap((p, text) =>
        p.tokens.length === 0 ? [] : p.windows.map((window) => ({ text, tokenIds: p.ids, window })),
      );
      for (let b = 0; b < jobs.length; b += batchSize) {
        const batch = jobs.slice(b, b + batchSize);
        const { data, dims } = await encodeBatch(batch, l);
        const [, width = 0, classes = 0] = dims;
        batch.forEach((job, r) => {
          const p = prepared[job.text]!;
          const wi = p.windows.indexOf(job.window);
          for (let t = job.window.start; t < job.window.end; t++) {
            if (p.owners[t] !== wi) continue;
            const offset = (r * width + l.prefix.length + t - job.window.start) * classes;
            const { index, score } = softmaxArgmax(data, offset, classes);
            const token = p.labelled[t]!;
            token.label = l.labels[String(index)] ?? 'O';
            token.score = score;
          }
        });
      }
      return contexts.map((ctx, i) => aggregateEntities(ctx.text, prepared[i]!.labelled, NAME));
    },

    async dispose() {
      const l = loaded;
      loaded = null;
      status = { state: 'unloaded' };
      await l?.model.dispose();
    },
  };
}

/** Argmax and its softmax probability of logits[offset, offset + n), without copying the row. */
function softmaxArgmax(logits: Float32Array, offset: number, n: number): { index: number; score: number } {
  let index = 0;
  let max = logits[offset] ?? 0;
  for (let i = 1; i < n; i++) {
    const v = logits[offset + i] ?? 0;
    if (v > max) {
      max = v;
      index = i;
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((logits[offset + i] ?? 0) - max);
  return { index, score: 1 / sum };
}
