import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLlamaBackend } from '../../src/draft/llm/llama.backend.js';
import type { GenerateResult, LlmBackend } from '../../src/draft/llm/llm.types.js';
import { buildPrompt, DEFAULT_BUDGET_TOKENS } from '../../src/draft/prompt.models.js';
import { recordManifestFiles, sha256File } from '../../src/model-files/model-files.manifest.js';
import { errorCode } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { median, round } from './stats.js';

/**
 * Prefill per draft with and without prefix reuse (VEILDRAFT_LLM_PREFIX_SLOTS 1 and 0), through
 * the `llama` backend and the real prompt builder: drafts of one mailbox (same house style, its
 * own examples per mail), one after the other, as the draft queue runs them. Each mode first
 * drafts one mail that is not measured, so both are measured warm; medians over `drafts`.
 */
const styleNotes = [
  'Greets with "Dear [PERSON_1]," and thanks the customer for the message first.',
  'Uses short paragraphs, formal register, no exclamation marks.',
  'Signs off with "Kind regards" (the signature is added later).',
  'Gives a concrete next step and a time frame when the examples show one.',
];

const mails = [
  ['invoice', 'my invoice for last month shows the wrong amount; I was charged for two licences'],
  ['address', 'I moved last week and need to change the postal address on my contract'],
  ['payment', 'the monthly payment was taken twice from my account this month'],
  ['password', 'I cannot log in to the customer portal any more, the reset link does not arrive'],
  ['contract', 'I would like to cancel my contract at the end of the year, what do I need to send'],
] as const;

function mailText(i: number): {
  subject: string;
  text: string;
  examples: { customer: string; reply: string }[];
} {
  const [subject, question] = mails[i % mails.length]!;
  const text = `Hello,\n\n${question}. I already wrote about this on Monday but did not get an answer. Could you please look into it and tell me what happens next? My customer number is in the letter you sent me.\n\nBest regards,\n[PERSON_1]`;
  const examples = [1, 2].map((k) => {
    const [topic, other] = mails[(i + k) % mails.length]!;
    return {
      customer: `Good morning, ${other}. Thank you. [PERSON_1]`,
      reply: `Dear [PERSON_1],\n\nthank you for your message about the ${topic}. We have checked your account and corrected it; you will receive a confirmation by post within five working days.\n\nKind regards`,
    };
  });
  return { subject: `Question about my ${subject}`, text, examples };
}

function request(i: number, budgetTokens: number) {
  const m = mailText(i);
  const prompt = buildPrompt({
    customer: { text: m.text, subject: m.subject, lang: 'en' },
    thread: [],
    examples: m.examples,
    styleNotes,
    placeholders: ['[PERSON_1]'],
    budgetTokens,
  });
  return { messages: prompt.messages, maxTokens: 16, temperature: 0, seed: 7 };
}

export interface PrefixModeFigures {
  promptTokens: number;
  prefillTokens: number;
  prefillMs: number;
}

/** Whole-prompt tokens, prefilled tokens and prefill time per draft (medians). */
async function measure(
  llm: LlmBackend,
  drafts: number,
  budget: number,
): Promise<{ figures: PrefixModeFigures; texts: string[] }> {
  await llm.generate(request(drafts, budget)); // warm-up, a mail not measured
  const results: GenerateResult[] = [];
  for (let i = 0; i < drafts; i++) results.push(await llm.generate(request(i, budget)));
  return {
    figures: {
      promptTokens: median(results.map((r) => r.promptTokens)),
      prefillTokens: median(results.map((r) => r.prefillTokens)),
      prefillMs: round(median(results.map((r) => r.prefillMs))),
    },
    texts: results.map((r) => r.text),
  };
}

export async function benchPrefixReuse(modelFile: string, drafts: number): Promise<object> {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-prefix-'));
  const backends: LlmBackend[] = [];
  try {
    // The backend reads models only through a manifest; a link keeps a large model where it is.
    const name = path.basename(modelFile);
    symlinkSync(path.resolve(modelFile), path.join(dir, name));
    recordManifestFiles(dir, [{ feature: 'llm', path: name, sha256: await sha256File(modelFile) }]);
    const backend = async (llmPrefixSlots: number) => {
      const llm = createLlamaBackend({
        config: {
          modelsDir: dir,
          llmModel: name,
          llmThreads: 1,
          llmContextTokens: 8192,
          llmTimeoutSeconds: 600,
          llmPrefixSlots,
        },
        logger: createLogger('silent'),
      });
      backends.push(llm);
      await llm.load();
      const status = llm.status();
      if (status.state !== 'ready') throw new Error(`model not usable: ${JSON.stringify(status)}`);
      return llm;
    };
    const without = await backend(0);
    // The draft job's rule: a prompt the model's tokenizer finds too long is built smaller.
    let budget = DEFAULT_BUDGET_TOKENS;
    for (;;) {
      try {
        await without.generate(request(0, budget));
        break;
      } catch (e) {
        if (errorCode(e) !== 'llm.prompt_too_long' || budget <= 300) throw e;
        budget = Math.floor(budget * 0.8);
      }
    }
    const plain = await measure(without, drafts, budget);
    const reused = await measure(await backend(1), drafts, budget);
    const same = plain.texts.filter((t, i) => t === reused.texts[i]).length;
    return {
      model: name,
      drafts,
      promptBudgetTokens: budget,
      withoutReuse: plain.figures,
      withReuse: reused.figures,
      prefillTokensRatio: round(reused.figures.prefillTokens / plain.figures.prefillTokens, 3),
      prefillMsRatio: round(reused.figures.prefillMs / plain.figures.prefillMs, 3),
      identicalDrafts: `${same}/${drafts}`,
    };
  } finally {
    await Promise.all(backends.map((b) => b.dispose()));
    rmSync(dir, { recursive: true, force: true });
  }
}
