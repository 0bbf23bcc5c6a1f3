/**
 * The peer libraries, measured on the same texts. Both return redacted text, not spans, so each
 * replacement is a private-use marker that encodes its type; alignRedacted() walks the redacted
 * text against the original and turns every marker back into a character span. Private-use code
 * points are matched by none of the peers' patterns, so a later redactor never rewrites a marker.
 */
import { redact } from '@arcjet/redact';
import { SyncRedactor } from 'redact-pii';
import type { EntityType } from '../../src/anonymize/anonymize.types.js';
import type { TypedRange } from './score.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const marker = (k: number) => `${OPEN}${String.fromCharCode(0xe100 + k)}${CLOSE}`;

/**
 * Spans of `input` that were replaced by markers in `output`. Literal text between markers is
 * copied verbatim by the peers, so each marker covers the input up to where the next literal
 * segment resumes. Adjacent markers become one span with the first marker's type.
 */
export function alignRedacted(
  input: string,
  output: string,
  types: readonly string[] | ((label: string) => string),
  markerRe: RegExp = new RegExp(`${OPEN}(.)${CLOSE}`, 'su'),
): TypedRange[] {
  const typeOf =
    typeof types === 'function' ? types : (label: string) => types[label.charCodeAt(0) - 0xe100] ?? 'OTHER';
  const parts = output.split(markerRe);
  // parts: literal, markerChar, literal, markerChar, …, literal
  const spans: TypedRange[] = [];
  let pos = 0;
  const first = parts[0]!;
  if (!input.startsWith(first)) throw new Error('redacted text does not start like the input');
  pos = first.length;
  let i = 1;
  while (i < parts.length) {
    const type = typeOf(parts[i]!);
    // Skip over adjacent markers (empty literals between them).
    let j = i;
    while (j + 2 < parts.length && parts[j + 1] === '') j += 2;
    const literal = parts[j + 1] ?? '';
    const isLast = j + 2 >= parts.length;
    const end = isLast && literal === '' ? input.length : input.indexOf(literal, pos + 1);
    if (end < 0) throw new Error('could not align redacted text with the input');
    if (isLast && !input.endsWith(literal)) throw new Error('redacted text does not end like the input');
    const stop = isLast ? input.length - literal.length : end;
    spans.push({ start: pos, end: stop, type });
    pos = stop + literal.length;
    i = j + 2;
  }
  return spans;
}

/** redact-pii's labels (it ignores per-redactor `replaceWith` in 3.4, so we align on its defaults). */
const redactPiiTypes: Record<string, EntityType> = {
  CREDIT_CARD_NUMBER: 'CARD',
  STREET_ADDRESS: 'ADDRESS',
  ZIPCODE: 'ADDRESS',
  PHONE_NUMBER: 'PHONE',
  IP_ADDRESS: 'IP',
  US_SOCIAL_SECURITY_NUMBER: 'NATIONAL_ID',
  EMAIL_ADDRESS: 'EMAIL',
  USERNAME: 'ACCOUNT_NO',
  PASSWORD: 'ACCOUNT_NO',
  CREDENTIALS: 'ACCOUNT_NO',
  DIGITS: 'ACCOUNT_NO',
  URL: 'URL',
  PERSON_NAME: 'PERSON',
};
const redactPiiLabels = new RegExp(`(${Object.keys(redactPiiTypes).join('|')})`, 'u');

export interface PeerSystem {
  name: string;
  detect(text: string): Promise<TypedRange[]>;
}

/** redact-pii 3.4 with its defaults (every built-in redactor, names included). */
export function redactPiiPeer(): PeerSystem {
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii',
    detect: async (text) =>
      alignRedacted(
        text,
        redactor.redact(text),
        (label) => redactPiiTypes[label] ?? 'OTHER',
        redactPiiLabels,
      ),
  };
}

const arcjetTypes: Record<string, EntityType> = {
  email: 'EMAIL',
  'phone-number': 'PHONE',
  'ip-address': 'IP',
  'credit-card-number': 'CARD',
};

/**
 * @arcjet/redact 1.4 with all its built-in entities (its defaults). It places replacements at wrong
 * positions in texts with non-ASCII characters (it mixes byte and UTF-16 offsets: the redacted text
 * then still holds the value and loses other words). Its output cannot be aligned there, so spans
 * come from the values it reports through `replace`, located in the input in order: this scores
 * what it meant to remove, which flatters it. `misplaced` counts the texts where this happened.
 */
export function arcjetPeer(): PeerSystem & { misplaced: number } {
  const names = Object.keys(arcjetTypes);
  const peer = {
    name: '@arcjet/redact',
    misplaced: 0,
    async detect(text: string) {
      const found: { entity: string; value: string }[] = [];
      const [out] = await redact(text, {
        replace: (entity, value) => {
          found.push({ entity, value });
          return marker(names.indexOf(entity) < 0 ? names.length : names.indexOf(entity));
        },
      });
      try {
        const aligned = alignRedacted(
          text,
          out,
          names.map((n) => arcjetTypes[n]!),
        );
        // Trust the alignment only when it recovers exactly the values arcjet reported.
        const same =
          aligned.length === found.length &&
          aligned.every((s, i) => text.slice(s.start, s.end) === found[i]!.value);
        if (same) return aligned;
      } catch {
        // misplaced replacements: fall through
      }
      peer.misplaced++;
      const spans: TypedRange[] = [];
      let cursor = 0;
      for (const f of found) {
        let at = text.indexOf(f.value, cursor);
        if (at < 0) at = text.indexOf(f.value);
        if (at < 0 || !f.value) continue;
        spans.push({ start: at, end: at + f.value.length, type: arcjetTypes[f.entity] ?? 'OTHER' });
        cursor = at + f.value.length;
      }
      return spans;
    },
  };
  return peer;
}
