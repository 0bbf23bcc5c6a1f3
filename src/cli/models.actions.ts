import path from 'node:path';
import type { FetchableFeature } from '../model-files/model-fetch.usecases.js';
import { type FetchedFile, fetchModels } from '../model-files/model-fetch.usecases.js';
import { defaultPinsFile, readPins } from '../model-files/model-pins.js';
import type { TransferProgress } from '../model-files/model-transfer.js';
import type { CliIo } from './cli-action.js';

/**
 * `veildraft models fetch`: installs the models pinned in models/pins.json under the names the
 * configuration expects (VEILDRAFT_LLM_MODEL, VEILDRAFT_EMBEDDING_MODEL, VEILDRAFT_NER_MODEL), so
 * the next start picks them up. Progress goes to stderr, the result to stdout.
 */
export interface ModelsFetchOptions {
  only?: FetchableFeature;
  fromDir?: string;
  modelsDir?: string;
  hubUrl: string;
  pins?: string;
}

export async function modelsFetchCommand(io: CliIo, opts: ModelsFetchOptions): Promise<number> {
  const config = io.config();
  const pinsFile = path.resolve(opts.pins ?? defaultPinsFile);
  const modelsDir = path.resolve(opts.modelsDir ?? config.modelsDir);
  const fetched = await fetchModels({
    pins: readPins(pinsFile),
    pinsFile,
    features: opts.only ? [opts.only] : ['llm', 'embedding'],
    modelsDir,
    names: {
      llm: config.llmModel,
      embedding: config.embeddingModel || 'embedding',
      ner: config.nerModel || 'ner',
    },
    from: opts.fromDir ? { dir: path.resolve(opts.fromDir) } : { hub: opts.hubUrl },
    onProgress: progressReporter(io.stderr),
  });
  io.stdout.write(summary(fetched, modelsDir, config.embeddingModel));
  return 0;
}

function summary(fetched: FetchedFile[], modelsDir: string, embeddingModel: string): string {
  const lines = fetched.map(
    (f) =>
      `${f.outcome === 'installed' ? 'installed' : 'already present'}  ${f.feature}  ${path.join(modelsDir, f.path)}`,
  );
  lines.push(`Listed in ${path.join(modelsDir, 'manifest.json')}. Restart the appliance to use them.`);
  if (fetched.some((f) => f.feature === 'embedding') && !embeddingModel)
    lines.push('VEILDRAFT_EMBEDDING_MODEL is empty: set it to "embedding" to use the embedding model.');
  if (fetched.some((f) => f.feature === 'ner'))
    lines.push('Set VEILDRAFT_NER_ENGINE=transformer to use the NER model instead of the shipped tagger.');
  return `${lines.join('\n')}\n`;
}

/** One line per file at most every second, and one when it is complete: bytes, percent, rate. */
function progressReporter(stderr: NodeJS.WritableStream) {
  let current: { label: string; started: number; startBytes: number; lastLine: number } | undefined;
  return (p: TransferProgress) => {
    const now = performance.now();
    if (current?.label !== p.label)
      current = { label: p.label, started: now, startBytes: p.bytes, lastLine: 0 };
    if (!p.done && now - current.lastLine < 1000) return;
    current.lastLine = now;
    const seconds = Math.max((now - current.started) / 1000, 0.001);
    const rate = (p.bytes - current.startBytes) / seconds;
    const percent = p.total ? ` (${Math.floor((100 * p.bytes) / p.total)}%)` : '';
    const of = p.total ? ` of ${megabytes(p.total)}` : '';
    stderr.write(
      `${p.label}: ${megabytes(p.bytes)}${of}${percent}, ${megabytes(rate)}/s${p.done ? ', done' : ''}\n`,
    );
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
