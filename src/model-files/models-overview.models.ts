import type { Config } from '../config/config.js';
import type { BenchReport } from '../draft/llm/llm-bench.models.js';
import { type BenchSummary, benchSummary } from '../draft/llm/llm-bench-summary.models.js';
import type { ModelFileStatus } from './model-files.manifest.js';

/**
 * What the first-run wizard's Models step and Settings show: per model, installed or not, and
 * for what is missing the exact `veildraft models fetch` command that installs it (from the hub,
 * or from a copied folder on an air-gapped appliance). Pure: the manifest check and the stored
 * bench report are read by the caller.
 */
export type ModelConfig = Pick<
  Config,
  'llmBackend' | 'llmModel' | 'llmUrl' | 'llmThreads' | 'embeddingModel' | 'nerEngine' | 'nerModel'
>;

export type ModelState = 'installed' | 'missing' | 'corrupt' | 'shipped' | 'not_needed';

export interface ModelLine {
  feature: 'llm' | 'embedding' | 'ner';
  name: string;
  state: ModelState;
  /** Where it is or should be, or why it is not needed. */
  detail: string;
}

export interface ModelsOverview {
  lines: ModelLine[];
  /** `models fetch` options for what is missing (empty when nothing is): `[]` = the default set. */
  fetch: { online: string; fromDir: string } | null;
  /** The stored bench-llm result in words, when a local model is installed. */
  bench: { state: 'measured'; summary: BenchSummary; measuredAt: string } | { state: 'not_measured' } | null;
}

/** The CLI as the README documents it; in Docker the same arguments follow `node dist/src/main.js`. */
export const cliPrefix = 'npx veildraft';

/** One model folder (transformers.js layout) from its manifest entries: present only if every listed file is ok. */
function folderState(statuses: ModelFileStatus[], feature: string, folder: string): ModelState {
  const files = statuses.filter((s) => s.feature === feature && s.path.startsWith(`${folder}/`));
  if (files.length === 0 || files.some((f) => f.status === 'missing')) return 'missing';
  return files.some((f) => f.status === 'corrupt') ? 'corrupt' : 'installed';
}

function llmLine(statuses: ModelFileStatus[], c: ModelConfig): ModelLine {
  const name = 'Language model (drafting)';
  if (c.llmBackend === 'none')
    return {
      feature: 'llm',
      name,
      state: 'not_needed',
      detail: 'Drafting is off (VEILDRAFT_LLM_BACKEND=none).',
    };
  if (c.llmBackend === 'openai')
    return {
      feature: 'llm',
      name,
      state: 'not_needed',
      detail: `Served by the inference server at ${c.llmUrl ?? '(VEILDRAFT_LLM_URL not set)'}; no file here.`,
    };
  const file = statuses.find((s) => s.feature === 'llm' && s.path === c.llmModel);
  const state: ModelState =
    !file || file.status === 'missing' ? 'missing' : file.status === 'ok' ? 'installed' : 'corrupt';
  return { feature: 'llm', name, state, detail: `models/${c.llmModel}` };
}

function embeddingLine(statuses: ModelFileStatus[], c: ModelConfig): ModelLine {
  const name = 'Embedding model (finding similar replies)';
  if (!c.embeddingModel)
    return {
      feature: 'embedding',
      name,
      state: 'not_needed',
      detail: 'Off (VEILDRAFT_EMBEDDING_MODEL is empty): similar replies are found by keywords.',
    };
  return {
    feature: 'embedding',
    name,
    state: folderState(statuses, 'embedding', c.embeddingModel),
    detail: `models/${c.embeddingModel}/`,
  };
}

function nerLine(statuses: ModelFileStatus[], c: ModelConfig): ModelLine {
  const name = 'Name recognition (anonymizer)';
  if (c.nerEngine === 'transformer')
    return {
      feature: 'ner',
      name,
      state: folderState(statuses, 'ner', c.nerModel),
      detail: `models/${c.nerModel}/`,
    };
  // The special-category tagger runs whatever the NER choice; both taggers ship with the appliance.
  return {
    feature: 'ner',
    name,
    state: 'shipped',
    detail:
      c.nerEngine === 'off'
        ? 'Statistical NER off (VEILDRAFT_NER_ENGINE=off); the shipped special-category tagger and the rules run.'
        : 'The taggers shipped with the appliance (names, organisations, places; special categories).',
  };
}

export function modelsOverview(
  statuses: ModelFileStatus[],
  config: ModelConfig,
  bench: BenchReport | null,
): ModelsOverview {
  const lines = [llmLine(statuses, config), embeddingLine(statuses, config), nerLine(statuses, config)];
  const lacking = lines.filter((l) => l.state === 'missing' || l.state === 'corrupt').map((l) => l.feature);
  // Without --only the command installs llm and embedding; ner is only ever fetched on its own.
  const defaultSet = lacking.includes('llm') && lacking.includes('embedding') && !lacking.includes('ner');
  const only = defaultSet ? [] : lacking;
  const options = only.length === 0 ? [''] : only.map((f) => ` --only ${f}`);
  const fetch =
    lacking.length === 0
      ? null
      : {
          online: options.map((o) => `${cliPrefix} models fetch${o}`).join('\n'),
          fromDir: options
            .map((o) => `${cliPrefix} models fetch${o} --from-dir /path/to/copied-models`)
            .join('\n'),
        };
  const llm = lines[0]!;
  return {
    lines,
    fetch,
    bench:
      llm.state !== 'installed'
        ? null
        : bench
          ? { state: 'measured', summary: benchSummary(bench, config), measuredAt: bench.measuredAt }
          : { state: 'not_measured' },
  };
}
