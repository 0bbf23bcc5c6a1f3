import { availableParallelism } from 'node:os';
import { action, type CliRun } from './cli-action.js';

/** `veildraft bench-llm` (see llm.actions.ts for what it measures and stores). */
export function registerLlmCommands(run: CliRun): void {
  run.program
    .command('bench-llm')
    .description('measure the local model per thread count and recommend threads and a model size')
    .option('--max-threads <n>', 'measure 1..n threads', String(availableParallelism()))
    .option('--prompt-tokens <n>', 'prompt tokens of a typical draft', '1500')
    .option('--reply-tokens <n>', 'reply tokens of a typical draft', '300')
    .option('--runs <n>', 'runs per thread count (the median is reported)', '3')
    .option('--max-seconds <n>', 'cut each prefill or decode phase after n seconds (rates stay exact)', '3')
    .option('--json', 'print the result as JSON')
    .option('--no-save', 'do not store the result for the console')
    .action(action(run, async () => (await import('./llm.actions.js')).benchLlmCommand));
}
