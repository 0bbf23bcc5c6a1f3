import { createHmac } from 'node:crypto';
import { draftErrors } from './draft.errors.js';

/**
 * A keyed MinHash sketch of a draft, stored instead of the draft's text so that the sent reply can
 * later be compared with it (feedback: how much did the agent change?).
 *
 * Why keyed: a plain MinHash is a list of minima of public hash functions over word 3-shingles.
 * Anyone holding it can hash guessed phrases ("refund of 120 EUR", a customer's name next to
 * "dear") and test which minima they reproduce — a dictionary attack that confirms draft content.
 * Here every hash is an HMAC-SHA512 under a data key of the appliance, so without the key no
 * candidate phrase can be hashed and the 64 numbers are indistinguishable from random. With the
 * key, only similarity to a text one already has can be measured. Suggested key:
 * `deriveKey(keys.pseudonym, 'draft-sketch-v1')`.
 *
 * Layout: 64 × uint32 big-endian = 256 bytes. The estimated Jaccard similarity of two shingle
 * sets is the share of positions with equal minima (standard error ≈ 0.06 at 64 hashes).
 */
export const SKETCH_HASHES = 64;
export const SKETCH_BYTES = SKETCH_HASHES * 4;
/** 16 uint32 per HMAC-SHA512 output; 4 rounds give the 64 hash functions. */
const perRound = 16;
const rounds = SKETCH_HASHES / perRound;

/**
 * Lowercased words of the text without quoted lines, the "… wrote:" line and the signature, so
 * the agent's sent mail (which carries the quote and the signature) compares with the bare draft.
 */
export function sketchWords(text: string): string[] {
  const lines = text.normalize('NFKC').replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (/^-- ?$/.test(line) || /^\s*\[SIGNATURE\]\s*$/.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (/(?:wrote|schrieb|a écrit|schreef|escribió|skrev|ha scritto|kirjoitti|napisał)\s*:\s*$/iu.test(line))
      continue;
    kept.push(line);
  }
  return (
    kept
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingles(words: string[]): Set<string> {
  const out = new Set<string>();
  if (words.length > 0 && words.length < 3) out.add(words.join(' '));
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function minima(text: string, key: Buffer): Uint32Array {
  const mins = new Uint32Array(SKETCH_HASHES).fill(0xffffffff);
  for (const s of shingles(sketchWords(text))) {
    for (let r = 0; r < rounds; r++) {
      const h = createHmac('sha512', key).update(`${r}\u0000${s}`).digest();
      for (let j = 0; j < perRound; j++) {
        const v = h.readUInt32BE(j * 4);
        const k = r * perRound + j;
        if (v < mins[k]!) mins[k] = v;
      }
    }
  }
  return mins;
}

export function draftSketch(text: string, key: Buffer): Buffer {
  const mins = minima(text, key);
  const out = Buffer.alloc(SKETCH_BYTES);
  for (let k = 0; k < SKETCH_HASHES; k++) out.writeUInt32BE(mins[k]!, k * 4);
  return out;
}

/** Estimated Jaccard similarity (0..1) of the sketched draft and another text, under the same key. */
export function sketchSimilarity(sketch: Buffer, otherText: string, key: Buffer): number {
  if (sketch.length !== SKETCH_BYTES) throw draftErrors.sketchInvalid(SKETCH_BYTES);
  const other = minima(otherText, key);
  let equal = 0;
  let emptyBoth = true;
  for (let k = 0; k < SKETCH_HASHES; k++) {
    const v = sketch.readUInt32BE(k * 4);
    if (v !== 0xffffffff || other[k] !== 0xffffffff) emptyBoth = false;
    if (v === other[k]) equal++;
  }
  // Two empty texts are not "identical drafts": nothing was compared.
  return emptyBoth ? 0 : equal / SKETCH_HASHES;
}
