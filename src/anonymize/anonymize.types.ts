import type { AppError } from '../shared/errors.js';

/**
 * The anonymizer's contract. Recognizers find spans of personal data in one message, with the
 * rest of the thread and the mail headers as context; merging, placeholders and risk scoring
 * work on these spans only.
 */

export const languages = ['en', 'de', 'fr', 'nl', 'es', 'sv', 'it', 'da', 'no', 'fi', 'pl'] as const;
export type Lang = (typeof languages)[number];

/** Direct identifiers: they name or reach one person on their own. */
export const directTypes = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'IBAN',
  'CARD',
  'NATIONAL_ID',
  'PASSPORT',
  'IP',
  'URL',
  'PLATE',
  'DOB',
  'AGE',
  'ADDRESS',
  'ACCOUNT_NO',
] as const;
/** Quasi-identifiers (GDPR Recital 26): single a person out in combination. */
export const quasiTypes = ['DATE', 'ORG', 'LOCATION'] as const;
/** What a name recognizer or tagger finds: a person, an organisation or a place, by its name. */
export const nameTypes = ['PERSON', 'ORG', 'LOCATION'] as const;
/** GDPR Article 9 special categories. */
export const specialTypes = [
  'HEALTH',
  'ETHNIC_ORIGIN',
  'RELIGION',
  'POLITICAL_OPINION',
  'TRADE_UNION',
  'SEXUAL_ORIENTATION',
  'GENETIC',
  'BIOMETRIC',
] as const;

export type DirectType = (typeof directTypes)[number];
export type QuasiType = (typeof quasiTypes)[number];
export type SpecialType = (typeof specialTypes)[number];
export type EntityType = DirectType | QuasiType | SpecialType;
export type EntityCategory = 'direct' | 'quasi' | 'special';

export function categoryOf(type: EntityType): EntityCategory {
  if ((quasiTypes as readonly string[]).includes(type)) return 'quasi';
  if ((specialTypes as readonly string[]).includes(type)) return 'special';
  return 'direct';
}

/** A detected span in JavaScript string offsets (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  /** The recognizer that found it (its registry name). */
  source: string;
  /** 0..1 confidence. */
  score: number;
}

/** A mail participant from From/To/Cc/Reply-To: display name and/or address. */
export interface Participant {
  role: 'from' | 'to' | 'cc' | 'reply_to';
  name?: string;
  address?: string;
}

export interface DetectInput {
  text: string;
  lang?: Lang;
  participants?: Participant[];
  /** The other messages of the thread (plain text), as context for names found elsewhere. */
  thread?: string[];
}

/** Organisation allow-list (own name, products, public addresses) and deny-list (always removed). */
export interface TermLists {
  allow: string[];
  deny: string[];
}

/** What every recognizer receives: the input with its language resolved and the term lists. */
export interface DetectContext {
  text: string;
  lang: Lang;
  participants: Participant[];
  thread: string[];
  lists: TermLists;
  /**
   * What the rule recognizers found in this text, given to model recognizers by detectMany (the
   * special-category tagger uses the rules' hits as features); absent for the rules themselves.
   */
  ruleSpans?: readonly Span[];
}

/** A pure, synchronous recognizer: one file each under recognizers/, listed in the registry. */
export interface Recognizer {
  name: string;
  types: readonly EntityType[];
  detect(ctx: DetectContext): Span[];
  /**
   * Reads what the recognizer would otherwise read on its first text (lexicon files): the
   * detector's load() calls it, so the first mail is not slower and a broken file fails at start.
   */
  load?(): void;
}

/** Whether a model recognizer runs; a disabled one says why. */
export type ModelStatus = { state: 'unloaded' } | { state: 'ready' } | { state: 'disabled'; error: AppError };

/** A recognizer backed by a model (NER): loaded once, used for many texts, disposed at shutdown. */
export interface ModelRecognizer {
  name: string;
  types: readonly EntityType[];
  load(): Promise<void>;
  status?(): ModelStatus;
  detectBatch(contexts: DetectContext[]): Promise<Span[][]>;
  dispose(): Promise<void>;
}
