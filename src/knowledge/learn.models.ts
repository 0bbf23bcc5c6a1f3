/**
 * Pure steps of learning one conversation, between anonymization and storage.
 *
 * The agent is not a data subject of the knowledge base but their name still must not be kept:
 * the placeholders whose value is one of the agent's names become `[AGENT]`, and the mailbox's
 * configured signature, when the reply carries it, becomes `[SIGNATURE]`. Both are written before
 * anonymization runs (signature) or on its result (agent), so the stored texts never hold them.
 */

const placeholderRe = /\[[A-Z_]+_\d+\]/g;

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((t) => t.length > 1);
}

/**
 * Replaces person placeholders whose value is (part of) an agent name with `[AGENT]`.
 * A value counts when all its tokens occur in one agent name ("Maria" or "Maria Schmidt" for the
 * agent "Maria Schmidt"), so a customer who happens to share one token is not caught by a
 * partial overlap the other way round ("Maria Jones").
 */
export function markAgent(texts: string[], map: ReadonlyMap<string, string>, agentNames: string[]): string[] {
  const agents = agentNames.map(nameTokens).filter((t) => t.length > 0);
  if (agents.length === 0) return texts;
  const agentPlaceholders = new Set<string>();
  for (const [placeholder, value] of map) {
    if (!placeholder.startsWith('[PERSON_')) continue;
    const tokens = nameTokens(value);
    if (tokens.length > 0 && agents.some((a) => tokens.every((t) => a.includes(t))))
      agentPlaceholders.add(placeholder);
  }
  if (agentPlaceholders.size === 0) return texts;
  return texts.map((t) => t.replace(placeholderRe, (p) => (agentPlaceholders.has(p) ? '[AGENT]' : p)));
}

/** The configured signature block in a reply becomes `[SIGNATURE]` (whitespace-insensitive). */
export function markSignature(reply: string, signature: string | null | undefined): string {
  const sig = signature?.trim();
  if (!sig) return reply;
  const pattern = sig
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return reply.replace(new RegExp(pattern), '[SIGNATURE]');
}

/** Distinct placeholders of a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(placeholderRe) ?? [])];
}
