import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { certificateText, isOverdue, kindLabel } from '../dsr/dsr.models.js';
import {
  certificateOf,
  exportRequest,
  findByEmail,
  listDsrRequests,
  receiveRequest,
  requestErasure,
  requireRequest,
} from '../dsr/dsr.usecases.js';
import { conversationsNamingPerson } from '../dsr/subject.usecases.js';
import type { DataKeys } from '../keys/subkeys.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import type { Db } from '../store/store.js';
import type { CliIo } from './cli-action.js';

const ACTOR = { kind: 'cli' } as const;

function withDsr<T>(io: CliIo, fn: (deps: { db: Db; keys: DataKeys; clock: typeof systemClock }) => T): T {
  const { store, keys } = openAppliance(io.config(), systemClock);
  try {
    return fn({ db: store.db, keys, clock: systemClock });
  } finally {
    store.close();
  }
}

const day = (at: number | null) => (at === null ? '-' : new Date(at).toISOString().slice(0, 10));

/** `veildraft dsr find --email X [--name N]` */
export function dsrFindCommand(io: CliIo, o: { email: string; name?: string }): number {
  return withDsr(io, (deps) => {
    const f = findByEmail(deps, o.email);
    io.stdout.write(
      `pseudonym\t${f.subject.pseudonym}\nfirst seen\t${day(f.firstSeen)}\nlast seen\t${day(f.lastSeen)}\n`,
    );
    for (const [table, n] of Object.entries(f.counts)) io.stdout.write(`${table}\t${n}\n`);
    if (o.name) {
      const ids = conversationsNamingPerson(deps.db, o.name);
      io.stdout.write(
        `conversations naming ${JSON.stringify(o.name)}\t${ids.length}${ids.length ? `\t${ids.join(',')}` : ''}\n`,
      );
    }
    return 0;
  });
}

/** `veildraft dsr export --email X --out FILE`: logs the access request and answers it. */
export function dsrExportCommand(io: CliIo, o: { email: string; out: string; reference?: string }): number {
  return withDsr(io, (deps) => {
    const r = receiveRequest(deps, { kind: 'access', email: o.email, reference: o.reference }, ACTOR);
    const out = exportRequest(deps, r.id, ACTOR);
    writeFileSync(o.out, out.json, { mode: 0o600 });
    writeFileSync(`${o.out}.summary.txt`, out.summary, { mode: 0o600 });
    io.stdout.write(`Request ${r.id}: export written to ${o.out} and ${o.out}.summary.txt\n`);
    return 0;
  });
}

/** `veildraft dsr erase --email X [--wait S]`: the running appliance's job runner erases. */
export async function dsrEraseCommand(
  io: CliIo,
  o: { email: string; reference?: string; wait: string },
): Promise<number> {
  const config = io.config();
  const id = withDsr(io, (deps) => {
    const r = receiveRequest(deps, { kind: 'erasure', email: o.email, reference: o.reference }, ACTOR);
    requestErasure(deps, r.id, ACTOR, config.jobMaxAttempts);
    return r.id;
  });
  io.stdout.write(
    `Request ${id}: erasure queued; the running appliance erases and writes the certificate.\n`,
  );
  const deadline = Date.now() + Math.max(0, Number(o.wait) || 0) * 1000;
  while (Date.now() < deadline) {
    const done = withDsr(io, (deps) => requireRequest(deps, id).status === 'done');
    if (done) return dsrCertificateCommand(io, String(id), {});
    await sleep(500);
  }
  return 0;
}

/** `veildraft dsr list` */
export function dsrListCommand(io: CliIo): number {
  return withDsr(io, (deps) => {
    const now = deps.clock.now();
    io.stdout.write('id\tkind\treceived\tdue\tstatus\thandler\treference\n');
    for (const r of listDsrRequests(deps)) {
      const status = isOverdue(r, now) ? `${r.status} OVERDUE` : r.status;
      io.stdout.write(
        `${r.id}\t${kindLabel[r.kind]}\t${day(r.receivedAt)}\t${day(r.dueAt)}\t${status}\t${r.handler}\t${r.reference ?? ''}\n`,
      );
    }
    return 0;
  });
}

/** `veildraft dsr certificate <id> [--json]` */
export function dsrCertificateCommand(io: CliIo, id: string, o: { json?: boolean }): number {
  return withDsr(io, (deps) => {
    const cert = certificateOf(deps, Number(id));
    io.stdout.write(o.json ? `${JSON.stringify(cert, null, 2)}\n` : certificateText(cert));
    return 0;
  });
}
