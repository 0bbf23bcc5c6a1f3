import { domainOf, type MessageHeaders, normalizeAddress } from './message.models.js';

/**
 * Rules that keep automatic and bulk mail from getting a draft. Each can be switched off in the
 * configuration (VEILDRAFT_INGEST_SKIP_RULES); the first rule that matches is recorded by code.
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

export interface SkipContext {
  enabled: readonly SkipRule[];
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

export function skipReason(h: MessageHeaders, ctx: SkipContext): SkipRule | undefined {
  return skipRuleNames.find((name) => ctx.enabled.includes(name) && rules[name](h, ctx));
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
