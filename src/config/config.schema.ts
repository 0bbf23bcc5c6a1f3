import { z } from 'zod';

/**
 * Every setting Veildraft reads, in one table. The config loader, the error messages and the
 * README's configuration table are all derived from it, so a key cannot exist undocumented.
 * `expected` is shown to the operator when a value is rejected.
 */
export interface ConfigKey {
  env: string;
  path: string;
  schema: z.ZodType;
  default?: string;
  expected: string;
  doc: string;
  secret?: boolean;
}

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

export const configKeys: ConfigKey[] = [
  {
    env: 'VEILDRAFT_CONFIG_FILE',
    path: 'configFile',
    schema: z.string().min(1).optional(),
    expected: 'a path to a JSON file whose keys are these variable names',
    doc: 'Optional JSON file with any of these settings; environment variables override it.',
  },
  {
    env: 'VEILDRAFT_DATA_DIR',
    path: 'dataDir',
    schema: z.string().min(1),
    default: './data',
    expected: 'a folder path',
    doc: 'Folder for the encrypted database and its WAL. Back it up; it is useless without the master key.',
  },
  {
    env: 'VEILDRAFT_HOST',
    path: 'host',
    schema: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]),
    default: '127.0.0.1',
    expected: 'an IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0 (inside a container)',
    doc: 'Address the HTTP server listens on.',
  },
  {
    env: 'VEILDRAFT_PORT',
    path: 'port',
    schema: port,
    default: '8080',
    expected: 'an integer from 1 to 65535',
    doc: 'Port of the HTTP server (console, /healthz, /readyz).',
  },
  {
    env: 'VEILDRAFT_MASTER_KEY_FILE',
    path: 'masterKeyFile',
    schema: z.string().min(1),
    default: './secrets/master.key',
    expected: 'a file path, outside the data folder',
    doc: 'File holding the 256-bit master key (64 hex characters). Created with mode 0600 on first start if absent. Keep it apart from the data and back it up.',
  },
  {
    env: 'VEILDRAFT_MASTER_KEY',
    path: 'masterKey',
    schema: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .optional(),
    expected: '64 hexadecimal characters (256 bits)',
    doc: 'The master key itself, instead of a file (e.g. from a secrets manager). Takes precedence over the file.',
    secret: true,
  },
  {
    env: 'VEILDRAFT_LOG_LEVEL',
    path: 'logLevel',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    expected: 'one of fatal, error, warn, info, debug, trace, silent',
    doc: 'Log level of the JSON log on stdout.',
  },
  {
    env: 'VEILDRAFT_AUDIT_RETENTION_DAYS',
    path: 'auditRetentionDays',
    schema: positiveInt(90, 36500),
    default: '365',
    expected: 'a whole number of days, at least 90',
    doc: 'Audit rows older than this are pruned daily; the chain stays verifiable from the cut.',
  },
  {
    env: 'VEILDRAFT_JOB_LEASE_SECONDS',
    path: 'jobLeaseSeconds',
    schema: positiveInt(5, 3600),
    default: '60',
    expected: 'a whole number of seconds from 5 to 3600',
    doc: 'How long a worker holds a job before another process may take it over (renewed while the job runs).',
  },
  {
    env: 'VEILDRAFT_JOB_MAX_ATTEMPTS',
    path: 'jobMaxAttempts',
    schema: positiveInt(1, 100),
    default: '8',
    expected: 'a whole number from 1 to 100',
    doc: 'Attempts before a failing job is marked dead with its last error code.',
  },
  {
    env: 'VEILDRAFT_SHUTDOWN_GRACE_SECONDS',
    path: 'shutdownGraceSeconds',
    schema: positiveInt(1, 600),
    default: '20',
    expected: 'a whole number of seconds from 1 to 600',
    doc: 'On SIGTERM/SIGINT, how long running jobs may take to finish before their leases are released.',
  },
  {
    env: 'VEILDRAFT_MIN_FREE_DISK_MB',
    path: 'minFreeDiskMb',
    schema: positiveInt(0, 1_000_000),
    default: '512',
    expected: 'a whole number of megabytes',
    doc: '`veildraft doctor` fails when the data folder has less free space than this.',
  },
  {
    env: 'VEILDRAFT_ALLOW_REMOTE_HTTP',
    path: 'allowRemoteHttp',
    schema: bool,
    default: 'false',
    expected: 'true or false',
    doc: 'Allow plain HTTP on a non-loopback address (e.g. inside a container behind a TLS proxy).',
  },
  {
    env: 'VEILDRAFT_MODELS_DIR',
    path: 'modelsDir',
    schema: z.string().min(1),
    default: './models',
    expected: 'a folder path',
    doc: 'Folder with the model files and their manifest.json (sha256 per file). Nothing is downloaded at run time; a missing or corrupt model turns off only the feature that needs it.',
  },
  {
    env: 'VEILDRAFT_NER_MODEL',
    path: 'nerModel',
    schema: z.string().regex(/^[A-Za-z0-9._-]*$/),
    default: 'ner',
    expected:
      'a folder name inside the models folder (transformers.js layout), or empty to turn transformer NER off',
    doc: 'Token-classification model used by the anonymizer in addition to its rules; off with a visible reason when absent from the manifest.',
  },
];

export interface Config {
  configFile?: string;
  dataDir: string;
  host: string;
  port: number;
  masterKeyFile: string;
  masterKey?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  auditRetentionDays: number;
  jobLeaseSeconds: number;
  jobMaxAttempts: number;
  shutdownGraceSeconds: number;
  minFreeDiskMb: number;
  allowRemoteHttp: boolean;
  modelsDir: string;
  nerModel: string;
}
