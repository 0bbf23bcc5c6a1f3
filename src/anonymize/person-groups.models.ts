import { isStopword } from '../shared/language.js';
import { normalizeName } from './recognizers/name-variants.js';
import { particles, titles } from './recognizers/names.data.js';

/**
 * Which person mentions in a thread are the same person. Pure; used by the placeholder step so
 * "John Smith", "John", "Smith", "J. Smith", "Smith's", "SMITH, John" and "john smith" all become
 * the same [PERSON_n].
 *
 * A mention is parsed into full name tokens (normalised: lower case, no diacritics, umlauts
 * folded so "Müller" = "Mueller") and initials. Mentions are clustered longest first:
 * - a multi-token mention joins a cluster that already holds all its full tokens and whose
 *   tokens explain its initials ("J. Smith" ⊂ "John Smith"); otherwise it starts one;
 * - a single-token mention joins the cluster holding that token (the one with most mentions
 *   when a surname is shared by two people: either way the token is replaced, and the
 *   placeholder is then the likelier person); otherwise it starts one.
 */

const titleRe = new RegExp(`^(?:(?:${titles.join('|')})(?:\\s+|$))+`, 'iu');
const particleSet = new Set(particles);
const tokenSplit = /[\s,]+/u;

export interface ParsedMention {
  full: string[];
  initials: string[];
}

export function parseMention(mention: string): ParsedMention {
  let m = mention.trim().replace(titleRe, '');
  // "Smith, John" → "John Smith"
  const comma = /^([^,]+),\s*([^,]+)$/u.exec(m);
  if (comma) m = `${comma[2]} ${comma[1]}`;
  const full: string[] = [];
  const initials: string[] = [];
  for (const raw of m.split(tokenSplit)) {
    const token = raw.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
    if (!token) continue;
    if (/^(?:\p{L}\.)+$/u.test(token) || /^\p{Lu}$/u.test(token)) {
      for (const ch of token.replace(/\./g, '')) initials.push(normalizeName(ch));
      continue;
    }
    const n = normalizeName(token.replace(/\.$/, ''));
    if (n.length < 2 || particleSet.has(n)) continue;
    full.push(n);
  }
  return { full, initials };
}

interface Cluster {
  tokens: Set<string>;
  mentions: number;
}

function explainsInitials(cluster: Cluster, p: ParsedMention): boolean {
  return p.initials.every((i) => [...cluster.tokens].some((t) => t.startsWith(i) && !p.full.includes(t)));
}

/** Cluster id per mention, numbered 0.. in order of first appearance. */
export function groupPersonMentions(mentions: readonly string[]): number[] {
  const parsed = mentions.map(parseMention);
  const order = parsed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.full.length - a.p.full.length || a.i - b.i)
    .map((x) => x.i);
  const clusters: Cluster[] = [];
  const assigned = new Array<number>(mentions.length).fill(-1);
  const byKey = new Map<string, number>();
  for (const i of order) {
    const p = parsed[i]!;
    if (p.full.length === 0) {
      // Initials only ("J.S."): same cluster as the same initials elsewhere, nothing more.
      const key = `#${p.initials.join('')}`;
      if (!byKey.has(key)) byKey.set(key, clusters.push({ tokens: new Set(), mentions: 0 }) - 1);
      assigned[i] = byKey.get(key)!;
      continue;
    }
    let best = -1;
    for (const [c, cluster] of clusters.entries()) {
      if (!p.full.every((t) => cluster.tokens.has(t)) || !explainsInitials(cluster, p)) continue;
      if (best < 0 || cluster.mentions > clusters[best]!.mentions) best = c;
    }
    if (best < 0) best = clusters.push({ tokens: new Set(p.full), mentions: 0 }) - 1;
    clusters[best]!.mentions++;
    assigned[i] = best;
  }
  // Renumber by first appearance so [PERSON_1] is the first person named in the thread.
  const renumber = new Map<number, number>();
  return assigned.map((c) => {
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    return renumber.get(c)!;
  });
}

/** Normalised name tokens of each cluster, for finding mentions the recognizers missed. */
export function clusterTokens(mentions: readonly string[], ids: readonly number[]): Map<string, number> {
  const tokenToCluster = new Map<string, number>();
  for (const [i, mention] of mentions.entries()) {
    for (const t of parseMention(mention).full) {
      // A common word ("will", "may") picked up as a name is not spread through the thread.
      if (isStopword(t) || t.length < 2) continue;
      if (!tokenToCluster.has(t)) tokenToCluster.set(t, ids[i]!);
    }
  }
  return tokenToCluster;
}
