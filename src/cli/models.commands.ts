import { Option } from 'commander';
import { action, type CliRun } from './cli-action.js';

/** `veildraft models fetch` (see models.actions.ts). */
export function registerModelsCommands(run: CliRun): void {
  const models = run.program.command('models').description('install the language and embedding models');
  models
    .command('fetch')
    .description('install the pinned models into the models folder, each file checked against its sha256')
    .addOption(
      new Option('--only <feature>', 'only this model (default: llm and embedding)').choices([
        'llm',
        'embedding',
        'ner',
      ]),
    )
    .option(
      '--from-dir <dir>',
      'copy the files from a folder (<dir>/<repository>/<path>) instead of downloading',
    )
    .option('--models-dir <dir>', 'models folder (default: VEILDRAFT_MODELS_DIR)')
    .option('--hub-url <url>', 'model hub or mirror to download from', 'https://huggingface.co')
    .option('--pins <file>', 'pin file (default: models/pins.json of this release)')
    .action(action(run, async () => (await import('./models.actions.js')).modelsFetchCommand));
}
