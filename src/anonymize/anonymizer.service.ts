import type { Config } from '../config/config.js';
import { loadSettings } from '../settings/settings.usecases.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import type { ModelRecognizer } from './anonymize.types.js';
import { type AnonymizeResult, anonymizeWithModels, type Thread } from './anonymize.usecases.js';
import { createDetector, type Detector } from './detect.js';
import { modelRecognizers } from './recognizers/model-registry.js';
import { loadRecognizers } from './recognizers/registry.js';

/**
 * The anonymizer as the learn and draft jobs use it: one detector with the model recognizers
 * (loaded once at start) and the allow and deny lists an admin keeps on the console's Settings
 * page. The lists are read per call and the detector rebuilt only when they changed, so a name
 * added to the deny list from the review queue applies to the next job without a restart.
 */
export interface AnonymizerService {
  anonymize(thread: Thread): Promise<AnonymizeResult>;
  load(): Promise<void>;
  dispose(): Promise<void>;
}

export function createAnonymizerService(args: {
  db: Db;
  config: Pick<Config, 'modelsDir' | 'nerModel' | 'nerEngine'>;
  logger: Logger;
  /** Tests pass their own (or none); the default comes from config. */
  models?: readonly ModelRecognizer[];
}): AnonymizerService {
  const models = args.models ?? modelRecognizers(args.config);
  let cached: { key: string; detector: Detector } | undefined;

  function detector(): Detector {
    const lists = loadSettings({ db: args.db }).lists as { allow: string[]; deny: string[] };
    const key = JSON.stringify(lists);
    if (cached?.key !== key) cached = { key, detector: createDetector({ lists, models }) };
    return cached.detector;
  }

  return {
    anonymize: (thread) => anonymizeWithModels(thread, { detector: detector() }),
    async load() {
      loadRecognizers();
      // Each model recognizer turns itself off with a visible reason when its files are missing.
      await Promise.all(models.map((m) => m.load()));
      const running: string[] = [];
      for (const m of models) {
        const status = m.status?.();
        if (status?.state === 'disabled')
          args.logger.warn({ model: m.name, code: status.error.code }, `anonymizer: ${status.error.message}`);
        else running.push(m.name);
      }
      // Only the models that actually run: an empty list means the rules and lexicons alone.
      args.logger.info({ models: running }, 'anonymizer ready');
    },
    async dispose() {
      await Promise.all(models.map((m) => m.dispose()));
    },
  };
}
