import { action, type CliRun } from './cli-action.js';

/**
 * `veildraft detect --jsonl` and `veildraft anonymize [--eml]`: the anonymizer on its own, for
 * evaluation and for operators checking what would be stored. The work is in
 * anonymize.actions.ts, loaded only when one of these commands runs.
 */
export function registerAnonymizeCommands(run: CliRun): void {
  const { program } = run;
  program
    .command('detect')
    .description(
      'find personal data: JSON lines {id,text,lang?,from?,to?,cc?} on stdin → {id,spans} on stdout',
    )
    .requiredOption('--jsonl', 'read and write JSON lines (the only format)')
    .option('--allow <file>', 'allow-list: terms never flagged (one per line)')
    .option('--deny <file>', 'deny-list: terms always flagged, optional TYPE: prefix (one per line)')
    .option(
      '--ner <model>',
      'run the transformer NER model of this name from the models folder instead of the tagger',
    )
    .option('--no-tagger', 'rules only: do not run the NER tagger shipped in the models folder')
    .option('--models-dir <dir>', 'the models folder', 'models')
    .action(action(run, async () => (await import('./anonymize.actions.js')).detectCommand));

  program
    .command('anonymize')
    .description('anonymize text (or an .eml with --eml) from stdin and write the anonymized text')
    .option('--eml', 'stdin is a MIME message; its headers name the participants')
    .option('--allow <file>', 'allow-list: terms never flagged (one per line)')
    .option('--deny <file>', 'deny-list: terms always flagged, optional TYPE: prefix (one per line)')
    .option('--report', 'print the residual-risk score and reasons on stderr')
    .option(
      '--special <policy>',
      'special categories: phrase ([HEALTH]), sentence, or flag (leave, report)',
      'phrase',
    )
    .option(
      '--ner <model>',
      'run the transformer NER model of this name from the models folder instead of the tagger',
    )
    .option('--no-tagger', 'rules only: do not run the NER tagger shipped in the models folder')
    .option('--models-dir <dir>', 'the models folder', 'models')
    .action(action(run, async () => (await import('./anonymize.actions.js')).anonymizeCommand));
}
