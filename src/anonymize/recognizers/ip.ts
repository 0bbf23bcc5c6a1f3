import { isIPv6 } from 'node:net';
import type { Recognizer, Span } from '../anonymize.types.js';
import { hasContextBefore } from '../text.models.js';
import { firstCharMatches } from './regex-tools.js';

/**
 * IP addresses (v4 dotted quads with each octet 0..255; v6 in any form node:net accepts,
 * including "::" compression and embedded v4). An IP of a home connection identifies a
 * subscriber (CJEU, Breyer, C-582/14).
 *
 * Version strings ("v1.2.3.4", "version 10.0.19045.1") and dotted numbers inside longer runs
 * are not addresses; a v6 candidate needs at least three groups so times ("12:30:45") and
 * ratios never match.
 */
const v4Re =
  /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d]|\.\d)/g;
const v6Re =
  /(?<![\p{L}\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![\p{L}\p{N}:]|\.\d)/gu;
const versionRe = /(?:\bv|version|versie|versión|ver\.?|build|release)\s*$/i;
const contextRe = /\b(?:ip|address|adresse|adres|dirección|indirizzo|osoite|adresu)\b[^\n]{0,20}$/i;

export const ipRecognizer: Recognizer = {
  name: 'ip',
  types: ['IP'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    if (text.includes(':')) {
      for (const m of firstCharMatches(v6Re, text)) {
        const value = m[0];
        const groups = value.split(':').filter((g) => g.length > 0).length;
        const compressed = value.includes('::');
        if (groups < (compressed ? 2 : 3) || !/[0-9A-Fa-f]/.test(value) || !isIPv6(value)) continue;
        spans.push({ start: m.index, end: m.index + value.length, type: 'IP', source: 'ip', score: 0.95 });
      }
    }
    if (text.includes('.')) {
      for (const m of text.matchAll(v4Re)) {
        // The v4 tail of a v6 address (::ffff:192.0.2.128) is already covered.
        if (spans.some((s) => s.start <= m.index && s.end >= m.index + m[0].length)) continue;
        if (hasContextBefore(text, m.index, versionRe, 12)) continue;
        const score = hasContextBefore(text, m.index, contextRe) ? 0.99 : 0.9;
        spans.push({ start: m.index, end: m.index + m[0].length, type: 'IP', source: 'ip', score });
      }
    }
    return spans;
  },
};
