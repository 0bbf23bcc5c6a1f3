import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { Encrypter } from 'age-encryption';
import { offboxName } from './backup.models.js';
import { ensureDir, fsyncPath, PARTIAL_SUFFIX, removeQuietly } from './backup-files.js';

/**
 * Wraps a verified backup with age for an X25519 recipient whose identity (private key) the
 * operator keeps offline: the appliance can write this copy but not read it, so a stolen
 * appliance (or its key file) does not open the off-site copies. Streamed, so memory stays flat.
 * Returns the copy's name and the sha256 of its ciphertext (re-checkable without the identity).
 */
export async function writeOffboxCopy(
  backupFile: string,
  dir: string,
  recipient: string,
): Promise<{ file: string; sha256: string }> {
  ensureDir(dir);
  const name = offboxName(path.basename(backupFile));
  const target = path.join(dir, name);
  const temp = `${target}${PARTIAL_SUFFIX}`;
  const e = new Encrypter();
  e.addRecipient(recipient);
  const hash = createHash('sha256');
  try {
    const plain = Readable.toWeb(
      createReadStream(backupFile),
    ) as unknown as globalThis.ReadableStream<Uint8Array>;
    const wrapped = await e.encrypt(plain);
    await pipeline(
      Readable.fromWeb(wrapped as unknown as ReadableStream<Uint8Array>),
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      }),
      createWriteStream(temp, { mode: 0o600 }),
    );
    fsyncPath(temp);
    renameSync(temp, target);
    fsyncPath(dir);
  } catch (err) {
    removeQuietly(temp);
    throw err;
  }
  return { file: name, sha256: hash.digest('hex') };
}
