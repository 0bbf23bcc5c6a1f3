import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataKeys } from '../keys/subkeys.js';
import { deriveKey, seal, unseal } from '../shared/crypto.js';
import { dsrErrors } from './dsr.errors.js';

/**
 * The erasure journal: one line per erased person, OUTSIDE the database, so restoring an older
 * backup of the database cannot bring an erased person back (the journal is replayed after a
 * restore and at start). Each line is AES-256-GCM sealed under a key derived from the data key
 * `secrets` (the same in every backup of this appliance, also across master-key rotations), with
 * the line's number and the SHA-256 of the line before it as associated data: a changed,
 * removed, inserted or reordered line fails verification. Cutting lines off the end cannot be
 * seen from the file alone; the erasure certificate records each entry's number.
 * Entries hold the pseudonym (a keyed hash) and the request id: no address, no name.
 */
export interface JournalEntry {
  seq: number;
  at: number;
  pseudonym: string;
  requestId: number | null;
}

export interface ErasureJournalFile {
  file: string;
  key: Buffer;
}

export const ERASURE_JOURNAL_NAME = 'erasure-journal.log';

export function erasureJournalFile(dataDir: string, keys: Pick<DataKeys, 'secrets'>): ErasureJournalFile {
  return {
    file: join(dataDir, ERASURE_JOURNAL_NAME),
    key: deriveKey(keys.secrets, 'veildraft/erasure-journal/v1'),
  };
}

const GENESIS = 'genesis';
const aadOf = (seq: number, prev: string) => `erasure-journal:v1:${seq}:${prev}`;
const lineHash = (line: string) => createHash('sha256').update(line).digest('hex');

interface Parsed {
  entries: JournalEntry[];
  lastHash: string;
  /** Bytes of complete lines; a torn last line (crash mid-append) lies beyond. */
  completeBytes: number;
}

function parse(j: ErasureJournalFile): Parsed {
  if (!existsSync(j.file)) return { entries: [], lastHash: GENESIS, completeBytes: 0 };
  const text = readFileSync(j.file, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  const entries: JournalEntry[] = [];
  let prev = GENESIS;
  lines.forEach((line, i) => {
    const seq = i + 1;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(unseal(j.key, Buffer.from(line, 'base64'), aadOf(seq, prev)).toString('utf8'));
    } catch (cause) {
      throw dsrErrors.journalTampered(seq, { cause });
    }
    if (entry.seq !== seq) throw dsrErrors.journalTampered(seq);
    entries.push(entry);
    prev = lineHash(line);
  });
  return { entries, lastHash: prev, completeBytes: Buffer.byteLength(text.slice(0, end)) };
}

/** Every entry, verified; throws dsr.journal_tampered at the first line that does not verify. */
export function readErasureJournal(j: ErasureJournalFile): JournalEntry[] {
  return parse(j).entries;
}

/**
 * Appends one entry and fsyncs it (and the folder, when the file is new) before returning: the
 * caller erases only after the entry is durable. A torn line from a crash mid-append is cut off
 * first; that erasure never ran, and its job writes the entry again.
 */
export function appendErasure(j: ErasureJournalFile, e: Omit<JournalEntry, 'seq'>): JournalEntry {
  const isNew = !existsSync(j.file);
  if (isNew) mkdirSync(dirname(j.file), { recursive: true });
  const { entries, lastHash, completeBytes } = parse(j);
  const entry: JournalEntry = {
    seq: entries.length + 1,
    at: e.at,
    pseudonym: e.pseudonym,
    requestId: e.requestId,
  };
  const line = seal(j.key, Buffer.from(JSON.stringify(entry)), aadOf(entry.seq, lastHash)).toString('base64');
  const fd = openSync(j.file, isNew ? 'wx' : 'r+', 0o600);
  try {
    ftruncateSync(fd, completeBytes);
    writeSync(fd, `${line}\n`, completeBytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (isNew) fsyncDir(dirname(j.file));
  return entry;
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
