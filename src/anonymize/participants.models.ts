import type { Participant } from './anonymize.types.js';

/**
 * Parses an address-list header value ("Anna Berg <anna@x.se>, \"Smith, John\" <j@y.uk>, bob@z.nl")
 * into participants. Pure and forgiving: this feeds name detection, not mail routing, so a
 * malformed entry yields what can be read from it rather than an error.
 */
export function parseAddressList(header: string | undefined, role: Participant['role']): Participant[] {
  if (!header?.trim()) return [];
  const out: Participant[] = [];
  for (const entry of splitOutsideQuotes(header)) {
    const e = entry.trim();
    if (!e) continue;
    const angle = /^(.*?)<([^<>]*)>\s*$/su.exec(e);
    const raw = angle ? angle[1]! : /@/.test(e) ? '' : e;
    const address = (angle ? angle[2]! : /@/.test(e) ? e : '').trim() || undefined;
    const name = unquote(raw.trim()) || undefined;
    if (name || address) out.push({ role, ...(name ? { name } : {}), ...(address ? { address } : {}) });
  }
  return out;
}

function unquote(s: string): string {
  return s
    .replace(/^"(.*)"$/su, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Splits on commas (and semicolons) that are not inside quotes or angle brackets. */
function splitOutsideQuotes(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && quoted) {
      cur += ch + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if ((ch === ',' || ch === ';') && !quoted && !angle) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

interface Person {
  address: string;
  name?: string;
}

/**
 * A parsed message's people as the anonymizer's participants: the sender (and Reply-To) always,
 * the other recipients when asked for. Their names are then found wherever they appear.
 */
export function participantsOf(
  people: { from: Person[]; replyTo: Person[]; to: Person[]; cc: Person[] },
  options: { recipients: boolean },
): Participant[] {
  const out: Participant[] = [];
  const add = (list: Person[], role: Participant['role']) => {
    for (const a of list) out.push({ role, address: a.address, ...(a.name ? { name: a.name } : {}) });
  };
  add(people.from, 'from');
  add(people.replyTo, 'reply_to');
  if (options.recipients) {
    add(people.to, 'to');
    add(people.cc, 'cc');
  }
  return out;
}
