import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import {
  type ParseResult,
  parseSection,
  type SectionName,
  sectionNames,
  sections,
} from './settings.models.js';
import { readSettings, writeSetting } from './settings.repository.js';

export type SettingsValues = Record<SectionName, Record<string, unknown>>;

/** Every section, stored value or default. A stored value that no longer parses falls back to the default. */
export function loadSettings(deps: Pick<ConsoleDeps, 'db'>): SettingsValues {
  const stored = readSettings(deps.db);
  const out = {} as SettingsValues;
  for (const name of sectionNames) {
    const raw = stored.get(name);
    const parsed = raw === undefined ? null : sections[name].schema.safeParse(JSON.parse(raw));
    out[name] = (parsed?.success ? parsed.data : sections[name].defaults) as Record<string, unknown>;
  }
  return out;
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
