import { type DovecotOptions, freePorts, TestDovecot } from './dovecot.js';
import { tempAppliance } from './temp-appliance.js';
import { ensureTinyModels, tinyModelEnv } from './tiny-models.js';

/**
 * A real Dovecot with one user (agent1 / secret1) and a temp appliance folder set up for it: a
 * free console port, the tiny models, and a one-second poll so end-to-end tests do not wait.
 * The caller adds the mailbox (temp.addMailbox) and starts the appliance.
 */
export async function applianceWithDovecot(
  extraEnv: Record<string, string> = {},
  dovecotOptions: Omit<DovecotOptions, 'users'> = {},
) {
  await ensureTinyModels();
  const dovecot = await TestDovecot.start({
    users: [{ user: 'agent1', password: 'secret1' }],
    ...dovecotOptions,
  });
  const [port] = await freePorts(1);
  const temp = tempAppliance({
    VEILDRAFT_PORT: String(port),
    VEILDRAFT_SYNC_POLL_SECONDS: '1',
    ...tinyModelEnv(),
    ...extraEnv,
  });
  return { dovecot, temp };
}
