import type { DestinationStream } from 'pino';

/**
 * One readable line per log event for a terminal: `14:03:07.412 WARN  [drafting] message key=value`.
 * It rewrites the JSON line pino has already built, so redaction and the error serializer have
 * run before a value gets here: both formats show exactly the same fields. (pino-pretty would do
 * the same as a transport thread and a dependency tree; the appliance needs this much only.)
 */
const levels: Record<number, { name: string; color: string }> = {
  10: { name: 'TRACE', color: '90' },
  20: { name: 'DEBUG', color: '90' },
  30: { name: 'INFO', color: '32' },
  40: { name: 'WARN', color: '33' },
  50: { name: 'ERROR', color: '31' },
  60: { name: 'FATAL', color: '31;1' },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function clockTime(iso: unknown): string {
  const d = new Date(typeof iso === 'string' || typeof iso === 'number' ? iso : Date.now());
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function fieldValue(v: unknown): string {
  if (typeof v === 'string') return /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v);
  return JSON.stringify(v) ?? String(v);
}

export function prettyLine(json: string, color: boolean): string {
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, app: _app, component, pid: _pid, hostname: _host, ...fields } = event;
  const l = levels[level as number] ?? { name: String(level), color: '0' };
  const name = l.name.padEnd(5);
  const parts = [clockTime(time), color ? `\x1b[${l.color}m${name}\x1b[0m` : name];
  if (component) parts.push(`[${String(component)}]`);
  if (msg !== undefined) parts.push(String(msg));
  for (const [k, v] of Object.entries(fields)) parts.push(`${k}=${fieldValue(v)}`);
  return `${parts.join(' ')}\n`;
}

/** Wraps the real destination: pino writes one JSON line per call, this writes its pretty form. */
export function prettyDestination(out: DestinationStream, color: boolean): DestinationStream {
  const flushable = out as DestinationStream & { flushSync?: () => void; flush?: (cb?: () => void) => void };
  return {
    write: (line: string) => out.write(prettyLine(line, color)),
    ...(flushable.flushSync ? { flushSync: () => flushable.flushSync?.() } : {}),
    ...(flushable.flush ? { flush: (cb?: () => void) => flushable.flush?.(cb) } : {}),
  } as DestinationStream;
}
