import { action, type CliRun } from './cli-action.js';

/** Response-time figures per mailbox, for scripts and monitoring (team mode: no per-agent figures). */
export function registerAnalyticsCommands(run: CliRun): void {
  run.program
    .command('analytics')
    .description(
      'per mailbox: segments, first-reply median/P90/mean with n (elapsed and business), SLA %, unanswered now, draft value',
    )
    .option('--json', 'print JSON instead of a table')
    .option('--mailbox <name>', 'one mailbox (default: all)')
    .option(
      '--from <date>',
      'first day YYYY-MM-DD in the business-hours time zone (default: 29 days before --to)',
    )
    .option('--to <date>', 'last day YYYY-MM-DD, included (default: today)')
    .option(
      '--sla-hours <hours>',
      "SLA target: first reply within this many business hours (default: each mailbox's, else 8)",
    )
    .option(
      '--idle-days <days>',
      'a thread idle this long starts a new segment (default 7; another value computes from the messages)',
    )
    .option(
      '--holidays <code>',
      "public holidays by country or country-region (DE, DE-BY), instead of each mailbox's calendar's",
    )
    .option('--closed <dates>', "closed days, comma-separated YYYY-MM-DD, instead of each mailbox's")
    .action(action(run, async () => (await import('./analytics.actions.js')).analyticsCommand));
}
