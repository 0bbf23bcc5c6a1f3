import { verifyAuditChain } from '../audit/audit.repository.js';
import { rotateMasterKey } from '../keys/rotation.usecases.js';
import { systemClock } from '../shared/clock.js';
import { createAppLogger } from '../shared/logger.js';
import { openAppliance, startAppliance } from '../start.js';
import { acquireDataLock } from '../store/data-lock.js';
import type { CliIo } from './cli-action.js';
import { runDoctor } from './doctor.js';
import { version } from './version.js';

/** Told to the operator on stderr when opening the store created the master key. */
const announceKey = (io: CliIo) => (file: string) => {
  io.stderr.write(
    [
      '',
      `A new 256-bit master key was created at ${file}.`,
      'Back it up now and keep the backup apart from the data folder: without this key',
      'the database and its backups cannot be opened, and nobody can recover them.',
      '',
    ].join('\n'),
  );
};

export async function startCommand(io: CliIo): Promise<void> {
  const config = io.config();
  const logger = createAppLogger(config);
  const appliance = await startAppliance({
    config,
    logger,
    clock: systemClock,
    onKeyCreated: announceKey(io),
  });
  const { scheme, host, port } = appliance.address;
  io.stderr.write(`Veildraft ${version} is running on ${scheme}://${host}:${port}/\n`);
  if (appliance.selfSignedFingerprint)
    io.stderr.write(
      `The console uses a self-signed certificate. Before trusting it, check that the browser shows\nSHA-256 fingerprint ${appliance.selfSignedFingerprint}\n`,
    );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'signal received');
      appliance.stop().then(resolve, resolve);
    };
    // `on`, not `once`: signal-exit (loaded with the models) re-raises a signal when no other
    // listener is left for it, which killed the process in the middle of its shutdown.
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });
  logger.flush();
  // A model load the shutdown did not wait for keeps native threads alive: exit regardless.
  setTimeout(() => process.exit(), 500).unref();
}

export async function doctorCommand(io: CliIo): Promise<number> {
  const checks = await runDoctor(io.config());
  for (const c of checks) {
    const mark = c.ok ? (c.warning ? 'warn' : ' ok ') : 'FAIL';
    io.stdout.write(`[${mark}] ${c.name}: ${c.detail}\n`);
  }
  const failed = checks.filter((c) => !c.ok).length;
  io.stdout.write(failed === 0 ? 'All checks passed.\n' : `${failed} check(s) failed.\n`);
  return failed === 0 ? 0 : 1;
}

/**
 * `--pause-at <step>` (hidden) stops the rotation after that step until the process is killed:
 * the tests SIGKILL it there to show that every step can be interrupted.
 */
export function rekeyCommand(io: CliIo, opts: { pauseAt?: string }): number {
  const config = io.config();
  const lock = acquireDataLock(config.dataDir, 'rekey', systemClock.now());
  try {
    const { store, keys } = openAppliance(config, systemClock, announceKey(io), lock);
    try {
      const done = rotateMasterKey({
        store,
        keys,
        keyFile: config.masterKeyFile,
        actor: { kind: 'cli' },
        now: systemClock.now(),
        onStep: (step) => {
          if (step !== opts.pauseAt) return;
          io.stderr.write(`rekey paused after step ${step}\n`);
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        },
      });
      io.stdout.write(`The master key was rotated and the database re-encrypted. ${done.message}\n`);
      return 0;
    } finally {
      store.close();
    }
  } finally {
    lock.release();
  }
}

export function auditVerifyCommand(io: CliIo): number {
  const { store, keys } = openAppliance(io.config(), systemClock, announceKey(io));
  try {
    const result = verifyAuditChain(store.db, keys.audit);
    if (result.ok) {
      io.stdout.write(`Audit chain intact: ${result.rows} row(s) verified from row ${result.fromId}.\n`);
      return 0;
    }
    io.stdout.write(
      `Audit chain BROKEN at row ${result.badId} (${result.reason.replace('_', ' ')}); ${result.rows} row(s) before it verified.\n`,
    );
    return 2;
  } finally {
    store.close();
  }
}
