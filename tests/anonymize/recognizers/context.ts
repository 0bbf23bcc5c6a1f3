import type { DetectContext, Lang, Participant } from '../../../src/anonymize/anonymize.types.js';

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
