import { afterEach, describe, expect, it } from 'vitest';
import {
  loadSettingsWithSources,
  saveSection,
  skipSettingsNow,
} from '../../src/settings/settings.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { TestClock } from '../support/appliance.js';
import { tempAppliance } from '../support/temp-appliance.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('skip rules: one source of truth', () => {
  it('applies the environment until an admin saves the section, then the console, and says which', () => {
    const app = tempAppliance();
    const { store, keys } = app.open();
    cleanups.push(() => {
      store.close();
      app.cleanup();
    });
    const deps = { db: store.db, keys, clock: new TestClock(), logger: createLogger('silent') };
    const fromEnv = { skipRules: { rules: ['precedence' as const] } };
    expect(skipSettingsNow(deps, ['precedence'])).toEqual({
      rules: ['precedence'],
      senderPatterns: [],
      subjectPatterns: [],
    });
    expect(loadSettingsWithSources(deps, fromEnv).sources.skipRules).toBe('environment');
    expect(loadSettingsWithSources(deps).sources.skipRules).toBe('default');

    const bad = saveSection(deps, 1, 'skipRules', { rules: ['precedence', 'everything'] });
    expect(bad).toEqual({ ok: false, errors: { rules: 'Choose rules from the list.' } });
    const saved = saveSection(deps, 1, 'skipRules', {
      rules: ['list_id', 'own_domain'],
      senderPatterns: 'alerts@*\n',
      subjectPatterns: '',
    });
    expect(saved.ok).toBe(true);
    // The environment still says "precedence"; the saved section wins, read at once by ingest.
    expect(skipSettingsNow(deps, ['precedence'])).toEqual({
      rules: ['list_id', 'own_domain'],
      senderPatterns: ['alerts@*'],
      subjectPatterns: [],
    });
    expect(loadSettingsWithSources(deps, fromEnv).sources.skipRules).toBe('console');
  });
});
