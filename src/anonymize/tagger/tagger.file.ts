/**
 * The tagger's model file: gzip of a small JSON header, the transition weights (float32) and the
 * feature weights quantised to int16 with one scale (the averaged perceptron's weights lose
 * nothing measurable at 16 bits, and the file is a quarter of float64 and half of float32).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './tagger.features.models.js';
import { TAGS, type TaggerModel, tagsOf } from './tagger.models.js';
import { type WordClassLookup, WordClassTable } from './tagger.word-classes.js';

const MAGIC = 'VDNER1\n';

export interface ModelHeader {
  featureVersion: number;
  buckets: number;
  tags: readonly string[];
  scale: number;
  /** See TaggerModel.common. */
  common?: string[];
  /** See TaggerModel.wordClasses: the words joined by newlines, their codes as base64 uint16 (little-endian). */
  wordClasses?: { words: string; codes: string };
  /** What the model was trained on and how: written by the training script, shown in the model card. */
  training?: Record<string, unknown>;
}

function packWordClasses(classes: WordClassLookup): ModelHeader['wordClasses'] {
  const entries = [...classes].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const codes = Uint16Array.from(entries, ([, code]) => code);
  return { words: entries.map(([w]) => w).join('\n'), codes: Buffer.from(codes.buffer).toString('base64') };
}

function unpackWordClasses(packed: NonNullable<ModelHeader['wordClasses']>): WordClassTable {
  const bytes = Buffer.from(packed.codes, 'base64');
  const codes = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < codes.length; i++) codes[i] = bytes.readUInt16LE(i * 2);
  return new WordClassTable(packed.words, codes);
}

/**
 * `featureVersion`: the layout of the features the model was trained with (the NER tagger's
 * FEATURE_VERSION unless the caller's feature function has its own); a reader must expect it.
 */
export function encodeModel(
  model: TaggerModel,
  training: Record<string, unknown>,
  featureVersion = FEATURE_VERSION,
): Buffer {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v * model.scale));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((model.weights[i]! * model.scale) / scale);
  const header: ModelHeader = {
    featureVersion,
    buckets: model.buckets,
    tags: tagsOf(model),
    scale,
    common: model.common ? [...model.common].sort() : undefined,
    wordClasses: model.wordClasses ? packWordClasses(model.wordClasses) : undefined,
    training,
  };
  // Padded so the weights start 4-byte aligned: a loaded model then views them in place, no copy.
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.from(' '.repeat(pad))]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    len,
    json,
    Buffer.from(model.transitions.buffer, model.transitions.byteOffset, model.transitions.byteLength),
    Buffer.from(q.buffer),
  ]);
  // Level 9 and no timestamp: the same model gives the same bytes.
  return gzipSync(raw, { level: 9 });
}

/** `tags`: the tag set the caller decodes with; a model trained for another one is refused. */
export function decodeModel(
  file: Buffer,
  tags: readonly string[] = TAGS,
  featureVersion = FEATURE_VERSION,
): { model: TaggerModel; header: ModelHeader } {
  const raw = gunzipSync(file);
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
    throw new Error('not a Veildraft NER tagger model');
  let at = MAGIC.length;
  const len = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + len).toString('utf8')) as ModelHeader;
  at += len;
  if (header.featureVersion !== featureVersion)
    throw new Error(`model has feature version ${header.featureVersion}, this build reads ${featureVersion}`);
  if (header.tags.join() !== tags.join()) throw new Error('model has a different tag set');
  const T = tags.length;
  const tBytes = (T + 1) * T * 4;
  const wBytes = header.buckets * T * 2;
  if (raw.length !== at + tBytes + wBytes) throw new Error('model file is truncated or has extra bytes');
  // Views into the decompressed bytes when aligned (files written by encodeModel are), else copies.
  const offset = raw.byteOffset + at;
  const aligned = offset % 4 === 0;
  const transitions = aligned
    ? new Float32Array(raw.buffer, offset, (T + 1) * T)
    : new Float32Array(raw.buffer.slice(offset, offset + tBytes));
  const weights = aligned
    ? new Int16Array(raw.buffer, offset + tBytes, header.buckets * T)
    : new Int16Array(raw.buffer.slice(offset + tBytes, offset + tBytes + wBytes));
  const common = header.common ? new Set(header.common) : undefined;
  const wordClasses = header.wordClasses ? unpackWordClasses(header.wordClasses) : undefined;
  // The header's copy of the table is not kept: the map above is what the features read.
  header.wordClasses = undefined;
  return {
    model: { buckets: header.buckets, weights, scale: header.scale, transitions, common, wordClasses, tags },
    header,
  };
}

export function readModel(
  path: string,
  tags: readonly string[] = TAGS,
  featureVersion = FEATURE_VERSION,
): { model: TaggerModel; header: ModelHeader } {
  return decodeModel(readFileSync(path), tags, featureVersion);
}
