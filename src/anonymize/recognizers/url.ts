import type { Recognizer, Span } from '../anonymize.types.js';
import { hasContextBefore } from '../text.models.js';

/**
 * URLs, scored by how much they say about a person:
 * - identifying (0.9): profile paths (/user/…, /in/…, /~name, /@handle), social-network
 *   profiles, query strings carrying tokens, ids, emails or session keys, random-looking path
 *   segments (reset links, tracking ids, UUIDs), an address inside the URL;
 * - announced as one's own ("my website", "meine Webseite", "mon site"): 0.85;
 * - any other URL: 0.5, because a third-party page may still say where someone was;
 * - plain pages on the organisation's own domains (allow-list terms that look like domains,
 *   e.g. "acme.com") are kept: no span, unless they carry identifying parts.
 */
const urlRe = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^[\]]+/gi;
const trailingRe = /[.,;:!?)'"»]+$/;
const profileSegment =
  /^(?:u|user|users|profile|profiles|people|person|in|pub|member|members|account|accounts|customer|customers|kunde|kunden|client|klant|cliente|patient|patienten|author|authors|team)$/i;
const socialHost =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|linkedin|github|gitlab|tiktok|youtube|xing|mastodon|threads|pinterest|reddit|medium|t|wa|vk|snapchat|flickr|soundcloud)\.(?:com|me|social|net|de|org)$/i;
const secretKey =
  /^(?:token|access_token|id_token|auth|authorization|key|api_key|apikey|session|sessionid|sid|sig|signature|code|otp|uid|user|userid|user_id|username|email|mail|e-mail|customer|customerid|kundennummer|client_id|account|phone|tel|name|ref|reset|invite|hash|secret|pw|password|id)$/i;
const randomLike = /^(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}$/;
const uuidLike = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ownSiteRe =
  /(?:my|our family|personal)\s+(?:web\s?site|site|blog|page|homepage|profile|portfolio)|mein(?:e)?\s+(?:webseite|website|homepage|seite|blog|profil)|mon\s+(?:site|blog|profil)|mijn\s+(?:website|site|blog|profiel)|mi\s+(?:web|sitio|página|blog|perfil)|min\s+(?:webbplats|hemsida|hjemmeside|blogg?|profil|nettside)|il mio\s+(?:sito|blog|profilo)|moja\s+strona|kotisivuni|posted a photo/i;

function allowedHost(host: string, allow: string[]): boolean {
  const h = host.replace(/^www\./, '');
  return allow.some((term) => {
    const t = term.toLowerCase().trim();
    return t.includes('.') && !t.includes(' ') && (h === t || h.endsWith(`.${t}`));
  });
}

/** True when the URL carries something that points at one person. */
export function identifiesPerson(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('~') || s.startsWith('@') || s.includes('@'))) return true;
  if (segments.slice(0, -1).some((s) => profileSegment.test(s))) return true;
  if (socialHost.test(url.hostname) && segments.length > 0) return true;
  if (segments.some((s) => randomLike.test(s) || uuidLike.test(s) || /\d{6,}/.test(s))) return true;
  for (const [key, value] of url.searchParams) {
    if (secretKey.test(key) && value.length > 0) return true;
    if (value.includes('@') || randomLike.test(value) || uuidLike.test(value) || /\d{6,}/.test(value))
      return true;
  }
  return url.username !== '' || /[?&#](?:access_token|token|code)=/.test(url.hash);
}

export const urlRecognizer: Recognizer = {
  name: 'url',
  types: ['URL'],
  detect(ctx) {
    const { text } = ctx;
    const spans: Span[] = [];
    if (!/https?:\/\/|www\./i.test(text)) return spans;
    for (const m of text.matchAll(urlRe)) {
      const value = m[0].replace(trailingRe, '');
      let url: URL;
      try {
        url = new URL(/^www\./i.test(value) ? `http://${value}` : value);
      } catch {
        continue;
      }
      if (!url.hostname.includes('.')) continue;
      const identifying = identifiesPerson(url);
      if (!identifying && allowedHost(url.hostname, ctx.lists.allow)) continue;
      const score = identifying ? 0.9 : hasContextBefore(text, m.index, ownSiteRe, 30) ? 0.85 : 0.5;
      spans.push({ start: m.index, end: m.index + value.length, type: 'URL', source: 'url', score });
    }
    return spans;
  },
};
