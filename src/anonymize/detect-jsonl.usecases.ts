import { type DetectInput, type Lang, languages, type Participant } from './anonymize.types.js';
import type { Detector } from './detect.js';
import { parseAddressList } from './participants.models.js';

/**
 * The `veildraft detect --jsonl` contract, independent of stdin/stdout:
 * each input line `{"id", "text", "lang"?, "from"?, "to"?, "cc"?}` yields one output line
 * `{"id", "spans": [{"start", "end", "type", "score"}]}` in input order. A line that cannot be
 * read or processed yields `{"id", "error"}` (id null when unreadable) and one message for the
 * operator; the stream goes on. Lines are processed in small batches so model recognizers
 * can batch, while memory stays bounded however long the input is.
 */
export interface JsonlStats {
  lines: number;
  failed: number;
}

interface Parsed {
  id: unknown;
  input?: DetectInput;
  error?: string;
}

const langSet = new Set<string>(languages);
/** Larger texts are refused per line: a mail body beyond this is an attachment dump. */
const maxTextChars = 2_000_000;

export function parseDetectLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'input.bad_json: the line is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'input.bad_line: expected a JSON object' };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
  if (id === null) return { id: null, error: 'input.missing_id: "id" must be a string or number' };
  if (typeof o.text !== 'string') return { id, error: 'input.missing_text: "text" must be a string' };
  if (o.text.length > maxTextChars)
    return { id, error: `input.too_large: text over ${maxTextChars} characters` };
  for (const k of ['from', 'to', 'cc', 'lang'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') {
      return { id, error: `input.bad_field: "${k}" must be a string` };
    }
  }
  const participants: Participant[] = [
    ...parseAddressList(o.from as string | undefined, 'from'),
    ...parseAddressList(o.to as string | undefined, 'to'),
    ...parseAddressList(o.cc as string | undefined, 'cc'),
  ];
  const lang = typeof o.lang === 'string' && langSet.has(o.lang) ? (o.lang as Lang) : undefined;
  return { id, input: { text: o.text, participants, ...(lang ? { lang } : {}) } };
}

function describe(e: unknown): string {
  const code =
    e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : 'detect.failed';
  return `${code}: ${e instanceof Error ? e.message : String(e)}`;
}

export async function detectJsonl(
  lines: AsyncIterable<string>,
  detector: Detector,
  write: (line: string) => Promise<void> | void,
  warn: (message: string) => void,
  batchSize = 32,
): Promise<JsonlStats> {
  const stats: JsonlStats = { lines: 0, failed: 0 };
  let batch: Parsed[] = [];

  const fail = async (p: Parsed, error: string) => {
    stats.failed++;
    warn(`line ${stats.lines - batch.length + batch.indexOf(p) + 1} (id ${JSON.stringify(p.id)}): ${error}`);
    await write(JSON.stringify({ id: p.id, error }));
  };

  const flush = async () => {
    const ok = batch.filter((p) => p.input);
    let results: unknown[] | undefined;
    try {
      results = await detector.detectMany(ok.map((p) => p.input!));
    } catch {
      // One bad text must not fail its neighbours: redo the batch one by one to find it.
      results = [];
      for (const p of ok) {
        try {
          results.push((await detector.detectMany([p.input!]))[0]);
        } catch (e) {
          results.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
    }
    let k = 0;
    for (const p of batch) {
      if (!p.input) {
        await fail(p, p.error!);
        continue;
      }
      const r = results[k++];
      if (r instanceof Error) {
        await fail(p, describe(r));
        continue;
      }
      const spans = (r as { start: number; end: number; type: string; score: number }[]).map((s) => ({
        start: s.start,
        end: s.end,
        type: s.type,
        score: Math.round(s.score * 1000) / 1000,
      }));
      await write(JSON.stringify({ id: p.id, spans }));
    }
    batch = [];
  };

  for await (const line of lines) {
    if (!line.trim()) continue;
    stats.lines++;
    batch.push(parseDetectLine(line));
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return stats;
}
