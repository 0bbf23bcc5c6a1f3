import { expect } from 'vitest';
import type { DetectContext, Lang, Participant } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';

/** A detect context for recognizer tests: the text, a language and nothing else unless given. */
export function ctx(
  text: string,
  lang: Lang = 'en',
  more: { participants?: Participant[]; allow?: string[]; deny?: string[] } = {},
): DetectContext {
  return {
    text,
    lang,
    participants: more.participants ?? [],
    thread: [],
    lists: { allow: more.allow ?? [], deny: more.deny ?? [] },
  };
}

/** The matched substrings, for readable assertions. */
export function found(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** The special-category recognizer's spans as "TYPE:text", for readable assertions. */
export function specialHits(text: string, lang: Lang): string[] {
  return specialCategories.detect(ctx(text, lang)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

/** Each [language, text, "TYPE:span"] case finds that span. */
export function expectSpecialSpans(cases: Array<[Lang, string, string]>): void {
  for (const [lang, text, want] of cases) expect(specialHits(text, lang), text).toContain(want);
}
