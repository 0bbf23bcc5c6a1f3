/**
 * Texts with gold special-category spans → the special tagger's training sequences, cut and
 * marked exactly as the recognizer cuts and marks mail at run time; and a character-level score
 * of rules + tagger on a development set, for choosing the epoch.
 */
import { type Lang, type Participant, specialTypes } from '../../src/anonymize/anonymize.types.js';
import { specialCategorySpans } from '../../src/anonymize/recognizers/special-categories.js';
import { specialTaggerSpans } from '../../src/anonymize/recognizers/tagger-special.js';
import type { TaggerModel } from '../../src/anonymize/tagger/tagger.models.js';
import { markTokens, specialFeatures } from '../../src/anonymize/tagger/tagger.special-features.models.js';
import { sequences, tokenize } from '../../src/anonymize/tagger/tagger.tokens.models.js';
import type { TrainSequence } from '../../src/anonymize/tagger/tagger.train.models.js';

export interface GoldText {
  lang: Lang;
  text: string;
  /** Gold spans of any type; only the special categories count here. */
  spans: readonly { start: number; end: number; type: string }[];
  participants?: Participant[];
}

const special = new Set<string>(specialTypes);

export interface SpecialSequence extends TrainSequence {
  /** The same sequence with no rule marks: trained on too, so words alone carry weight. */
  featuresWithoutMarks: Uint32Array;
  positive: boolean;
}

export function toSequences(t: GoldText): SpecialSequence[] {
  const tokens = tokenize(t.text);
  const gold = markTokens(
    tokens,
    t.spans.filter((s) => special.has(s.type)),
  );
  const marks = markTokens(tokens, specialCategorySpans(t.text, t.lang, t.participants ?? []));
  const out: SpecialSequence[] = [];
  for (const [a, b] of sequences(t.text, tokens)) {
    const words = tokens.slice(a, b).map((x) => x.text);
    const g = gold.slice(a, b);
    out.push({
      features: specialFeatures(words, t.lang, marks.slice(a, b)),
      featuresWithoutMarks: specialFeatures(words, t.lang),
      gold: g,
      positive: g.some((x) => x > 0),
    });
  }
  return out;
}

export interface CharScore {
  recall: number;
  precision: number;
  /** Recall of the rules alone, for comparison. */
  rulesRecall: number;
}

/** Special-category character recall and precision of rules + tagger (whitespace not counted). */
export function scoreSpecial(model: TaggerModel, texts: readonly GoldText[]): CharScore {
  let goldChars = 0;
  let found = 0;
  let foundRules = 0;
  let predicted = 0;
  let predictedRight = 0;
  for (const t of texts) {
    const n = t.text.length;
    const isGold = new Uint8Array(n);
    const anyGold = new Uint8Array(n);
    for (const s of t.spans)
      for (let i = s.start; i < s.end; i++) {
        anyGold[i] = 1;
        if (special.has(s.type)) isGold[i] = 1;
      }
    const rules = specialCategorySpans(t.text, t.lang, t.participants ?? []);
    const tagged = specialTaggerSpans(model, {
      text: t.text,
      lang: t.lang,
      participants: [],
      thread: [],
      lists: { allow: [], deny: [] },
      ruleSpans: rules,
    });
    const byRules = new Uint8Array(n);
    const byAll = new Uint8Array(n);
    for (const s of rules) byRules.fill(1, s.start, s.end);
    for (const s of [...rules, ...tagged]) byAll.fill(1, s.start, s.end);
    for (let i = 0; i < n; i++) {
      if (/\s/u.test(t.text[i]!)) continue;
      if (isGold[i]) {
        goldChars++;
        found += byAll[i]!;
        foundRules += byRules[i]!;
      }
      if (byAll[i]) {
        predicted++;
        predictedRight += anyGold[i]!;
      }
    }
  }
  return {
    recall: found / Math.max(1, goldChars),
    precision: predictedRight / Math.max(1, predicted),
    rulesRecall: foundRules / Math.max(1, goldChars),
  };
}
