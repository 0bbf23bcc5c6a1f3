import type { DetectInput, Span } from './anonymize.types.js';
import { createDetector, type Detector } from './detect.js';
import { applyPlaceholders, type PlaceholderOptions, type PlaceholderResult } from './placeholders.models.js';
import {
  conversationRisk,
  defaultReviewThreshold,
  lowercaseVocabulary,
  type Risk,
  residualRisk,
} from './risk.models.js';

/**
 * anonymize(thread): detect in every message (each with the rest of the thread as context),
 * replace with per-thread consistent placeholders, and score what is left. The returned map
 * (placeholder → value) is for in-memory use only: callers must not persist it.
 */
export interface AnonymizeOptions extends PlaceholderOptions {
  /** Built once by the caller and reused; a default detector (no lists, no models) otherwise. */
  detector?: Detector;
  /** Conversation risk at or above this goes to review. */
  reviewThreshold?: number;
}

export interface Thread {
  messages: DetectInput[];
}

export interface AnonymizeResult extends PlaceholderResult {
  risk: { messages: Risk[]; conversation: Risk; needsReview: boolean };
}

let defaultDetector: Detector | undefined;

function detectorOf(options: AnonymizeOptions): Detector {
  if (options.detector) return options.detector;
  defaultDetector ??= createDetector();
  return defaultDetector;
}

function withThreadContext(thread: Thread): DetectInput[] {
  const texts = thread.messages.map((m) => m.text);
  return thread.messages.map((m, i) => ({ ...m, thread: m.thread ?? texts.filter((_, j) => j !== i) }));
}

function finish(
  detector: Detector,
  inputs: DetectInput[],
  spans: Span[][],
  options: AnonymizeOptions,
): AnonymizeResult {
  const result = applyPlaceholders(
    inputs.map((m) => m.text),
    spans,
    options,
  );
  const vocabulary = lowercaseVocabulary(result.messages);
  const messages = result.messages.map((text, i) =>
    residualRisk(text, {
      vocabulary,
      lang: detector.context(inputs[i]!).lang,
      allow: detector.lists.allow,
      flagged: result.flags.filter((f) => f.message === i).length,
    }),
  );
  const conversation = conversationRisk(messages);
  const needsReview = conversation.score >= (options.reviewThreshold ?? defaultReviewThreshold);
  return { ...result, risk: { messages, conversation, needsReview } };
}

export function anonymize(thread: Thread, options: AnonymizeOptions = {}): AnonymizeResult {
  const detector = detectorOf(options);
  const inputs = withThreadContext(thread);
  return finish(
    detector,
    inputs,
    inputs.map((input) => detector.detect(input)),
    options,
  );
}

/** The same with the detector's model recognizers (transformer NER), batched over the thread. */
export async function anonymizeWithModels(
  thread: Thread,
  options: AnonymizeOptions = {},
): Promise<AnonymizeResult> {
  const detector = detectorOf(options);
  const inputs = withThreadContext(thread);
  return finish(detector, inputs, await detector.detectMany(inputs), options);
}
