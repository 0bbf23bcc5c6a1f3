import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configErrors } from './config.errors.js';
import { type Config, configKeys } from './config.schema.js';

export type { Config } from './config.schema.js';

type Env = Record<string, string | undefined>;

/**
 * Builds the one config object from environment variables and an optional JSON file.
 * This is the only place that reads the environment; everything else receives `Config`.
 */
export function loadConfig(env: Env = process.env): Config {
  const file = env.VEILDRAFT_CONFIG_FILE;
  // A malformed file path is not opened: the loop below names it with the other problems.
  const fileKey = configKeys.find((k) => k.env === 'VEILDRAFT_CONFIG_FILE');
  const fromFile = file && fileKey?.schema.safeParse(file).success ? readConfigFile(file) : {};
  const problems: string[] = [];
  const out: Record<string, unknown> = {};

  for (const key of configKeys) {
    const raw = env[key.env] ?? fromFile[key.env] ?? key.default;
    if (raw === undefined) continue;
    const parsed = key.schema.safeParse(raw);
    // Empty means "off" only where the setting says so (e.g. no embedding model); elsewhere an
    // empty value is a slip (`VEILDRAFT_DATA_DIR=` in a unit file) and is named, not defaulted.
    if (raw === '' && !parsed.success) {
      problems.push(`${key.env} is empty; expected ${key.expected}`);
      continue;
    }
    if (raw === '') continue;
    if (!parsed.success) {
      const shown = key.secret ? '(hidden)' : JSON.stringify(raw);
      const why = parsed.error.issues[0]?.message ?? 'invalid';
      problems.push(`${key.env} = ${shown}: ${why}; expected ${key.expected}`);
      continue;
    }
    out[key.path] = parsed.data;
  }
  for (const name of Object.keys(env)) {
    if (name.startsWith('VEILDRAFT_') && !configKeys.some((k) => k.env === name)) {
      problems.push(`${name} is not a known setting (see the configuration table in the README)`);
    }
  }
  if (problems.length > 0) {
    throw configErrors.invalid(problems);
  }

  const config = out as unknown as Config;
  config.dataDir = path.resolve(config.dataDir);
  config.masterKeyFile = path.resolve(config.masterKeyFile);
  config.backupDir = path.resolve(config.backupDir);
  if (config.backupOffboxDir) config.backupOffboxDir = path.resolve(config.backupOffboxDir);
  if (isInside(config.masterKeyFile, config.dataDir)) {
    throw configErrors.invalid([
      `VEILDRAFT_MASTER_KEY_FILE = ${JSON.stringify(config.masterKeyFile)}: the key must not live inside VEILDRAFT_DATA_DIR; expected a path outside ${config.dataDir}, so a copy of the data never carries its key`,
    ]);
  }
  return config;
}

function readConfigFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw configErrors.fileUnreadable(file, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw configErrors.fileInvalid({ file, problem: 'not valid JSON' }, { cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw configErrors.fileInvalid({ file, problem: 'expected a JSON object of VEILDRAFT_* keys' });
  }
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
