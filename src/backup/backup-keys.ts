import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKeyText, pendingKeyFile } from '../keys/master-key.js';
import { databaseKey } from '../keys/subkeys.js';
import { deriveKey } from '../shared/crypto.js';
import { keyOpens } from '../store/database.js';

export interface KeyCandidate {
  master: Buffer;
  /** Where it came from, for messages (never the key itself). */
  where: string;
}

/**
 * Names a master key in a manifest without revealing anything about it: a one-way derivation
 * under its own label, shortened. Restore compares it to pick the key a backup needs.
 */
export function keyId(master: Buffer): string {
  return deriveKey(master, 'veildraft/backup-key-id/v1').toString('hex').slice(0, 16);
}

/**
 * Every master key the appliance still has, newest first: the environment's or the key file,
 * a pending one (rotation under way), the previous keys `rekey` archived as `<key file>.<time>.old`
 * (the newest archive first), and one the operator names for this restore.
 */
export function keyCandidates(opts: {
  keyFile: string;
  envKey?: string;
  extraKeyFile?: string;
}): KeyCandidate[] {
  const out: KeyCandidate[] = [];
  const add = (file: string) => {
    if (existsSync(file)) out.push({ master: parseKeyText(readFileSync(file, 'utf8'), file), where: file });
  };
  if (opts.envKey)
    out.push({ master: parseKeyText(opts.envKey, 'VEILDRAFT_MASTER_KEY'), where: 'VEILDRAFT_MASTER_KEY' });
  add(opts.keyFile);
  add(pendingKeyFile(opts.keyFile));
  const dir = path.dirname(opts.keyFile);
  const prefix = `${path.basename(opts.keyFile)}.`;
  const archived = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.startsWith(prefix) && f.endsWith('.old'))
        .sort()
        .reverse()
    : [];
  for (const f of archived) add(path.join(dir, f));
  if (opts.extraKeyFile) add(path.resolve(opts.extraKeyFile));
  return out;
}

/**
 * The candidate that opens `file`: the one the manifest names first, else any whose key passes
 * page 1's HMAC (checked without SQLite, so a wrong key changes nothing).
 */
export function keyFor(
  file: string,
  candidates: KeyCandidate[],
  wantedId?: string,
): KeyCandidate | undefined {
  const ordered = wantedId
    ? [...candidates.filter((c) => keyId(c.master) === wantedId), ...candidates]
    : candidates;
  return ordered.find((c) => keyOpens(file, databaseKey(c.master)));
}
