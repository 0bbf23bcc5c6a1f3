/**
 * Delay before the next attempt: exponential from `baseMs`, capped, with full jitter so many
 * failing jobs (a mailbox server going down) do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  opts: { baseMs?: number; capMs?: number; random?: () => number } = {},
): number {
  const base = opts.baseMs ?? 2_000;
  const cap = opts.capMs ?? 30 * 60_000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  const random = opts.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Job payloads are references and ids only. Anything else (a long string, a nested object
 * that could be mail content) is refused before it is stored.
 */
export function isReferencePayload(
  payload: unknown,
): payload is Record<string, string | number | boolean | null> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  return Object.values(payload).every(
    (v) =>
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && v.length <= 200 && !/[\r\n]/.test(v)),
  );
}

/** The queues an operator sees on the dashboard; an unknown kind shows its code. */
const jobKindLabels: Record<string, string> = {
  draft: 'Drafting replies',
  learn: 'Learning from sent replies',
  'audit.prune': 'Audit log retention',
};

export function jobKindLabel(kind: string): string {
  return jobKindLabels[kind] ?? kind;
}
