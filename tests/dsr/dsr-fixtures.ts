import { afterEach } from 'vitest';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import type { Store } from '../../src/store/store.js';
import { tempAppliance } from '../support/temp-appliance.js';

const opened: (() => void)[] = [];

/** A real encrypted store in a temp folder with two mailboxes; removed after the test. */
export function dsrAppliance(): { store: Store; keys: DataKeys; dataDir: string } {
  const app = tempAppliance();
  const { store, keys } = app.open();
  opened.push(() => {
    store.close();
    app.cleanup();
  });
  for (const name of ['Support', 'Billing'])
    addMailbox(
      { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: false },
      {
        name,
        host: 'imap.acme.example',
        port: 993,
        security: 'tls',
        username: name.toLowerCase(),
        password: 'pw',
      },
      { kind: 'cli' },
    );
  return { store, keys, dataDir: app.config().dataDir };
}

afterEach(() => {
  for (const close of opened.splice(0)) close();
});
