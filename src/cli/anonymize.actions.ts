import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type AddressObject, simpleParser } from 'mailparser';
import { anonymizeErrors } from '../anonymize/anonymize.errors.js';
import type { DetectInput, ModelRecognizer, Participant, SpecialType } from '../anonymize/anonymize.types.js';
import { specialTypes } from '../anonymize/anonymize.types.js';
import { anonymizeWithModels } from '../anonymize/anonymize.usecases.js';
import { createDetector, type Detector } from '../anonymize/detect.js';
import { detectJsonl } from '../anonymize/detect-jsonl.usecases.js';
import { parseAddressList } from '../anonymize/participants.models.js';
import type { SpecialPolicy } from '../anonymize/placeholders.models.js';
import { createTaggerRecognizer } from '../anonymize/recognizers/tagger-ner.js';
import { createSpecialTaggerRecognizer } from '../anonymize/recognizers/tagger-special.js';
import type { CliIo } from './cli-action.js';

/**
 * What `veildraft detect --jsonl` and `veildraft anonymize [--eml]` do (their options are in
 * anonymize.commands.ts, which imports this file only when one of them runs: the anonymizer's
 * recognizers, name lists and lexicons take seconds to load, which no other command should pay).
 * Neither opens the database nor needs the master key; the detector is built once per process,
 * whatever the number of lines.
 */

/** An .eml beyond this is refused: mailparser holds it in memory several times over. */
const maxInputBytes = 25 * 1024 * 1024;

export interface ListOptions {
  allow?: string;
  deny?: string;
  ner?: string;
  /** --no-tagger sets this false: rules only. */
  tagger?: boolean;
  modelsDir?: string;
}

function readTerms(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch (e) {
    throw anonymizeErrors.termsUnreadable(file, { cause: e });
  }
}

/**
 * The detector for this process: the rules plus the NER tagger shipped in the models folder, or,
 * with --ner, a transformer NER model from that folder instead (imported only then: loading
 * onnxruntime costs a second); --no-tagger runs the rules alone for names. The special-category
 * tagger always runs. A missing or corrupt model disables that model with a message, and the
 * rules go on.
 */
async function detectorFor(io: CliIo, options: ListOptions): Promise<Detector> {
  const models: ModelRecognizer[] = [];
  const modelsDir = options.modelsDir ?? 'models';
  if (options.ner) {
    const { createNerRecognizer } = await import('../anonymize/recognizers/ner.js');
    models.push(createNerRecognizer({ modelsDir, model: options.ner }));
  } else if (options.tagger !== false) {
    models.push(createTaggerRecognizer());
  }
  models.push(createSpecialTaggerRecognizer());
  const detector = createDetector({
    lists: { allow: readTerms(options.allow), deny: readTerms(options.deny) },
    models,
  });
  await detector.load();
  for (const m of models) {
    const status = m.status?.();
    if (status?.state === 'disabled')
      io.stderr.write(`${m.name} disabled [${status.error.code}]: ${status.error.message}\n`);
  }
  return detector;
}

/**
 * Writes lines to stdout. A reader that stops early (`| head`) closes the pipe: that ends the
 * command quietly, not with a crash: `onClosed` stops the input, and lines still coming are dropped.
 */
function lineWriter(io: CliIo, onClosed: () => void = () => {}): (line: string) => Promise<void> {
  let closed = false;
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
    onClosed();
  });
  return async (line) => {
    if (closed || io.stdout.write(`${line}\n`)) return;
    await once(io.stdout, 'drain').catch((e) => {
      if (!closed) throw e;
    });
  };
}

async function readStdin(io: CliIo): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxInputBytes) {
      throw anonymizeErrors.inputTooLarge(maxInputBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function participantsOf(
  list: AddressObject | AddressObject[] | undefined,
  role: Participant['role'],
): Participant[] {
  const objects = Array.isArray(list) ? list : list ? [list] : [];
  return objects.flatMap((o) =>
    o.value.flatMap((a) => [
      ...(a.name || a.address
        ? [{ role, ...(a.name ? { name: a.name } : {}), ...(a.address ? { address: a.address } : {}) }]
        : []),
      // Group members ("Team: a@x, b@y;") carry their own names.
      ...(a.group ?? []).flatMap((g) => parseAddressList(`${g.name ?? ''} <${g.address ?? ''}>`, role)),
    ]),
  );
}

async function emlThread(raw: Buffer): Promise<{ messages: DetectInput[]; subject: boolean }> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const participants = [
    ...participantsOf(mail.from, 'from'),
    ...participantsOf(mail.to, 'to'),
    ...participantsOf(mail.cc, 'cc'),
    ...participantsOf(mail.replyTo, 'reply_to'),
  ];
  const body = mail.text ?? '';
  const messages: DetectInput[] = [{ text: body, participants }];
  if (mail.subject) messages.unshift({ text: mail.subject, participants });
  return { messages, subject: Boolean(mail.subject) };
}

export async function detectCommand(io: CliIo, options: ListOptions): Promise<number> {
  const detector = await detectorFor(io, options);
  try {
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    const write = lineWriter(io, () => lines.close());
    const stats = await detectJsonl(lines, detector, write, (m) => io.stderr.write(`${m}\n`));
    if (stats.failed) io.stderr.write(`${stats.failed} of ${stats.lines} lines failed\n`);
  } finally {
    await detector.dispose();
  }
  return 0;
}

export async function anonymizeCommand(
  io: CliIo,
  options: ListOptions & { eml?: boolean; report?: boolean; special: string },
): Promise<number> {
  const policy = options.special as SpecialPolicy;
  if (!['phrase', 'sentence', 'flag'].includes(policy)) {
    throw anonymizeErrors.badPolicy();
  }
  const raw = await readStdin(io);
  const thread = options.eml
    ? await emlThread(raw)
    : { messages: [{ text: raw.toString('utf8') }], subject: false };
  const detector = await detectorFor(io, options);
  const special = Object.fromEntries(specialTypes.map((t) => [t, policy])) as Record<
    SpecialType,
    SpecialPolicy
  >;
  const result = await anonymizeWithModels({ messages: thread.messages }, { detector, special }).finally(() =>
    detector.dispose(),
  );
  const [first, ...rest] = result.messages;
  const text = thread.subject ? `Subject: ${first}\n\n${rest.join('\n')}` : (first ?? '');
  await lineWriter(io)(text.replace(/\n$/, ''));
  if (options.report) {
    const { conversation, needsReview } = result.risk;
    io.stderr.write(
      `${JSON.stringify({ risk: Math.round(conversation.score * 1000) / 1000, needsReview, flagged: result.flags.length, reasons: conversation.reasons.map((r) => ({ kind: r.kind, count: r.count })) })}\n`,
    );
  }
  return 0;
}
