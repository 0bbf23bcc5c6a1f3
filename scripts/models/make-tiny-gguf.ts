import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../src/shared/random.js';
import { encodeGguf, type GgufTensor, type GgufValue } from './gguf-writer.js';

/**
 * A tiny llama-architecture GGUF (< 1 MB, F32) with a SentencePiece-style ("llama") vocabulary of
 * control tokens, the 256 byte tokens, printable ASCII pieces and a few whole-word pieces, and a
 * ChatML chat template. node-llama-cpp loads it, applies the template and samples through the same
 * code paths a real instruct model uses, and with greedy decoding it always writes `tinyLlmReply`
 * and then `<|im_end|>` (end of turn), whatever the prompt.
 *
 * How: attn_output and ffn_down are zero, so every layer adds nothing and the residual stream at a
 * position is just that token's embedding: the model is a bigram table. The reply's tokens (and the
 * "\n" byte that ends the `<|im_start|>assistant\n` header, which is the last prompt token) get
 * orthogonal one-hot embeddings, and output.weight gives the next token of the chain a logit far
 * above the random rest. Each chain token appears once, so the chain cannot loop. The word pieces
 * cannot be formed by SentencePiece merges (their prefixes are not in the vocabulary), so prompts
 * still tokenize character by character. All other weights are random and seeded.
 */
const N_EMBD = 64;
const N_HEAD = 4;
const N_FF = 128;
const N_LAYER = 2;
// Long enough for a full default prompt: this vocabulary spells prompts one character per token.
const CONTEXT = 8192;

// SentencePiece token types as llama.cpp reads them.
const NORMAL = 1;
const UNKNOWN = 2;
const CONTROL = 3;
const BYTE = 6;

/** What the model writes after the assistant header, as whole pieces ("▁" = a leading space). */
const replyPieces = [
  'Dear',
  '▁[PERSON_1],',
  '\n\nThank',
  '▁you',
  '▁for',
  '▁your',
  '▁message.',
  '▁We',
  '▁have',
  '▁received',
  '▁the',
  '▁request',
  '▁and',
  '▁will',
  '▁look',
  '▁into',
  '▁it.',
  '▁[[fill',
  '▁in:',
  '▁expected',
  '▁date]]',
  '\n\nKind',
  '▁regards',
];

/** The reply the tiny model writes with temperature 0 (the end-to-end draft tests expect it). */
export const tinyLlmReply = replyPieces.join('').replaceAll('▁', ' ');

/** The prompt's last token after `<|im_start|>assistant\n`: the byte token of "\n". */
const chainStart = '<0x0A>';

export const chatTemplate =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

function vocabulary(): { tokens: string[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [UNKNOWN, CONTROL, CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(BYTE);
  }
  tokens.push('<|im_start|>', '<|im_end|>');
  types.push(CONTROL, CONTROL);
  // "▁" is SentencePiece's word boundary; single printable ASCII characters keep prompts short.
  for (const piece of ['▁', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))]) {
    if (piece === ' ') continue;
    tokens.push(piece);
    types.push(NORMAL);
  }
  for (const piece of replyPieces) {
    tokens.push(piece);
    types.push(NORMAL);
  }
  return { tokens, types };
}

/**
 * `attending`: a variant for tests of the KV cache (prefix reuse). Attention and feed-forward
 * outputs are random instead of zero and no reply chain is planted, so every generated token
 * depends on the whole prompt through the cached keys and values: a stale or misplaced cache
 * entry changes the text. It writes gibberish, deterministically.
 */
export function makeTinyGguf(file: string, opts: { attending?: boolean } = {}): void {
  const attending = opts.attending ?? false;
  const { tokens, types } = vocabulary();
  const random = seededRandom(42);
  const weights = (dims: number[], scale: number) =>
    Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => (random() * 2 - 1) * scale);
  const ones = (n: number) => new Float32Array(n).fill(1);
  const embeddings = weights([N_EMBD, tokens.length], 1);
  const output = weights([N_EMBD, tokens.length], 0.5);
  const chain = [chainStart, ...replyPieces, '<|im_end|>'].map((t) => tokens.indexOf(t));
  // Rows of N_EMBD floats per token (GGUF dims are innermost first). Chain token k owns direction
  // k; RMS norm turns the one-hot into 8·e_k, so the next token's logit is 8·20 = 160, while
  // random rows stay below 8·0.5 = 4.
  if (!attending)
    chain.slice(0, -1).forEach((token, k) => {
      embeddings.fill(0, token * N_EMBD, (token + 1) * N_EMBD);
      embeddings[token * N_EMBD + k] = 1;
      output[(chain[k + 1] as number) * N_EMBD + k] = 20;
    });
  const tensors: GgufTensor[] = [
    { name: 'token_embd.weight', dims: [N_EMBD, tokens.length], data: embeddings },
  ];
  for (let i = 0; i < N_LAYER; i++) {
    const square = () => weights([N_EMBD, N_EMBD], 0.2);
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [N_EMBD], data: ones(N_EMBD) },
      { name: `blk.${i}.attn_q.weight`, dims: [N_EMBD, N_EMBD], data: square() },
      { name: `blk.${i}.attn_k.weight`, dims: [N_EMBD, N_EMBD], data: square() },
      { name: `blk.${i}.attn_v.weight`, dims: [N_EMBD, N_EMBD], data: square() },
      // Zero: attention adds nothing to the residual stream (see the doc comment).
      {
        name: `blk.${i}.attn_output.weight`,
        dims: [N_EMBD, N_EMBD],
        data: attending ? weights([N_EMBD, N_EMBD], 4) : new Float32Array(N_EMBD * N_EMBD),
      },
      { name: `blk.${i}.ffn_norm.weight`, dims: [N_EMBD], data: ones(N_EMBD) },
      { name: `blk.${i}.ffn_gate.weight`, dims: [N_EMBD, N_FF], data: weights([N_EMBD, N_FF], 0.2) },
      { name: `blk.${i}.ffn_up.weight`, dims: [N_EMBD, N_FF], data: weights([N_EMBD, N_FF], 0.2) },
      {
        name: `blk.${i}.ffn_down.weight`,
        dims: [N_FF, N_EMBD],
        data: attending ? weights([N_FF, N_EMBD], 1) : new Float32Array(N_FF * N_EMBD),
      },
    );
  }
  tensors.push(
    { name: 'output_norm.weight', dims: [N_EMBD], data: ones(N_EMBD) },
    { name: 'output.weight', dims: [N_EMBD, tokens.length], data: output },
  );
  const u32 = (value: number): GgufValue => ({ type: 'u32', value });
  const metadata: Record<string, GgufValue> = {
    'general.architecture': { type: 'string', value: 'llama' },
    'general.name': { type: 'string', value: 'veildraft-tiny-random' },
    'general.file_type': u32(0),
    'general.alignment': u32(32),
    'llama.context_length': u32(CONTEXT),
    'llama.embedding_length': u32(N_EMBD),
    'llama.block_count': u32(N_LAYER),
    'llama.feed_forward_length': u32(N_FF),
    'llama.rope.dimension_count': u32(N_EMBD / N_HEAD),
    'llama.attention.head_count': u32(N_HEAD),
    'llama.attention.head_count_kv': u32(N_HEAD),
    'llama.attention.layer_norm_rms_epsilon': { type: 'f32', value: 1e-5 },
    'llama.vocab_size': u32(tokens.length),
    'tokenizer.ggml.model': { type: 'string', value: 'llama' },
    'tokenizer.ggml.tokens': { type: 'string[]', value: tokens },
    'tokenizer.ggml.scores': { type: 'f32[]', value: tokens.map(() => 0) },
    'tokenizer.ggml.token_type': { type: 'i32[]', value: types },
    'tokenizer.ggml.bos_token_id': u32(1),
    'tokenizer.ggml.eos_token_id': u32(tokens.indexOf('<|im_end|>')),
    'tokenizer.ggml.unknown_token_id': u32(0),
    'tokenizer.ggml.add_bos_token': { type: 'bool', value: true },
    'tokenizer.chat_template': { type: 'string', value: chatTemplate },
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, encodeGguf(metadata, tensors));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = path.resolve(process.argv[2] ?? 'models/tiny-llm.gguf');
  const started = performance.now();
  makeTinyGguf(file);
  console.log(`wrote ${file} in ${(performance.now() - started).toFixed(1)} ms`);
}
