/**
 * Ordinary words of a language from NER-annotated sentences, for the name gazetteer: a word that
 * is often written outside any name and seldom inside a person's name ("tod", "ihres", "olen",
 * "los"). Pure: the build script feeds it sentences of the open corpora and the training e-mails.
 */

export interface TaggedSentence {
  tokens: string[];
  /** IOB2 tags over PER, ORG, LOC, MISC (O outside). */
  tags: string[];
}

export interface OrdinaryOptions {
  /** Least number of times a word must be seen outside names, not first in a sentence. */
  minCount?: number;
  /** Largest share of a word's occurrences that may be (part of) a person's name. */
  maxPersonShare?: number;
  /**
   * Languages that capitalise nouns (German): a word capitalised mid-sentence outside a name is
   * still an ordinary word there. Elsewhere a word must be mostly lower case outside names, since
   * one capitalised mid-sentence is likely a name the annotation missed.
   */
  capitalisesNouns?: boolean;
}

const wordRe = /^\p{L}[\p{L}'’-]*$/u;
const sentenceEnd = /^(?:[.!?:;"„“”«»()–—-]|\.\.\.)$/u;

interface Count {
  /** Outside names and not first in a sentence. */
  inText: number;
  /** Of those, written in lower case. */
  lower: number;
  /** Inside a person's name, anywhere. */
  person: number;
  all: number;
}

/** Lower-cased ordinary words, sorted. */
export function ordinaryWords(sentences: Iterable<TaggedSentence>, o: OrdinaryOptions = {}): string[] {
  const counts = new Map<string, Count>();
  for (const s of sentences)
    s.tokens.forEach((tok, i) => {
      if (!wordRe.test(tok) || tok.length < 2) return;
      const key = tok.toLowerCase();
      let c = counts.get(key);
      if (!c) {
        c = { inText: 0, lower: 0, person: 0, all: 0 };
        counts.set(key, c);
      }
      c.all++;
      const tag = s.tags[i] ?? 'O';
      if (tag.endsWith('PER')) c.person++;
      if (tag !== 'O' || i === 0 || sentenceEnd.test(s.tokens[i - 1]!)) return;
      c.inText++;
      if (tok === key) c.lower++;
    });
  const min = o.minCount ?? 3;
  const maxPerson = o.maxPersonShare ?? 0.1;
  const out: string[] = [];
  for (const [w, c] of counts) {
    if (c.inText < min || c.person > c.all * maxPerson) continue;
    if (!o.capitalisesNouns && c.lower * 2 < c.inText) continue;
    out.push(w);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
