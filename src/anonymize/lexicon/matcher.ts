import type { Lang, SpecialType } from '../anonymize.types.js';
import { baseForms } from './inflections.js';
import { type Fold, normalizeWord, ownCopy, type TextWord } from './lexicon.text.js';
import type { ParsedTerm } from './term-syntax.js';
import { EdgeTable, NodeValues } from './trie-tables.js';

/**
 * A token trie over the words of every lexicon term of one language, built once at start.
 *
 * Words get integer ids; an edge is one slot of a typed-array hash table keyed by node and word id
 * (trie-tables.ts), so a trie of ~100k terms costs a few MB instead of a Map per node. Scanning walks each word of the
 * text once per start position and follows at most a handful of edges (the word, its base forms,
 * stems sharing its first letters, compound endings sharing its last letters), so the cost grows
 * with the text, not with the lexicon.
 */

/** What a lexicon term marks: a special category, or an organisation (the public-body lists). */
export type TermType = SpecialType | 'ORG';

export interface TermInfo {
  type: TermType;
  needsLead: boolean;
  /** Case-sensitive terms: the words as they must appear. */
  surface?: string[];
}

export interface TermHit {
  start: number;
  end: number;
  info: TermInfo;
}

interface Edge {
  text: string;
  child: number;
}

/** Longest term in words: a bound on the walk from each start word. */
const maxSteps = 8;
const keyLen = 3;
/** Distinct words whose forms a matcher keeps per rule set (a few MB at most). */
const formsMemoLimit = 50_000;

export class TermMatcher {
  private readonly ids = new Map<string, number>();
  private readonly edges = new EdgeTable();
  /** `node|first letters` → stem edges (just the letters for the root, the common case). */
  private readonly stems = new Map<string, Edge[]>();
  private readonly stemNodes = new Set<number>();
  /** Last letters → compound endings (root only). */
  private readonly suffixes = new Map<string, Edge[]>();
  private readonly infixes: Edge[] = [];
  private readonly wildcards = new Map<number, number>();
  /** Words a `_` does not stand for: articles, prepositions, conjunctions (normalised). */
  private readonly joiners = new Set<string>();
  /** One shared info object per node, an array only where terms of several kinds end together. */
  private readonly infos = new NodeValues<TermInfo | TermInfo[]>();
  private readonly shared = new Map<string, TermInfo>();
  private nodes = 1;
  terms = 0;

  constructor(
    readonly lang: Lang,
    readonly fold: Fold,
  ) {}

  /** Words a `_` of a term does not stand for ("pays d'origine du produit", "cuenta de origen y"). */
  addJoiners(words: readonly string[]): void {
    for (const w of words) this.joiners.add(normalizeWord(w, this.fold));
  }

  private id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(ownCopy(word), id);
    }
    return id;
  }

  add(term: ParsedTerm, type: TermType): void {
    let node = 0;
    for (const [i, step] of term.steps.entries()) {
      if (step.kind === 'word') {
        const id = this.id(step.text);
        let child = this.edges.get(node, id);
        if (child === 0) {
          child = this.nodes++;
          this.edges.set(node, id, child);
        }
        node = child;
      } else if (step.kind === 'any') {
        node = this.wildcards.get(node) ?? this.wildcards.set(node, this.nodes++).get(node)!;
      } else {
        const table =
          step.kind === 'stem' ? this.stems : step.kind === 'suffix' && i === 0 ? this.suffixes : undefined;
        const key =
          step.kind === 'stem'
            ? `${node === 0 ? '' : `${node}|`}${step.text.slice(0, keyLen)}`
            : step.text.slice(-keyLen);
        const list = table ? (table.get(key) ?? table.set(key, []).get(key)!) : this.infixes;
        let edge = list.find((e) => e.text === step.text);
        if (!edge) {
          edge = { text: step.text, child: this.nodes++ };
          list.push(edge);
          if (step.kind === 'stem') this.stemNodes.add(node);
        }
        node = edge.child;
      }
    }
    const info = this.infoOf(term, type);
    const had = this.infos.get(node);
    const list = had === undefined ? [] : Array.isArray(had) ? had : [had];
    if (list.includes(info)) return;
    const same = list.findIndex((x) => x.type === info.type && !x.surface && !info.surface);
    if (same >= 0) {
      // The same words twice: a term that needs no self-reference lead covers one that does, so
      // "turk" after "!turk" widens the entry and "!turk" after "turk" adds nothing.
      if (!list[same]!.needsLead || info.needsLead) return;
      list[same] = info;
      this.infos.set(node, list.length === 1 ? info : list);
      return;
    }
    list.push(info);
    this.infos.set(node, list.length === 1 ? info : list);
    this.terms++;
  }

  private infoOf(term: ParsedTerm, type: TermType): TermInfo {
    if (term.caseSensitive) return { type, needsLead: term.needsLead, surface: term.surface };
    const key = `${type}|${term.needsLead}`;
    return this.shared.get(key) ?? this.shared.set(key, { type, needsLead: term.needsLead }).get(key)!;
  }

  /**
   * Each word's forms for this lexicon: normalised as typed, then base forms the lexicon holds. The
   * words are not copied: the forms come in an array beside them, one shared entry per distinct word.
   */
  words(tokens: readonly TextWord[], inflect: Lang | readonly Lang[]): ScanWords {
    const rules = typeof inflect === 'string' ? [inflect] : inflect;
    const memo = this.formsMemo(rules);
    const forms = new Array<WordForms>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const lower = tokens[i]!.lower;
      let f = memo.get(lower);
      if (!f) {
        if (memo.size >= formsMemoLimit) memo.clear();
        f = { forms: this.formsOf(lower, rules), states: undefined };
        memo.set(ownCopy(lower), f);
      }
      forms[i] = f;
    }
    return { tokens, forms };
  }

  /**
   * Words repeat within a mail and across mails (articles, greetings, the quoted message), and
   * normalising and inflecting them was the matcher's largest cost: their forms are kept per set
   * of inflection rules, in a bounded memo emptied when full. Forms are never mutated.
   */
  private readonly memos = new Map<string, Map<string, WordForms>>();
  private formsMemo(rules: readonly Lang[]): Map<string, WordForms> {
    const key = rules.join(',');
    return this.memos.get(key) ?? this.memos.set(key, new Map()).get(key)!;
  }

  private formsOf(lower: string, rules: readonly Lang[]): string[] {
    const norm = this.fold === 'keep' ? lower : normalizeWord(lower, this.fold);
    const forms = [norm];
    // A base form counts when the lexicon holds it as a word or as a compound ending: "niskakipua"
    // → "niskakipu" ends in "*kipu". Also when the word as typed is a lexicon word itself:
    // "multiplen" is in one ICD title ("mit multiplen Komplikationen") and must still reach
    // "multiple Sklerose".
    for (const lang of rules)
      for (const b of baseForms(norm, lang))
        if (!forms.includes(b) && (this.ids.has(b) || this.suffixes.has(b.slice(-keyLen)))) forms.push(b);
    return forms;
  }

  scan({ tokens: words, forms }: ScanWords, out: TermHit[]): void {
    for (let i = 0; i < words.length; i++) {
      let states = this.firstStates(forms[i]!);
      for (let j = i; states.length > 0; ) {
        for (const node of states) {
          const infos = this.infos.get(node);
          if (Array.isArray(infos)) for (const info of infos) this.emit(words, i, j, info, out);
          else if (infos) this.emit(words, i, j, infos, out);
        }
        if (!words[j]!.joinsNext || j + 1 >= words.length || j - i + 1 >= maxSteps) break;
        j++;
        states = this.next(states, forms[j]!.forms);
      }
    }
  }

  private emit(words: readonly TextWord[], i: number, j: number, info: TermInfo, out: TermHit[]): void {
    if (info.surface) {
      for (let k = 0; k < info.surface.length; k++) {
        const want = info.surface[k]!;
        const raw = words[i + k]?.raw ?? '';
        if (want === '_') continue;
        if (want.endsWith('*') ? !raw.startsWith(want.slice(0, -1)) : !sameCasing(raw, want)) return;
      }
    }
    out.push({ start: words[i]!.start, end: words[j]!.end, info });
  }

  /**
   * The states a word opens depend only on its forms, and a word's forms entry is shared by every
   * occurrence of the word (formsMemo): kept on the entry, so a repeated word costs nothing.
   */
  private firstStates(w: WordForms): readonly number[] {
    if (!w.states) {
      const states = this.openStates(w.forms);
      // Most words open none: they share one empty list instead of keeping one each.
      w.states = states.length > 0 ? states : noStates;
    }
    return w.states;
  }

  private openStates(forms: string[]): number[] {
    const states = this.next([0], forms);
    for (const form of forms) {
      const list = this.suffixes.get(form.slice(-keyLen));
      // At least four letters before a compound ending: "pol-itis" is Danish police, not a condition.
      if (list)
        for (const e of list)
          if (form.length >= e.text.length + 4 && form.endsWith(e.text)) states.push(e.child);
    }
    for (const e of this.infixes) if (forms[0]!.includes(e.text)) states.push(e.child);
    return states;
  }

  private next(states: readonly number[], forms: string[]): number[] {
    const out: number[] = [];
    for (const node of states) {
      for (const form of forms) {
        const id = this.ids.get(form);
        const child = id === undefined ? 0 : this.edges.get(node, id);
        if (child !== 0 && !out.includes(child)) out.push(child);
      }
      const any = this.wildcards.get(node);
      if (any !== undefined && !this.joiners.has(forms[0]!)) out.push(any);
      if (!this.stemNodes.has(node)) continue;
      const word = forms[0]!;
      for (let n = 1; n <= keyLen && n <= word.length; n++) {
        const list = this.stems.get(node === 0 ? word.slice(0, n) : `${node}|${word.slice(0, n)}`);
        if (list) for (const e of list) if (word.startsWith(e.text)) out.push(e.child);
      }
    }
    return out;
  }
}

/**
 * A case-sensitive word as written, or inflected with its casing kept: the trie has already
 * matched the word or one of its base forms, so only the letters before a case ending are
 * compared ("Teollisuusliiton" for "Teollisuusliitto", "Miljöpartiets"). Acronyms and short
 * names must be exact: "Pro" and "PRO" are different words.
 */
const caseEndingRoom = 3;
function sameCasing(raw: string, want: string): boolean {
  if (raw === want) return true;
  const keep = want.length - caseEndingRoom;
  return keep >= 4 && raw.length >= keep && raw.slice(0, keep) === want.slice(0, keep);
}

/** A distinct word's forms for one lexicon and set of inflection rules, and the trie states it opens. */
interface WordForms {
  /** Normalised word first, then its base forms. Never mutated. */
  forms: string[];
  states: readonly number[] | undefined;
}

const noStates: readonly number[] = [];

/** A text's words with their forms for one lexicon (words() gives them to scan()). */
export interface ScanWords {
  tokens: readonly TextWord[];
  forms: WordForms[];
}
