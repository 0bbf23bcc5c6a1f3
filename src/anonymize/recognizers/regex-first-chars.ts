/**
 * Which characters a match of a regex can begin with, read from its source: the cue regexes tried
 * at every word start of a text (wordStartMatches) fail at almost all of them on their first
 * letter, and a table lookup says so for far less than entering the regex engine does.
 *
 * The reading is conservative: it collects the atoms (a literal, a class, an escape like `\p{Lu}`)
 * that can come first, passing over assertions (lookarounds, `^`, `\b`) and optional terms; on
 * anything it does not know, or when the regex can match the empty string, it gives up and every
 * position is tried. Whether a character is one of the first atoms is then asked of the engine
 * itself, once per character, with the regex's own flags, so case folding is the engine's.
 */

/** The atom sources a match can start with, or undefined when any position may match. */
export function firstAtoms(source: string): string[] | undefined {
  const p = { s: source, i: 0 };
  const r = alternatives(p);
  if (!r || p.i !== source.length || r.nullable) return undefined;
  return r.atoms;
}

interface First {
  atoms: string[];
  nullable: boolean;
}

interface Cursor {
  s: string;
  i: number;
}

/** `a|b|…` up to a closing parenthesis or the end. */
function alternatives(p: Cursor): First | undefined {
  const atoms: string[] = [];
  let nullable = false;
  for (;;) {
    const seq = sequence(p);
    if (!seq) return undefined;
    atoms.push(...seq.atoms);
    nullable ||= seq.nullable;
    if (p.s[p.i] !== '|') return { atoms, nullable };
    p.i++;
  }
}

/** The first atoms of a sequence of terms: those of each term until one cannot be empty. */
function sequence(p: Cursor): First | undefined {
  const atoms: string[] = [];
  let open = true;
  while (p.i < p.s.length && p.s[p.i] !== '|' && p.s[p.i] !== ')') {
    const t = term(p);
    if (!t) return undefined;
    if (open) {
      atoms.push(...t.atoms);
      if (!t.nullable) open = false;
    }
  }
  return { atoms, nullable: open };
}

/** One atom or group with its quantifier. */
function term(p: Cursor): First | undefined {
  const a = atom(p);
  if (!a) return undefined;
  const q = /^(?:[?*]|\{0(?:,\d*)?\})\??|^(?:\+|\{[1-9]\d*(?:,\d*)?\})\??/.exec(p.s.slice(p.i));
  if (!q) return a;
  p.i += q[0].length;
  return {
    atoms: a.atoms,
    nullable: a.nullable || q[0][0] === '?' || q[0][0] === '*' || q[0].startsWith('{0'),
  };
}

const empty = (): First => ({ atoms: [], nullable: true });
const one = (source: string): First => ({ atoms: [source], nullable: false });

function atom(p: Cursor): First | undefined {
  const s = p.s;
  const c = s[p.i]!;
  if (c === '(') {
    const head = /^\((?:\?(?::|<=|<!|=|!|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(p.i))![0];
    p.i += head.length;
    const inner = alternatives(p);
    if (!inner || s[p.i] !== ')') return undefined;
    p.i++;
    // A lookaround consumes nothing: what follows it can come first (a superset, which is safe).
    return head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!' ? empty() : inner;
  }
  if (c === '[') {
    const m = /^\[(?:\\.|[^\\\]])*\]/u.exec(s.slice(p.i));
    if (!m) return undefined;
    p.i += m[0].length;
    return one(m[0]);
  }
  if (c === '\\') {
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[^\dk])/u.exec(
      s.slice(p.i),
    );
    // Back-references (`\1`, `\k<name>`) depend on what was captured: not read.
    if (!m) return undefined;
    p.i += m[0].length;
    return m[0] === '\\b' || m[0] === '\\B' ? empty() : one(m[0]);
  }
  if (c === '^' || c === '$') {
    p.i++;
    return empty();
  }
  if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{' || c === '}')
    return undefined;
  const ch = String.fromCodePoint(s.codePointAt(p.i)!);
  p.i += ch.length;
  return one(ch);
}

/** Code units below this are answered from a byte table (Latin, Greek, Cyrillic: most of mail). */
const tableSize = 0x800;

/**
 * A test of the character at a position: false only where no match of the regex can begin. Code
 * units are answered once each and kept (a byte per code unit in a small table, a map above it);
 * surrogates are always tried, as the engine reads them in pairs or alone.
 */
export function firstCharTest(re: RegExp): ((text: string, at: number) => boolean) | undefined {
  const atoms = re.flags.includes('v') ? undefined : firstAtoms(re.source);
  if (!atoms) return undefined;
  const probe = new RegExp(`^(?:${atoms.join('|')})`, re.flags.replace(/[gyd]/g, ''));
  const table = new Uint8Array(tableSize);
  const above = new Map<number, boolean>();
  const answer = (code: number) => probe.test(String.fromCharCode(code));
  return (text, at) => {
    // Past the end: a regex that cannot match the empty string finds nothing there.
    if (at >= text.length) return false;
    const code = text.charCodeAt(at);
    if (code < tableSize) {
      let k = table[code]!;
      if (k === 0) {
        k = answer(code) ? 2 : 1;
        table[code] = k;
      }
      return k === 2;
    }
    if (code >= 0xd800 && code <= 0xdfff) return true;
    let known = above.get(code);
    if (known === undefined) {
      known = answer(code);
      above.set(code, known);
    }
    return known;
  };
}
