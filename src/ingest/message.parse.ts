import { type AddressObject, type EmailAddress, MailParser } from 'mailparser';
import type { MailAddress } from '../draft/draft-compose.models.js';
import { type MessageHeaders, parseIdList } from './message.models.js';
import { sharedParsePool } from './message.parse-pool.js';

/**
 * Parses one raw message under limits. Anything that cannot be parsed, is over a limit or takes
 * too long becomes a quarantine reason instead of an exception: one hostile message must never
 * stop a mailbox's sync.
 */
export interface ParseLimits {
  maxBytes: number;
  maxHeaderBytes: number;
  maxHeaderFields: number;
  maxDepth: number;
  maxParts: number;
  timeoutMs: number;
}

export const quarantineReasons = [
  'too_large',
  'header_too_large',
  'too_many_headers',
  'too_deep',
  'too_many_parts',
  'parse_failed',
  'parse_timeout',
] as const;
export type QuarantineReason = (typeof quarantineReasons)[number];

/** Display names and addresses of the message's people (mail content: never log or store them). */
export interface MessagePeople {
  from: MailAddress[];
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
}

export interface ParsedMessage {
  headers: MessageHeaders;
  people: MessagePeople;
  /** Plain text of the message (mail content: never log or store it). */
  text: string;
  attachmentCount: number;
}

export type ParseOutcome = { ok: true; message: ParsedMessage } | { ok: false; reason: QuarantineReason };

/** End of the top-level header block, or -1 when there is no blank line. */
export function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf < 0) return lf;
  if (lf < 0) return crlf;
  return Math.min(crlf, lf);
}

/**
 * A cheap scan before mailparser runs: header size and field count, MIME nesting depth and
 * part count from the boundary lines. mailparser has no such limits, and a message nested a
 * thousand levels deep or with a megabyte of headers costs it far more than this pass.
 */
export function prescan(raw: Buffer, limits: ParseLimits): QuarantineReason | undefined {
  if (raw.length > limits.maxBytes) return 'too_large';
  const end = headerEnd(raw);
  const headerBytes = end < 0 ? raw.length : end;
  if (headerBytes > limits.maxHeaderBytes) return 'header_too_large';
  const header = raw.subarray(0, headerBytes).toString('latin1');
  const fields = header.split(/\r?\n/).filter((l) => /^[^\s:]+:/.test(l)).length;
  if (fields > limits.maxHeaderFields) return 'too_many_headers';

  const text = raw.toString('latin1');
  if (!/boundary\s*=/i.test(text)) return undefined;
  const stack: string[] = [];
  let parts = 0;
  for (const line of text.split(/\r?\n/)) {
    const declared = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i.exec(line);
    if (declared) {
      stack.push(declared[1] ?? declared[2]!);
      if (stack.length > limits.maxDepth) return 'too_deep';
      continue;
    }
    if (!line.startsWith('--')) continue;
    for (let i = stack.length - 1; i >= 0; i--) {
      const b = stack[i]!;
      if (!line.startsWith(`--${b}`)) continue;
      const closing = line.startsWith(`--${b}--`);
      stack.length = closing ? i : i + 1;
      if (!closing && ++parts > limits.maxParts) return 'too_many_parts';
      break;
    }
  }
  return undefined;
}

function named(value: unknown): MailAddress[] {
  const objects = (Array.isArray(value) ? value : value ? [value] : []) as AddressObject[];
  const out: MailAddress[] = [];
  const walk = (list: EmailAddress[]) => {
    for (const a of list) {
      if (a.address) out.push(a.name ? { address: a.address, name: a.name } : { address: a.address });
      if (a.group) walk(a.group);
    }
  };
  for (const o of objects) walk(o.value ?? []);
  return out;
}

function addresses(value: unknown): string[] {
  return named(value).map((a) => a.address);
}

function senderOf(map: Map<string, unknown>): { sender?: string } {
  const sender = addresses(map.get('sender'))[0];
  return sender ? { sender } : {};
}

export function peopleFrom(map: Map<string, unknown>): MessagePeople {
  return {
    from: named(map.get('from')),
    replyTo: named(map.get('reply-to')),
    to: named(map.get('to')),
    cc: named(map.get('cc')),
  };
}

function rawValue(lines: { key: string; line: string }[], key: string): string | undefined {
  const found = lines.find((l) => l.key === key);
  if (!found) return undefined;
  return found.line
    .slice(found.line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

export function headersFrom(
  map: Map<string, unknown>,
  lines: { key: string; line: string }[],
  contentType: string | undefined,
): MessageHeaders {
  const str = (k: string) => {
    const v = map.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  // mailparser substitutes "now" for an unparsable Date; the raw line keeps the dedupe hash stable.
  const rawDate = rawValue(lines, 'date');
  const date = rawDate ? new Date(rawDate) : undefined;
  return {
    messageId: str('message-id'),
    inReplyTo: parseIdList(str('in-reply-to'))[0],
    references: parseIdList(map.get('references') as string | string[] | undefined),
    date: date && !Number.isNaN(date.getTime()) ? date : undefined,
    from: addresses(map.get('from')),
    replyTo: addresses(map.get('reply-to')),
    ...senderOf(map),
    to: addresses(map.get('to')),
    cc: addresses(map.get('cc')),
    subject: str('subject') ?? '',
    autoSubmitted: rawValue(lines, 'auto-submitted'),
    precedence: rawValue(lines, 'precedence'),
    listId: rawValue(lines, 'list-id'),
    contentType,
  };
}

/** Rough text of an HTML body: styles and scripts dropped, tags to spaces, common entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .slice(0, 1_000_000)
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/[ \t]+/g, ' ');
}

/**
 * Parses one raw message under limits, in the parse thread (see message.parse-pool.ts): a
 * timeout really ends a runaway parse there, and mailparser's intermediate buffers stay out of
 * the main thread's heap. Takes ownership of `raw`: its memory may move to the thread, so the
 * caller must not read it afterwards.
 */
export function parseMessage(raw: Buffer, limits: ParseLimits): Promise<ParseOutcome> {
  // Checked here too: an oversized message is never copied or moved anywhere.
  if (raw.length > limits.maxBytes) return Promise.resolve({ ok: false, reason: 'too_large' });
  return sharedParsePool().parse(raw, limits);
}

/**
 * The parse itself, run inside the parse thread: the cheap scan first, then mailparser. It has
 * no timeout of its own: the thread that runs it is ended from outside when it takes too long.
 */
export function parseNow(raw: Buffer, limits: ParseLimits): Promise<ParseOutcome> {
  const early = prescan(raw, limits);
  if (early) return Promise.resolve({ ok: false, reason: early });

  return new Promise((resolve) => {
    const parser = new MailParser({
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      // html-to-text was a third of the parse time on real mail; a tag strip serves language
      // detection and reply splitting of HTML-only messages (drafting re-fetches the original).
      skipHtmlToText: true,
      checksumAlgo: false,
    } as ConstructorParameters<typeof MailParser>[0]);
    let headerMap = new Map<string, unknown>();
    let headerLines: { key: string; line: string }[] = [];
    let text = '';
    let attachmentCount = 0;
    let settled = false;
    const finish = (outcome: ParseOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };

    parser.on('headers', (h: Map<string, unknown>) => {
      headerMap = h;
    });
    parser.on('headerLines', (l: { key: string; line: string }[]) => {
      headerLines = l;
    });
    parser.on(
      'data',
      (data: {
        type: string;
        text?: string;
        html?: unknown;
        content?: NodeJS.ReadableStream;
        release?: () => void;
      }) => {
        if (data.type === 'attachment') {
          // Attachments are counted, never kept: drain and release so memory stays flat.
          attachmentCount++;
          data.content?.on('data', () => {});
          data.content?.on('end', () => data.release?.());
        } else if (data.type === 'text') {
          text = data.text || htmlToPlain(typeof data.html === 'string' ? data.html : '');
        }
      },
    );
    parser.on('error', () => finish({ ok: false, reason: 'parse_failed' }));
    parser.on('end', () => {
      const ct = headerMap.get('content-type') as { value?: string } | undefined;
      finish({
        ok: true,
        message: {
          headers: headersFrom(headerMap, headerLines, ct?.value),
          people: peopleFrom(headerMap),
          text,
          attachmentCount,
        },
      });
    });
    try {
      parser.end(raw);
    } catch {
      finish({ ok: false, reason: 'parse_failed' });
    }
  });
}
