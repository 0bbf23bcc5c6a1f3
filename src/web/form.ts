/**
 * The console's one form parser. Every console form is a plain HTML form, so a body must be
 * `application/x-www-form-urlencoded` (what browsers send) or `multipart/form-data` (accepted
 * for scripts), without a content coding. Anything else, and any body that does not parse
 * cleanly, is refused before a handler or the CSRF check sees it: a refusal with a reason is
 * better than a handler working on half-decoded input.
 */

/** Field name → its values in order (a checkbox list repeats a name). No prototype, no surprises. */
export type Form = ReadonlyMap<string, readonly string[]>;

export type FormProblem = { status: 400 | 415; reason: string; message: string };
export type FormResult = { ok: true; form: Form } | { ok: false; problem: FormProblem };

export const MAX_FORM_BYTES = 256 * 1024;
// The largest console form (mailbox assignments) has one field per mailbox.
const MAX_FIELDS = 1000;
// Console field names are short identifiers; `a[]`, `a[b]` or a 10 kB name is not a console form.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

const problems = {
  too_large: [
    400,
    `The form is larger than ${MAX_FORM_BYTES / 1024} KB. Shorten the text and send it again.`,
  ],
  unsupported_type: [415, 'The console accepts only forms sent by a web browser (URL-encoded or multipart).'],
  unsupported_encoding: [
    415,
    'The console does not accept compressed request bodies. Send the form uncompressed.',
  ],
  unreadable: [400, 'The form could not be read: the request body is not valid for its content type.'],
  bad_utf8: [400, 'The form could not be read: it is not valid UTF-8 text.'],
  bad_percent: [400, 'The form could not be read: it contains an invalid percent-encoding.'],
  nul: [400, 'The form contains a NUL character, which no console field accepts.'],
  too_many_fields: [400, `The form has more than ${MAX_FIELDS} fields.`],
  bad_field_name: [400, 'The form has a field name the console does not use.'],
} as const satisfies Record<string, readonly [400 | 415, string]>;

export type FormProblemReason = keyof typeof problems;

export function formProblem(reason: FormProblemReason): FormProblem {
  const [status, message] = problems[reason];
  return { status, reason, message };
}

const refuse = (reason: FormProblemReason): FormResult => ({ ok: false, problem: formProblem(reason) });

export async function parseForm(
  contentType: string | undefined,
  contentEncoding: string | undefined,
  body: ArrayBuffer,
): Promise<FormResult> {
  if (contentEncoding && contentEncoding.trim().toLowerCase() !== 'identity')
    return refuse('unsupported_encoding');
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  let entries: [string, string][];
  if (mediaType === 'application/x-www-form-urlencoded') {
    const decoded = decodeUrlEncoded(body);
    if (typeof decoded === 'string') return refuse(decoded);
    entries = decoded;
  } else if (mediaType === 'multipart/form-data') {
    try {
      const data = await new Response(body, { headers: { 'content-type': contentType! } }).formData();
      // No console form uploads files; a file part is ignored, not an error.
      entries = [...data].filter((e): e is [string, string] => typeof e[1] === 'string');
      // The multipart parser turns bytes that are not UTF-8 into U+FFFD instead of failing.
      if (entries.some(([k, v]) => k.includes('\uFFFD') || v.includes('\uFFFD'))) return refuse('bad_utf8');
    } catch {
      return refuse('unreadable');
    }
  } else return refuse('unsupported_type');
  return collect(entries);
}

function collect(entries: [string, string][]): FormResult {
  if (entries.length > MAX_FIELDS) return refuse('too_many_fields');
  const form = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (!FIELD_NAME.test(name)) return refuse('bad_field_name');
    if (value.includes('\0')) return refuse('nul');
    const list = form.get(name);
    if (list) list.push(value);
    else form.set(name, [value]);
  }
  return { ok: true, form };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Stricter than URLSearchParams, which passes `%zz` through and turns broken UTF-8 into U+FFFD:
 * a browser never sends either, so they mean a forged or damaged request.
 */
function decodeUrlEncoded(body: ArrayBuffer): [string, string][] | FormProblemReason {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return 'bad_utf8';
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return 'bad_percent';
  const entries: [string, string][] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [name, value] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    try {
      entries.push([decodeComponent(name), decodeComponent(value)]);
    } catch {
      // decodeURIComponent throws only on percent-escapes that are not UTF-8.
      return 'bad_utf8';
    }
    if (entries.length > MAX_FIELDS) return 'too_many_fields';
  }
  return entries;
}

function decodeComponent(s: string): string {
  return decodeURIComponent(s.replaceAll('+', ' '));
}
