import type { DetectContext, Lang, Recognizer } from '../../../src/anonymize/anonymize.types.js';

/** A detection context for one message, as the engine builds it. */
export function contextOf(text: string, lang: Lang = 'en', thread: string[] = []): DetectContext {
  return { text, lang, participants: [], thread, lists: { allow: [], deny: [] } };
}

/** The texts a recognizer found, with their scores, for readable assertions. */
export function found(recognizer: Recognizer, text: string, lang: Lang = 'en', thread: string[] = []) {
  return recognizer.detect(contextOf(text, lang, thread)).map((s) => ({
    text: text.slice(s.start, s.end),
    type: s.type,
    score: s.score,
  }));
}

/** Only the matched texts. */
export function texts(
  recognizer: Recognizer,
  text: string,
  lang: Lang = 'en',
  thread: string[] = [],
): string[] {
  return found(recognizer, text, lang, thread).map((f) => f.text);
}

/** Only the matched texts of one type (a recognizer that finds several, like dates of birth and ages). */
export function textsOfType(recognizer: Recognizer, type: string, text: string, lang: Lang = 'en'): string[] {
  return found(recognizer, text, lang)
    .filter((f) => f.type === type)
    .map((f) => f.text);
}
