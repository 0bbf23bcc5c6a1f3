import { z } from 'zod';
import { type SkipRule, skipRuleNames } from '../ingest/skip-rules.models.js';
import {
  fieldValues as all,
  type FormFields as Form,
  nonEmptyLines as lines,
  field as str,
} from '../shared/form-fields.js';

/**
 * Console settings, one section per form. Each section parses the raw form fields into a
 * typed value or a readable message per field. Defaults apply until an admin saves a section.
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour form HH:MM, e.g. 08:30.');
const termList = (label: string) =>
  z
    .array(z.string().max(200, `${label}: each line at most 200 characters.`))
    .max(5000, `${label}: at most 5000 lines.`);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export const sections = {
  businessHours: {
    title: 'Business hours',
    schema: z
      .object({
        timeZone: z.string().refine(validTimeZone, 'Use an IANA time zone such as Europe/Berlin.'),
        days: z.array(z.enum(weekdays)).min(1, 'Choose at least one working day.'),
        start: hhmm,
        end: hhmm,
      })
      .refine((v) => v.start < v.end, { message: 'The end must be after the start.', path: ['end'] }),
    defaults: {
      timeZone: 'Europe/Berlin',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:00',
      end: '17:00',
    },
    fromForm: (f: Form) => ({
      timeZone: str(f, 'timeZone').trim(),
      days: all(f, 'days'),
      start: str(f, 'start').trim(),
      end: str(f, 'end').trim(),
    }),
  },
  skipRules: {
    title: 'Skip rules',
    // The rules are those of VEILDRAFT_INGEST_SKIP_RULES, which gives the initial choice (see
    // settings.usecases.ts); a saved section wins. No-reply senders are a rule, not a pattern.
    schema: z.object({
      rules: z.array(z.enum(skipRuleNames, 'Choose rules from the list.')).max(skipRuleNames.length),
      senderPatterns: termList('Sender patterns'),
      subjectPatterns: termList('Subject patterns'),
    }),
    defaults: {
      rules: [...skipRuleNames] as SkipRule[],
      senderPatterns: [] as string[],
      subjectPatterns: [] as string[],
    },
    fromForm: (f: Form) => ({
      rules: all(f, 'rules'),
      senderPatterns: lines(str(f, 'senderPatterns')),
      subjectPatterns: lines(str(f, 'subjectPatterns')),
    }),
  },
  lists: {
    title: 'Allow and deny lists',
    schema: z.object({ allow: termList('Allow list'), deny: termList('Deny list') }),
    defaults: { allow: [] as string[], deny: [] as string[] },
    fromForm: (f: Form) => ({ allow: lines(str(f, 'allow')), deny: lines(str(f, 'deny')) }),
  },
  specialCategory: {
    title: 'Special-category data',
    schema: z.object({
      policy: z.enum(['skip', 'flag', 'draft'], 'Choose one of the three policies.'),
    }),
    defaults: { policy: 'skip' },
    fromForm: (f: Form) => ({ policy: str(f, 'policy') }),
  },
} as const;

/**
 * Where a setting's value comes from. One source of truth: a value saved on the console wins;
 * until then the environment's value, where the environment has one, is the initial value;
 * otherwise the default.
 */
export type SettingSource = 'console' | 'environment' | 'default';

export type SectionName = keyof typeof sections;
export const sectionNames = Object.keys(sections) as SectionName[];

export function isSectionName(s: string): s is SectionName {
  return Object.hasOwn(sections, s);
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; errors: Record<string, string> };

export function parseSection(name: SectionName, form: Form): ParseResult {
  const section = sections[name];
  const result = section.schema.safeParse(section.fromForm(form));
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
