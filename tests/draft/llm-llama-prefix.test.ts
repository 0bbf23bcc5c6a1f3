import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTinyGguf } from '../../scripts/models/make-tiny-gguf.js';
import { createLlamaBackend } from '../../src/draft/llm/llama.backend.js';
import type { GenerateRequest, GenerateResult, LlmBackend } from '../../src/draft/llm/llm.types.js';
import { buildPrompt } from '../../src/draft/prompt.models.js';
import { recordManifestFiles, sha256File } from '../../src/model-files/model-files.manifest.js';
import { failure } from '../support/failure.js';
import { captureLogs } from '../support/logs.js';

/**
 * Prefix reuse in the `llama` backend, on a tiny model whose every token depends on the whole
 * prompt through the KV cache (the "attending" variant of the project's tiny GGUF): a cache entry
 * kept when it should not be, or at the wrong place, changes the text.
 */
const model = 'attending.gguf';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'veildraft-prefix-'));
  makeTinyGguf(path.join(dir, model), { attending: true });
  recordManifestFiles(dir, [
    { feature: 'llm', path: model, sha256: await sha256File(path.join(dir, model)) },
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: LlmBackend[] = [];
afterAll(async () => {
  await Promise.all(backends.map((b) => b.dispose()));
});

async function backend(prefixSlots: number): Promise<LlmBackend> {
  const llm = createLlamaBackend({
    config: {
      modelsDir: dir,
      llmModel: model,
      llmThreads: 1,
      llmContextTokens: 4096,
      llmTimeoutSeconds: 60,
      llmPrefixSlots: prefixSlots,
    },
    logger: captureLogs().logger,
  });
  backends.push(llm);
  await llm.load();
  expect(llm.status().state).toBe('ready');
  return llm;
}

/** A draft prompt as the draft job builds it: the mailbox's house style, examples, the mail. */
function draftRequest(
  mailbox: 'a' | 'b',
  mail: string,
  over: Partial<GenerateRequest> = {},
): GenerateRequest {
  const prompt = buildPrompt({
    customer: { text: mail, subject: 'Question', lang: 'en' },
    thread: [],
    examples: [{ customer: `About ${mail.slice(0, 20)}`, reply: 'Dear [PERSON_1], we checked it.' }],
    styleNotes:
      mailbox === 'a'
        ? ['Greets with "Dear", signs off with "Kind regards".']
        : ['Greets with "Hello", short sentences, signs off with "Best".'],
    placeholders: ['[PERSON_1]'],
  });
  return { messages: prompt.messages, maxTokens: 24, temperature: 0, seed: 7, ...over };
}

const mails = [
  ['a', 'My invoice for March shows the wrong amount. [PERSON_1]'],
  ['a', 'I moved and need to change my postal address.'],
  ['b', 'The parcel never arrived, can you send it again?'],
  ['a', 'Please cancel my contract at the end of the year.'],
  ['b', 'My payment was taken twice from my account.'],
] as const;

async function run(llm: LlmBackend, over: Partial<GenerateRequest> = {}): Promise<GenerateResult[]> {
  const out: GenerateResult[] = [];
  for (const [mailbox, mail] of mails) out.push(await llm.generate(draftRequest(mailbox, mail, over)));
  return out;
}

describe('prefix reuse in the llama backend', () => {
  it('writes the same drafts with and without reuse, greedy and sampled with a seed', async () => {
    const without = await backend(0);
    const withReuse = await backend(1);
    for (const over of [{}, { temperature: 0.3, seed: 7 }]) {
      const plain = await run(without, over);
      const reused = await run(withReuse, over);
      expect(reused.map((r) => r.text)).toEqual(plain.map((r) => r.text));
      // The comparison can fail: this model's text depends on the mail (different mails,
      // different texts), and with reuse far fewer tokens were evaluated.
      expect(new Set(plain.map((r) => r.text)).size).toBe(mails.length);
      expect(plain.every((r) => r.prefillTokens === r.promptTokens)).toBe(true);
      expect(reused.map((r) => r.promptTokens)).toEqual(plain.map((r) => r.promptTokens));
      const sum = (rs: GenerateResult[]) => rs.reduce((n, r) => n + r.prefillTokens, 0);
      expect(sum(reused)).toBeLessThan(sum(plain) * 0.8);
    }
  });

  it("prefills only what follows the rules and the mailbox's house style on the next mail", async () => {
    const llm = await backend(1);
    const first = await llm.generate(draftRequest('a', 'My invoice for March shows the wrong amount.'));
    const next = await llm.generate(draftRequest('a', 'I moved and need to change my postal address.'));
    expect(first.prefillTokens).toBe(first.promptTokens);
    // This vocabulary spells prompts one character per token: the system message alone is
    // longer than what the second prompt prefills.
    const system = draftRequest('a', '').messages[0]!.content.length;
    expect(next.prefillTokens).toBeLessThan(next.promptTokens - system);
    // The same prompt again (the retry after a failed check): only its last token.
    expect(
      (await llm.generate(draftRequest('a', 'I moved and need to change my postal address.'))).prefillTokens,
    ).toBe(1);
  });

  it('keeps one prefix per slot: two mailboxes taking turns each reuse their own house style', async () => {
    const one = await backend(1);
    const two = await backend(2);
    const turns = async (llm: LlmBackend) => (await run(llm)).map((r) => r.prefillTokens);
    const [withOne, withTwo] = [await turns(one), await turns(two)];
    // Mails 3-5 are b, a, b. Mailbox b's first mail fills the second slot (all of it prefilled);
    // then each mailbox finds its own rules and house style evaluated, where one slot has only
    // the rules in common with the other mailbox's prompt.
    expect(withTwo[2]).toBeGreaterThan(withOne[2]!);
    expect(withTwo[3]).toBeLessThan(withOne[3]!);
    expect(withTwo[4]).toBeLessThan(withOne[4]!);
  });

  it('starts the sequence empty after an aborted generation, and the next draft is unchanged', async () => {
    const llm = await backend(1);
    const request = draftRequest('a', 'My invoice for March shows the wrong amount.');
    const expected = (await (await backend(0)).generate(request)).text;
    const stop = new AbortController();
    const aborted = llm.generate({ ...request, maxTokens: 2000, signal: stop.signal });
    setTimeout(() => stop.abort(), 5);
    expect((await failure(aborted)).code).toBe('llm.aborted');
    const after = await llm.generate(request);
    expect(after.text).toBe(expected);
    expect(after.prefillTokens).toBe(after.promptTokens);
  });
});
