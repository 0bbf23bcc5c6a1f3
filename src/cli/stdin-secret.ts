import { cliErrors } from './cli.errors.js';
import type { CliIo } from './cli-action.js';

/**
 * A password from stdin only, never from argv (visible in `ps` and shell history). `example`
 * is the command line the error shows when stdin is a terminal.
 */
export async function readPasswordFromStdin(io: CliIo, example: string): Promise<string> {
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw cliErrors.passwordStdin(`Pipe the password on stdin, e.g. \`printf %s "$PASS" | ${example}\`.`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw cliErrors.passwordStdin('No password was given on stdin.');
  return password;
}
