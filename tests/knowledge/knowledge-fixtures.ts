import { afterEach } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { tempAppliance } from '../support/temp-appliance.js';

const opened: { close(): void }[] = [];

/** A real encrypted store in a temp folder, closed and removed after the test. */
export function knowledgeStore(): Store {
  const app = tempAppliance();
  const { store } = app.open();
  opened.push({
    close() {
      store.close();
      app.cleanup();
    },
  });
  return store;
}

afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

export { addConversations, conversation } from '../support/conversations.js';
