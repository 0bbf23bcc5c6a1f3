import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { SkipRule, SkipSettings } from '../ingest/skip-rules.models.js';
import {
  type ParseResult,
  parseSection,
  type SectionName,
  type SettingSource,
  sectionNames,
  sections,
} from './settings.models.js';
import { readSettings, writeSetting } from './settings.repository.js';

export type SettingsValues = Record<SectionName, Record<string, unknown>>;

/** Initial values the environment gives (VEILDRAFT_INGEST_SKIP_RULES for the skip rules). */
export interface SettingsFromEnvironment {
  skipRules?: { rules: readonly SkipRule[] };
}

/** Every section with where it came from. A stored value that no longer parses counts as unsaved. */
export function loadSettingsWithSources(
  deps: Pick<ConsoleDeps, 'db'>,
  initial: SettingsFromEnvironment = {},
): { values: SettingsValues; sources: Record<SectionName, SettingSource> } {
  const stored = readSettings(deps.db);
  const values = {} as SettingsValues;
  const sources = {} as Record<SectionName, SettingSource>;
  for (const name of sectionNames) {
    const raw = stored.get(name);
    const parsed = raw === undefined ? null : sections[name].schema.safeParse(JSON.parse(raw));
    const fromEnv = initial[name as keyof SettingsFromEnvironment];
    sources[name] = parsed?.success ? 'console' : fromEnv ? 'environment' : 'default';
    values[name] = (parsed?.success ? parsed.data : { ...sections[name].defaults, ...fromEnv }) as Record<
      string,
      unknown
    >;
  }
  return { values, sources };
}

/** Every section, stored value or initial value (see loadSettingsWithSources). */
export function loadSettings(
  deps: Pick<ConsoleDeps, 'db'>,
  initial: SettingsFromEnvironment = {},
): SettingsValues {
  return loadSettingsWithSources(deps, initial).values;
}

/** The skip rules ingest applies now: the console's saved section, else the environment's rules. */
export function skipSettingsNow(deps: Pick<ConsoleDeps, 'db'>, envRules: readonly SkipRule[]): SkipSettings {
  const v = loadSettings(deps, { skipRules: { rules: envRules } }).skipRules as unknown as SkipSettings;
  return { rules: v.rules, senderPatterns: v.senderPatterns, subjectPatterns: v.subjectPatterns };
}

/** Validates and stores one section; the audit row records which section and its sizes, not its text. */
export function saveSection(
  deps: ConsoleDeps,
  actorId: number,
  name: SectionName,
  form: Record<string, string | string[] | undefined>,
): ParseResult {
  const parsed = parseSection(name, form);
  if (!parsed.ok) return parsed;
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    writeSetting(tx, name, JSON.stringify(parsed.value), now, actorId);
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'settings.update',
      target: `settings:${name}`,
      metadata: summarise(parsed.value as Record<string, unknown>),
      at: now,
    });
  });
  return parsed;
}

/** Numbers, flags and enum-like codes go into the audit row; lists only as counts (they may hold names). */
function summarise(value: Record<string, unknown>): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v)) out[`${k}Count`] = v.length;
    else if (typeof v === 'string' && /^[A-Za-z0-9_.:\-/]{0,80}$/.test(v) && k !== 'endpoint') out[k] = v;
  }
  return out;
}
