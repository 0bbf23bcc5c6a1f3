import { describe, expect, it } from 'vitest';
import { version } from '../../src/cli/version.js';
import { runCli } from '../support/cli.js';

describe('the command line in-process', () => {
  it('prints the version and the help on the given streams with exit code 0', async () => {
    const v = await runCli(['--version'], { env: {} });
    expect(v).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runCli(['--help'], { env: {} });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: veildraft \[options\] \[command\]/);
    expect(help.stdout).toContain('jobs ');
    expect(help.stdout).toContain('bench-llm [options]');
  });

  it('a usage error returns 1 with commander text; the process exit code is not touched', async () => {
    const before = process.exitCode;
    const r = await runCli(['no-such-command'], { env: {} });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown command 'no-such-command'");
    expect(process.exitCode).toBe(before);
  });

  it('reads the configuration from the env it is given, not from this process', async () => {
    const r = await runCli(['jobs', 'retry', '--all-dead'], { env: { VEILDRAFT_PORT: 'abc' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [config.invalid]');
    expect(r.stderr).toContain('VEILDRAFT_PORT = "abc"');
  });
});
