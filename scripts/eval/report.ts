/** Targets and the readable side-by-side table (pure: data in, text out). */
import { type BlindSetName, blindSets } from './blind-set.js';
import type { CorpusScore, Metric } from './score.js';

export interface SystemResult {
  system: string;
  score: CorpusScore;
  /** CPU seconds of the timed pass (best of the passes) and texts per CPU second. */
  seconds: number;
  docsPerSecond: number;
  wallSeconds: number;
  wallDocsPerSecond: number;
  /** Binary scores per group (language of the email set). */
  groups?: Record<string, Metric>;
  /** Special-category scores per group. */
  groupsSpecial?: Record<string, Metric>;
  error?: string;
}
/** presidio: Presidio's development set; emails: the project's own set (tuned on); blind-*, blind-2-*, blind-3-*: the blind sets' halves; training-mail: the taggers' training e-mails (no targets: trained on). */
export type SetKey = 'presidio' | 'emails' | 'training-mail' | `${BlindSetName}-${'dev' | 'test'}`;
const blindHalves = (Object.keys(blindSets) as BlindSetName[]).flatMap(
  (n) => [`${n}-dev`, `${n}-test`] as const,
);

export interface SetResult {
  set: string;
  key: SetKey;
  path: string;
  docs: number;
  systems: SystemResult[];
}
export interface TargetCheck {
  set: string;
  name: string;
  target: number;
  value: number | null;
  met: boolean;
}

type Pick = (r: SystemResult) => number | null;
interface TargetDef {
  name: string;
  target: number;
  sets: SetResult['key'][];
  value: Pick;
}

const recallOf = (m: Metric | undefined) => m?.recall ?? null;
const mailSets: SetKey[] = ['emails', ...blindHalves];
const artNine = [
  'HEALTH',
  'GENETIC',
  'BIOMETRIC',
  'ETHNIC_ORIGIN',
  'RELIGION',
  'POLITICAL_OPINION',
  'TRADE_UNION',
  'SEXUAL_ORIENTATION',
];
export const targets: TargetDef[] = [
  { name: 'binary recall', target: 0.95, sets: mailSets, value: (r) => r.score.binary.recall },
  { name: 'binary recall (Presidio)', target: 0.9, sets: ['presidio'], value: (r) => r.score.binary.recall },
  {
    name: 'binary precision',
    target: 0.85,
    sets: ['presidio', ...mailSets],
    value: (r) => r.score.binary.precision,
  },
  { name: 'binary F2', target: 0.92, sets: mailSets, value: (r) => r.score.binary.f2 },
  {
    name: 'structured ids recall',
    target: 0.99,
    sets: ['presidio', ...mailSets],
    value: (r) => r.score.structured.recall,
  },
  { name: 'PERSON recall', target: 0.95, sets: mailSets, value: (r) => recallOf(r.score.byType.PERSON) },
  {
    name: 'special categories recall',
    target: 0.9,
    sets: mailSets,
    value: (r) => recallOf(r.score.byCategory.special),
  },
  ...artNine.map(
    (t): TargetDef => ({
      name: `${t} recall`,
      target: 0.9,
      sets: blindHalves,
      value: (r) => recallOf(r.score.byType[t]),
    }),
  ),
  { name: 'emails/s (one core)', target: 200, sets: mailSets, value: (r) => r.docsPerSecond },
];

export function checkTargets(set: SetResult, system: SystemResult): TargetCheck[] {
  return targets
    .filter((t) => t.sets.includes(set.key))
    .map((t) => {
      const value = t.value(system);
      return {
        set: set.key,
        name: t.name,
        target: t.target,
        value,
        met: value !== null && value >= t.target,
      };
    });
}

const fmt = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(digits);

export function renderSet(set: SetResult): string {
  const systems = set.systems;
  const main = systems[0]!;
  const rows: [string, Pick, TargetDef | undefined][] = [];
  const byName = new Map(targets.filter((t) => t.sets.includes(set.key)).map((t) => [t.name, t]));
  const add = (label: string, pick: Pick, target?: string) =>
    rows.push([label, pick, target ? byName.get(target) : undefined]);
  add('binary precision', (r) => r.score.binary.precision, 'binary precision');
  add(
    'binary recall',
    (r) => r.score.binary.recall,
    set.key === 'presidio' ? 'binary recall (Presidio)' : 'binary recall',
  );
  add('binary F2', (r) => r.score.binary.f2, 'binary F2');
  add('binary F2 (word tokens)', (r) => r.score.tokens.f2);
  add('spans fully covered', (r) =>
    r.score.spans.total ? r.score.spans.complete / r.score.spans.total : null,
  );
  add('structured ids recall', (r) => r.score.structured.recall, 'structured ids recall');
  for (const cat of ['direct', 'quasi', 'special']) {
    if (!systems.some((s) => s.score.byCategory[cat]?.covered || s.score.byCategory[cat]?.missed)) continue;
    add(
      `${cat} recall`,
      (r) => r.score.byCategory[cat]?.recall ?? null,
      cat === 'special' ? 'special categories recall' : undefined,
    );
    add(`${cat} precision`, (r) => r.score.byCategory[cat]?.precision ?? null);
  }
  const goldTypes = Object.keys(main.score.byType).filter((t) => {
    const m = main.score.byType[t]!;
    return m.covered + m.missed > 0;
  });
  for (const t of goldTypes)
    add(
      `  ${t} recall`,
      (r) => r.score.byType[t]?.recall ?? null,
      byName.has(`${t} recall`) ? `${t} recall` : undefined,
    );
  for (const g of Object.keys(main.groups ?? {})) {
    add(`  binary recall [${g}]`, (r) => r.groups?.[g]?.recall ?? null);
    add(`  binary precision [${g}]`, (r) => r.groups?.[g]?.precision ?? null);
    if (main.groupsSpecial?.[g]) add(`  special recall [${g}]`, (r) => r.groupsSpecial?.[g]?.recall ?? null);
  }
  if (main.score.traps.total)
    add('traps flagged (lower is better)', (r) => r.score.traps.hit / Math.max(1, r.score.traps.total));
  add('texts/s (one core, CPU time)', (r) => r.docsPerSecond, 'emails/s (one core)');
  add('texts/s (wall clock)', (r) => r.wallDocsPerSecond);

  const w0 = 34;
  const w = 16;
  const head = [
    'metric'.padEnd(w0),
    ...systems.map((s) => s.system.padStart(w)),
    'target'.padStart(10),
    '  Veildraft',
  ].join('');
  const lines = [`== ${set.set} — ${set.docs} texts — ${set.path}`, head, '-'.repeat(head.length)];
  for (const [label, pick, target] of rows) {
    const cells = systems.map((s) => (s.error ? 'error' : fmt(pick(s))).padStart(w));
    let verdict = '';
    if (target) {
      const v = main.error ? null : pick(main);
      verdict = v !== null && v >= target.target ? '  met' : '  MISSED';
    }
    lines.push(
      [label.padEnd(w0), ...cells, (target ? `>= ${target.target}` : '').padStart(10), verdict].join(''),
    );
  }
  for (const s of systems) if (s.error) lines.push(`  ${s.system}: ${s.error}`);
  return lines.join('\n');
}
