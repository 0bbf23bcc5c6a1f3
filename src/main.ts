#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

// Every file this process creates (database, WAL, key files, backups) is private to its user.
process.umask(0o077);

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
