import { describe, expect, it } from 'vitest';
import { type ParseLimits, parseMessage, prescan } from '../../src/ingest/message.parse.js';

const limits: ParseLimits = {
  maxBytes: 100_000,
  maxHeaderBytes: 4_000,
  maxHeaderFields: 50,
  maxDepth: 5,
  maxParts: 20,
  timeoutMs: 5_000,
};

const simple = Buffer.from(
  [
    'Message-ID: <m1@customer.example>',
    'In-Reply-To: <r0@acme.example>',
    'References: <r-1@acme.example> <r0@acme.example>',
    'Date: Mon, 3 Feb 2025 10:00:00 +0000',
    'From: Jane Roe <jane@customer.example>',
    'To: support@acme.example',
    'Subject: =?utf-8?q?Re=3A_Antrag?=',
    'Auto-Submitted: no',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hallo, anbei das Formular.',
  ].join('\r\n'),
);

function nested(depth: number): Buffer {
  let body = 'Content-Type: text/plain\r\n\r\nleaf\r\n';
  for (let d = depth; d > 0; d--) {
    body = `Content-Type: multipart/mixed; boundary="b${d}"\r\n\r\n--b${d}\r\n${body}--b${d}--\r\n`;
  }
  return Buffer.from(`Message-ID: <n@x>\r\n${body}`);
}

describe('parsing under limits', () => {
  it('extracts ids, addresses, date and text of an ordinary message', async () => {
    const out = await parseMessage(simple, limits);
    if (!out.ok) throw new Error(out.reason);
    const h = out.message.headers;
    expect(h.messageId).toBe('<m1@customer.example>');
    expect(h.inReplyTo).toBe('r0@acme.example');
    expect(h.references).toEqual(['r-1@acme.example', 'r0@acme.example']);
    expect(h.from).toEqual(['jane@customer.example']);
    expect(h.subject).toBe('Re: Antrag');
    expect(h.date?.toISOString()).toBe('2025-02-03T10:00:00.000Z');
    expect(out.message.text.trim()).toBe('Hallo, anbei das Formular.');
  });

  it('gives an HTML-only message a plain text without styles or tags', async () => {
    const html = simple
      .toString()
      .replace('text/plain', 'text/html')
      .replace(
        'Hallo, anbei das Formular.',
        '<style>p{color:red}</style><p>Hallo, anbei <b>das</b> Formular.</p>',
      );
    const out = await parseMessage(Buffer.from(html), limits);
    expect(out.ok && out.message.text.replace(/\s+/g, ' ').trim()).toBe('Hallo, anbei das Formular.');
  });

  it('quarantines a message over the size cap before parsing it', async () => {
    const big = Buffer.concat([simple, Buffer.alloc(limits.maxBytes, 'a')]);
    expect(await parseMessage(big, limits)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('quarantines MIME nested deeper than the limit, and parses the same shape within it', async () => {
    expect(prescan(nested(6), limits)).toBe('too_deep');
    expect((await parseMessage(nested(4), limits)).ok).toBe(true);
  });

  it('quarantines too many parts, too many header fields and oversized headers', () => {
    const parts = Array.from({ length: 30 }, () => '--p\r\nContent-Type: text/plain\r\n\r\nx\r\n').join('');
    expect(
      prescan(Buffer.from(`Content-Type: multipart/mixed; boundary=p\r\n\r\n${parts}--p--\r\n`), limits),
    ).toBe('too_many_parts');
    const many = Array.from({ length: 60 }, (_, i) => `X-H${i}: v`).join('\r\n');
    expect(prescan(Buffer.from(`${many}\r\n\r\nbody`), limits)).toBe('too_many_headers');
    expect(prescan(Buffer.from(`X-Long: ${'a'.repeat(5_000)}\r\n\r\nbody`), limits)).toBe('header_too_large');
  });

  it('quarantines as a timeout when parsing takes longer than allowed', async () => {
    const out = await parseMessage(simple, { ...limits, timeoutMs: 0 });
    expect(out).toEqual({ ok: false, reason: 'parse_timeout' });
  });

  it('keeps the dedupe date stable when the Date header cannot be read', async () => {
    const raw = Buffer.from(simple.toString().replace(/^Date: .*$/m, 'Date: not a date'));
    const out = await parseMessage(raw, limits);
    expect(out.ok && out.message.headers.date).toBeUndefined();
  });
});
