import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeOnnxModel, type OnnxGraph } from './onnx-writer.js';

/**
 * The transformers.js folder layout of a BERT-like model with a small lower-casing WordPiece
 * vocabulary: config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx (fp32,
 * the file transformers.js picks on CPU). Shared by the tiny NER and embedding generators.
 */
export const specialTokens = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
const digits = '0123456789'.split('');
const punctuation = '.,!?;:\'"()-@/&'.split('');

/**
 * Single letters and digits (and their ## continuations) make every ASCII word tokenizable, so
 * [UNK] appears only for what the vocabulary cannot spell (ø, €, emoji), as with real models.
 */
export function buildVocab(words: readonly string[]): string[] {
  const pieces = [
    ...specialTokens,
    ...punctuation,
    ...digits,
    ...letters,
    ...digits.map((d) => `##${d}`),
    ...letters.map((l) => `##${l}`),
    ...words,
  ];
  return [...new Set(pieces)];
}

export function tokenizerJson(vocab: string[]): object {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  const special = (t: string) => ({ id: t, ids: [ids[t]], tokens: [t] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specialTokens.map((content) => ({
      id: ids[content],
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

const tokenizerConfig = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  strip_accents: null,
  model_max_length: 512,
  clean_up_tokenization_spaces: true,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  mask_token: '[MASK]',
};

/** BERT's three inputs; the tiny graphs read only input_ids but declare all, like real exports. */
export const bertInputs: OnnxGraph['inputs'] = ['input_ids', 'attention_mask', 'token_type_ids'].map(
  (name) => ({ name, elemType: 7, shape: ['batch_size', 'sequence_length'] }),
);

export interface TinyBertFolder {
  dir: string;
  config: Record<string, unknown>;
  vocab: string[];
  graph: OnnxGraph;
}

/** Writes the folder and returns the files written, relative to `dir`. */
export function writeTinyBert({ dir, config, vocab, graph }: TinyBertFolder): string[] {
  mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  const files: Record<string, string | Uint8Array> = {
    'config.json': JSON.stringify(
      { vocab_size: vocab.length, max_position_embeddings: 512, ...config },
      null,
      2,
    ),
    'tokenizer.json': JSON.stringify(tokenizerJson(vocab)),
    'tokenizer_config.json': JSON.stringify(tokenizerConfig, null, 2),
    'onnx/model.onnx': encodeOnnxModel(graph),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return Object.keys(files);
}
