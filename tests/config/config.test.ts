import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configTable } from '../../scripts/config-docs.js';
import { loadConfig } from '../../src/config/config.js';
import type { AppError } from '../../src/shared/errors.js';
import { projectRoot } from '../../src/shared/paths.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.masterKeyFile).toBe(path.resolve('./secrets/master.key'));
    expect(c.auditRetentionDays).toBeUndefined();
    expect(c.retentionPurgeHour).toBe(4);
    expect(c.allowRemoteHttp).toBe(false);
  });

  it('names the key, the problem and the expected form for a non-numeric port', () => {
    const msg = errorOf({ VEILDRAFT_PORT: 'eighty' });
    expect(msg).toContain('VEILDRAFT_PORT = "eighty"');
    expect(msg).toContain('expected an integer from 1 to 65535');
  });

  it('rejects an out-of-range port, an unknown log level and a too-short retention together', () => {
    const msg = errorOf({
      VEILDRAFT_PORT: '70000',
      VEILDRAFT_LOG_LEVEL: 'loud',
      VEILDRAFT_AUDIT_RETENTION_DAYS: '30',
    });
    expect(msg).toContain('VEILDRAFT_PORT = "70000"');
    expect(msg).toContain('VEILDRAFT_LOG_LEVEL = "loud"');
    expect(msg).toContain('expected one of fatal, error, warn, info, debug, trace, silent');
    expect(msg).toContain('VEILDRAFT_AUDIT_RETENTION_DAYS = "30"');
    expect(msg).toContain('at least 90');
  });

  it('never echoes a malformed master key', () => {
    const msg = errorOf({ VEILDRAFT_MASTER_KEY: 'not-a-key-but-a-secret-value' });
    expect(msg).toContain('VEILDRAFT_MASTER_KEY = (hidden)');
    expect(msg).toContain('64 hexadecimal characters');
    expect(msg).not.toContain('secret-value');
  });

  it('refuses a master key file inside the data folder', () => {
    const msg = errorOf({ VEILDRAFT_DATA_DIR: '/srv/vd', VEILDRAFT_MASTER_KEY_FILE: '/srv/vd/master.key' });
    expect(msg).toContain('VEILDRAFT_MASTER_KEY_FILE');
    expect(msg).toContain('must not live inside VEILDRAFT_DATA_DIR');
  });

  it('keeps VEILDRAFT_PUBLIC_URL as an origin and refuses other schemes, paths and user names', () => {
    expect(loadConfig({ VEILDRAFT_PUBLIC_URL: 'https://Veildraft.Example.org:443/' }).publicUrl).toBe(
      'https://veildraft.example.org',
    );
    expect(loadConfig({ VEILDRAFT_PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl).toBe(
      'http://10.0.0.5:8080',
    );
    for (const bad of [
      'veildraft.example.org',
      'ftp://veildraft.example.org',
      'https://x.example/console',
      'https://u:p@x.example',
    ]) {
      let error: unknown;
      try {
        loadConfig({ VEILDRAFT_PUBLIC_URL: bad });
      } catch (e) {
        error = e;
      }
      expect((error as { code?: string }).code, bad).toBe('config.invalid');
      expect((error as Error).message, bad).toContain(`VEILDRAFT_PUBLIC_URL = ${JSON.stringify(bad)}`);
    }
  });

  it('flags misspelt VEILDRAFT_ variables instead of silently ignoring them', () => {
    expect(errorOf({ VEILDRAFT_PROT: '8080' })).toContain('VEILDRAFT_PROT is not a known setting');
  });

  it('reads a JSON config file, with the environment taking precedence', () => {
    const dir = tempDir();
    const file = path.join(dir, 'veildraft.json');
    writeFileSync(file, JSON.stringify({ VEILDRAFT_PORT: 9090, VEILDRAFT_LOG_LEVEL: 'debug' }));
    const c = loadConfig({ VEILDRAFT_CONFIG_FILE: file, VEILDRAFT_LOG_LEVEL: 'warn' });
    expect(c.port).toBe(9090);
    expect(c.logLevel).toBe('warn');
    writeFileSync(file, '{ not json');
    expect(errorOf({ VEILDRAFT_CONFIG_FILE: file })).toContain('not valid JSON');
  });

  it('stops the CLI with exit code 1 and a readable message, without a stack trace', async () => {
    const r = await runCli(['start'], { env: { VEILDRAFT_PORT: 'abc' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [config.invalid]');
    expect(r.stderr).toContain('VEILDRAFT_PORT = "abc"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  const pathVariables = [
    'VEILDRAFT_CONFIG_FILE',
    'VEILDRAFT_DATA_DIR',
    'VEILDRAFT_MASTER_KEY_FILE',
    'VEILDRAFT_TLS_CERT_FILE',
    'VEILDRAFT_TLS_KEY_FILE',
    'VEILDRAFT_MODELS_DIR',
  ];

  it.each(pathVariables)(
    'an empty %s is config.invalid naming the variable, not an internal error',
    (name) => {
      const e = (() => {
        try {
          loadConfig({ [name]: '' });
        } catch (err) {
          return err as AppError;
        }
        throw new Error('expected a configuration error');
      })();
      expect(e.code).toBe('config.invalid');
      expect(e.message).toContain(`${name} is empty; expected`);
    },
  );

  it.each(pathVariables)(
    'a %s with a control character or stray spaces is config.invalid with the name',
    (name) => {
      expect(errorOf({ [name]: 'data\u0000dir' })).toContain(
        `${name} = "data\\u0000dir": contains a control character`,
      );
      expect(errorOf({ [name]: 'data\ndir' })).toContain(
        `${name} = "data\\ndir": contains a control character`,
      );
      expect(errorOf({ [name]: ' /srv/veildraft ' })).toContain(
        `${name} = " /srv/veildraft ": starts or ends with a space`,
      );
    },
  );

  it('a path set empty in the config file is named too', () => {
    const file = path.join(tempDir(), 'veildraft.json');
    writeFileSync(file, JSON.stringify({ VEILDRAFT_DATA_DIR: '' }));
    expect(errorOf({ VEILDRAFT_CONFIG_FILE: file })).toContain('VEILDRAFT_DATA_DIR is empty');
  });

  it('a language model name that leaves the models folder is refused', () => {
    expect(errorOf({ VEILDRAFT_LLM_MODEL: '../secrets/master.key' })).toContain(
      'VEILDRAFT_LLM_MODEL = "../secrets/master.key": leaves the models folder',
    );
    expect(errorOf({ VEILDRAFT_LLM_MODEL: '/etc/passwd' })).toContain('leaves the models folder');
    expect(loadConfig({ VEILDRAFT_LLM_MODEL: 'qwen/qwen2.5-1.5b.gguf' }).llmModel).toBe(
      'qwen/qwen2.5-1.5b.gguf',
    );
  });

  it('an empty value that means "off" stays allowed: no embedding model', () => {
    expect(loadConfig({ VEILDRAFT_EMBEDDING_MODEL: '' }).embeddingModel).toBeUndefined();
  });

  it('the CLI reports VEILDRAFT_DATA_DIR= as config.invalid with the name and writes nothing', async () => {
    const dir = tempDir();
    const r = await runCli(['start'], {
      env: { VEILDRAFT_DATA_DIR: '', VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'master.key') },
      timeoutMs: 90_000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [config.invalid]');
    expect(r.stderr).toContain('VEILDRAFT_DATA_DIR is empty');
    expect(r.stderr).not.toContain('internal.unexpected');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('documents every key in the README table generated from the schema', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const section = readme.split('<!-- config-table:start -->\n')[1]?.split('\n<!-- config-table:end -->')[0];
    expect(section, 'README is missing the config-table markers').toBeDefined();
    expect(section).toBe(configTable());
  });
});
