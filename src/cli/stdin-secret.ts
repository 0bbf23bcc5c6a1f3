import { cliErrors } from './cli.errors.js';
import type { CliIo } from './cli-action.js';

/**
 * A password or other secret from stdin only, never from argv (visible in `ps` and shell
 * history). `example` is the command line the error shows when stdin is a terminal.
 */
export async function readPasswordFromStdin(io: CliIo, example: string, what = 'password'): Promise<string> {
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw cliErrors.passwordStdin(`Pipe the ${what} on stdin, e.g. \`printf %s "$SECRET" | ${example}\`.`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(chunk as Buffer);
  const secret = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!secret) throw cliErrors.passwordStdin(`No ${what} was given on stdin.`);
  return secret;
}
