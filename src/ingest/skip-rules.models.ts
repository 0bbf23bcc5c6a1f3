import { domainOf, type MessageHeaders, normalizeAddress } from './message.models.js';

/**
 * Rules that keep automatic and bulk mail from getting a draft. Each can be switched off on the
 * console's Settings page (VEILDRAFT_INGEST_SKIP_RULES gives the initial choice); the first rule
 * that matches is recorded by code.
 */
export const skipRuleNames = [
  'auto_submitted',
  'precedence',
  'list_id',
  'no_reply_sender',
  'delivery_report',
  'own_domain',
] as const;
export type SkipRule = (typeof skipRuleNames)[number];

/** The skip rules in force: the switched-on rules and the admin's own patterns. */
export interface SkipSettings {
  rules: readonly SkipRule[];
  /** Sender addresses to skip, `*` standing for any run of characters (e.g. `alerts@*`). */
  senderPatterns: readonly string[];
  /** Texts whose presence in the subject skips the message, ignoring case. */
  subjectPatterns: readonly string[];
}

/** What a skipped message records: one of the rules, or which list of patterns matched. */
export type SkipCode = SkipRule | 'sender_pattern' | 'subject_pattern';

export interface SkipContext {
  enabled: readonly SkipRule[];
  senderPatterns?: readonly string[];
  subjectPatterns?: readonly string[];
  /** The organisation's own domains (config) plus the domains of the mailbox's addresses. */
  ownDomains: readonly string[];
}

const noReplyLocalPart =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|notifications?)([-+_.].*)?$/i;

const rules: Record<SkipRule, (h: MessageHeaders, ctx: SkipContext) => boolean> = {
  // RFC 3834: anything but "no" marks an automatic message (auto-replied, auto-generated).
  auto_submitted: (h) => h.autoSubmitted !== undefined && h.autoSubmitted.trim().toLowerCase() !== 'no',
  precedence: (h) => /^(bulk|list|junk)$/i.test(h.precedence?.trim() ?? ''),
  list_id: (h) => (h.listId?.trim() ?? '') !== '',
  no_reply_sender: (h) => h.from.some((a) => noReplyLocalPart.test(normalizeAddress(a).split('@')[0] ?? '')),
  delivery_report: (h) =>
    /^multipart\/report\b/i.test(h.contentType ?? '') ||
    h.from.some((a) => /^mailer-daemon@/i.test(normalizeAddress(a))),
  own_domain: (h, ctx) => {
    const own = new Set(ctx.ownDomains.map(normalizeAddress));
    return h.from.length > 0 && h.from.every((a) => own.has(domainOf(a)));
  },
};

function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .trim()
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return source !== '' && new RegExp(`^${source}$`).test(value);
}

export function skipReason(h: MessageHeaders, ctx: SkipContext): SkipCode | undefined {
  const rule = skipRuleNames.find((name) => ctx.enabled.includes(name) && rules[name](h, ctx));
  if (rule) return rule;
  const senders = h.from.map(normalizeAddress);
  if ((ctx.senderPatterns ?? []).some((p) => senders.some((a) => globMatches(p, a)))) return 'sender_pattern';
  const subject = h.subject.toLowerCase();
  const hit = (ctx.subjectPatterns ?? []).some(
    (p) => p.trim() !== '' && subject.includes(p.trim().toLowerCase()),
  );
  return hit ? 'subject_pattern' : undefined;
}

export function parseSkipRules(value: string): SkipRule[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('all')) return [...skipRuleNames];
  if (names.includes('none')) return [];
  return skipRuleNames.filter((n) => names.includes(n));
}
