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
/**
 * A file or folder path. Empty, or with a control character (a NUL makes every file call throw,
 * a newline is a copy-paste slip) or spaces at either end (which would name another file), it is
 * refused here with the variable's name instead of failing later at the first file call.
 */
const filePath = z
  .string()
  .min(1, 'empty')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'contains a control character')
  .refine((v) => v.trim() === v, 'starts or ends with a space');
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

export const configKeys: ConfigKey[] = [
  {
    env: 'VEILDRAFT_CONFIG_FILE',
    path: 'configFile',
    schema: filePath.optional(),
    expected: 'a path to a JSON file whose keys are these variable names',
    doc: 'Optional JSON file with any of these settings; environment variables override it.',
  },
  {
    env: 'VEILDRAFT_DATA_DIR',
    path: 'dataDir',
    schema: filePath,
    default: './data',
    expected: 'a folder path',
    doc: 'Folder for the encrypted database and its WAL. Back it up; it is useless without the master key.',
  },
  {
    env: 'VEILDRAFT_BACKUP_DIR',
    path: 'backupDir',
    schema: filePath,
    default: './backups',
    expected: 'a folder path, best on another disk than the data folder',
    doc: 'Folder for the encrypted database backups and their manifests (see "Backups and restore"). Schedule, how many to keep and the off-box recipient are console settings (Privacy → Backups).',
  },
  {
    env: 'VEILDRAFT_BACKUP_OFFBOX_DIR',
    path: 'backupOffboxDir',
    schema: filePath.optional(),
    expected: 'a folder path, e.g. a mounted share that is copied off the premises',
    doc: 'Folder for the off-box copies of each backup, wrapped with age for the recipient set in the console; the appliance can write them but not read them. Unset: no off-box copy.',
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
    env: 'VEILDRAFT_PUBLIC_URL',
    path: 'publicUrl',
    schema: z
      .string()
      .transform((v, ctx) => {
        const u = URL.canParse(v) ? new URL(v) : null;
        if (!u || !/^https?:$/.test(u.protocol) || !u.hostname) {
          ctx.addIssue({ code: 'custom', message: 'not an http(s) URL' });
          return z.NEVER;
        }
        if (u.pathname !== '/' || u.search || u.hash || u.username || u.password) {
          ctx.addIssue({
            code: 'custom',
            message: 'the console is served at the root of its address, so no path, query or user name',
          });
          return z.NEVER;
        }
        return u.origin;
      })
      .optional(),
    expected:
      'the http(s) address people open the console under, without a path, e.g. https://veildraft.example.org',
    doc: "The address of the console when people reach it under a DNS name (a reverse proxy, an internal name). Against DNS rebinding the console answers only to loopback names, IP addresses, the names in its TLS certificate and this host; any other name gets 421. Forms are accepted from the console's own origin and this one. The setup link in the log uses it.",
  },
  {
    env: 'VEILDRAFT_MASTER_KEY_FILE',
    path: 'masterKeyFile',
    schema: filePath,
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
    doc: 'Log level of the log on stdout.',
  },
  {
    env: 'VEILDRAFT_LOG_FORMAT',
    path: 'logFormat',
    schema: z.enum(['auto', 'pretty', 'json']),
    default: 'auto',
    expected: 'auto, pretty or json',
    doc: 'Format of the log on stdout. pretty: one readable line per event (time, level, message, fields); json: one JSON object per line, for log collectors; auto: pretty when stdout is a terminal, JSON otherwise. Mail content and secrets are redacted in both.',
  },
  {
    env: 'VEILDRAFT_AUDIT_RETENTION_DAYS',
    path: 'auditRetentionDays',
    schema: positiveInt(90, 36500).optional(),
    expected: 'a whole number of days, at least 90',
    doc: "Initial retention of the audit log (default 365 days). The console's Retention page shows it as coming from here until an admin saves a period there; the console's value then wins. The chain stays verifiable from the cut.",
  },
  {
    env: 'VEILDRAFT_RETENTION_PURGE_HOUR',
    path: 'retentionPurgeHour',
    schema: positiveInt(0, 23),
    default: '4',
    expected: 'an hour from 0 to 23',
    doc: "The hour (server's local time) of the nightly retention purge, which deletes what is past the periods set on the console's Retention page, in small batches.",
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
    env: 'VEILDRAFT_INTEGRITY_CHECK_HOUR',
    path: 'integrityCheckHour',
    schema: positiveInt(0, 23),
    default: '3',
    expected: 'an hour from 0 to 23',
    doc: "The hour (server's local time) of the nightly full database integrity check; damage found turns the appliance read-only.",
  },
  {
    env: 'VEILDRAFT_MIN_FREE_DISK_MB',
    path: 'minFreeDiskMb',
    schema: positiveInt(0, 1_000_000),
    default: '512',
    expected: 'a whole number of megabytes',
    doc: '`npx veildraft doctor` fails when the data folder has less free space than this.',
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
    env: 'VEILDRAFT_TLS',
    path: 'tls',
    schema: z.enum(['auto', 'on', 'off']),
    default: 'auto',
    expected: 'auto, on or off',
    doc: 'HTTPS for the console. auto: HTTPS when a certificate is configured or the address is not loopback (a self-signed certificate is generated in the data folder at first start and its SHA-256 fingerprint logged); plain HTTP on loopback. on: always HTTPS. off: plain HTTP (refused beyond loopback unless VEILDRAFT_ALLOW_REMOTE_HTTP).',
  },
  {
    env: 'VEILDRAFT_TLS_CERT_FILE',
    path: 'tlsCertFile',
    schema: filePath.optional(),
    expected: 'a path to a PEM certificate (chain)',
    doc: 'Certificate for the console, with VEILDRAFT_TLS_KEY_FILE. Without both, a self-signed one is used when HTTPS is on.',
  },
  {
    env: 'VEILDRAFT_TLS_KEY_FILE',
    path: 'tlsKeyFile',
    schema: filePath.optional(),
    expected: 'a path to the PEM private key of VEILDRAFT_TLS_CERT_FILE',
    doc: 'Private key of the console certificate.',
  },
  {
    env: 'VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK',
    path: 'imapAllowPlaintextLoopback',
    schema: bool,
    default: 'false',
    expected: 'true or false',
    doc: 'Allow mailboxes with security "none" (no TLS). Even then only for loopback hosts (a local relay or test server): the password would otherwise cross the network in the clear.',
  },
  {
    env: 'VEILDRAFT_IMAP_CONNECT_TIMEOUT_SECONDS',
    path: 'imapConnectTimeoutSeconds',
    schema: positiveInt(1, 300),
    default: '15',
    expected: 'a whole number of seconds from 1 to 300',
    doc: 'Budget for DNS, TCP and TLS when connecting to a mailbox.',
  },
  {
    env: 'VEILDRAFT_IMAP_COMMAND_TIMEOUT_SECONDS',
    path: 'imapCommandTimeoutSeconds',
    schema: positiveInt(1, 300),
    default: '30',
    expected: 'a whole number of seconds from 1 to 300',
    doc: 'How long an IMAP server may stay silent during the greeting, the login or a command (EXAMINE, each FETCH chunk, APPEND) before the connection is closed and the mailbox shows unreachable with the step that stalled.',
  },
  {
    env: 'VEILDRAFT_DRAFT_REPLY_ALL',
    path: 'draftReplyAll',
    schema: z.enum(['sender', 'all']),
    default: 'sender',
    expected: 'sender or all',
    doc: 'Recipients of a draft: "sender" answers the customer only (Reply-To, else From); "all" also puts the other To/Cc recipients in Cc (never the mailbox itself).',
  },
  {
    env: 'VEILDRAFT_DRAFT_QUOTE_STYLE',
    path: 'draftQuoteStyle',
    schema: z.enum(['top', 'none']),
    default: 'top',
    expected: 'top or none',
    doc: 'How a draft includes the customer message: "top" = reply above, the original quoted below with "On …, … wrote:" and "> " lines (as mail clients do); "none" = no quote.',
  },
  {
    env: 'VEILDRAFT_DRAFTING_AUTO_PAUSE_AFTER',
    path: 'draftingAutoPauseAfter',
    schema: positiveInt(0, 1000),
    default: '20',
    expected: 'a whole number from 0 to 1000',
    doc: 'A mailbox whose last this many drafts (each older than a day) all went unused pauses its drafting by itself, says so on the dashboard and is resumed with one click; 0 turns this off.',
  },
  {
    env: 'VEILDRAFT_MAIL_MAX_MESSAGE_MB',
    path: 'mailMaxMessageMb',
    schema: positiveInt(1, 200),
    default: '25',
    expected: 'a whole number of megabytes from 1 to 200',
    doc: 'Messages larger than this (RFC822.SIZE, checked before download) are not fetched but quarantined as too_large. Parsing costs up to ~18 times the message size in memory.',
  },
  {
    env: 'VEILDRAFT_MAIL_PARSE_TIMEOUT_SECONDS',
    path: 'mailParseTimeoutSeconds',
    schema: positiveInt(1, 300),
    default: '10',
    expected: 'a whole number of seconds from 1 to 300',
    doc: 'A message whose parsing takes longer is quarantined as parse_timeout and ingest moves on.',
  },
  {
    env: 'VEILDRAFT_MAIL_MAX_MIME_DEPTH',
    path: 'mailMaxMimeDepth',
    schema: positiveInt(1, 200),
    default: '20',
    expected: 'a whole number from 1 to 200',
    doc: 'Deepest MIME nesting accepted; deeper messages are quarantined as too_deep.',
  },
  {
    env: 'VEILDRAFT_MAIL_MAX_MIME_PARTS',
    path: 'mailMaxMimeParts',
    schema: positiveInt(1, 100_000),
    default: '1000',
    expected: 'a whole number from 1 to 100000',
    doc: 'Most MIME parts accepted in one message; more are quarantined as too_many_parts.',
  },
  {
    env: 'VEILDRAFT_MAIL_MAX_HEADER_KB',
    path: 'mailMaxHeaderKb',
    schema: positiveInt(1, 10_240),
    default: '256',
    expected: 'a whole number of kilobytes from 1 to 10240',
    doc: 'Largest top-level header block accepted; larger ones are quarantined as header_too_large.',
  },
  {
    env: 'VEILDRAFT_MAIL_MAX_HEADER_FIELDS',
    path: 'mailMaxHeaderFields',
    schema: positiveInt(10, 100_000),
    default: '2000',
    expected: 'a whole number from 10 to 100000',
    doc: 'Most top-level header fields accepted; more are quarantined as too_many_headers.',
  },
  {
    env: 'VEILDRAFT_SYNC_POLL_SECONDS',
    path: 'syncPollSeconds',
    schema: positiveInt(1, 1680),
    default: '60',
    expected: 'a whole number of seconds from 1 to 1680',
    doc: 'How often INBOX is checked when IDLE reports nothing (the fallback), and how often Sent is polled.',
  },
  {
    env: 'VEILDRAFT_SYNC_BACKFILL_MONTHS',
    path: 'syncBackfillMonths',
    schema: positiveInt(0, 240),
    default: '12',
    expected: 'a whole number of months from 0 to 240',
    doc: 'How far back the first sync of a mailbox reads INBOX and Sent (by arrival date). History is learned from; only its unanswered mail of the last VEILDRAFT_DRAFT_BACKLOG_HOURS gets drafts.',
  },
  {
    env: 'VEILDRAFT_SYNC_CONCURRENCY',
    path: 'syncConcurrency',
    schema: positiveInt(1, 64),
    default: '4',
    expected: 'a whole number from 1 to 64',
    doc: 'How many mailboxes fetch and parse at the same time (each mailbox keeps one idle connection regardless).',
  },
  {
    env: 'VEILDRAFT_SYNC_BATCH_SIZE',
    path: 'syncBatchSize',
    schema: positiveInt(1, 5000),
    default: '200',
    expected: 'a whole number from 1 to 5000',
    doc: 'Messages fetched and committed together (also capped at 32 MB of sources); the sync checkpoint advances per batch.',
  },
  {
    env: 'VEILDRAFT_THREAD_WINDOW_DAYS',
    path: 'threadWindowDays',
    schema: positiveInt(1, 365),
    default: '30',
    expected: 'a whole number of days from 1 to 365',
    doc: 'A message without In-Reply-To/References joins a thread with the same subject and participants only if that thread was active within this many days.',
  },
  {
    env: 'VEILDRAFT_INGEST_SKIP_RULES',
    path: 'ingestSkipRules',
    schema: z.string().regex(/^(all|none|[a-z_]+(,[a-z_]+)*)$/),
    default: 'all',
    expected:
      'all, none, or a comma list of auto_submitted, precedence, list_id, no_reply_sender, delivery_report, own_domain',
    doc: "Rules that keep automatic and bulk mail from getting a draft (Auto-Submitted, Precedence bulk/list/junk, List-Id, no-reply senders, delivery reports, mail from the own domains). The initial choice only: once an admin saves the console's Settings → Skip rules, that wins (the page shows which applies).",
  },
  {
    env: 'VEILDRAFT_ORG_DOMAINS',
    path: 'orgDomains',
    schema: z
      .string()
      .regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/i)
      .transform((v) => v.split(',').map((d) => d.trim().toLowerCase())),
    expected: 'a comma list of domains, e.g. example.org,example.com',
    doc: "The organisation's own mail domains: mail from them is internal and gets no draft (the mailbox addresses' domains always count).",
  },
  {
    env: 'VEILDRAFT_MODELS_DIR',
    path: 'modelsDir',
    schema: filePath,
    default: './models',
    expected: 'a folder path',
    doc: 'Folder with the model files and their manifest.json (sha256 per file). Nothing is downloaded at run time; a missing or corrupt model turns off only the feature that needs it.',
  },
  {
    env: 'VEILDRAFT_NER_ENGINE',
    path: 'nerEngine',
    schema: z.enum(['tagger', 'transformer', 'off']),
    default: 'tagger',
    expected: 'tagger, transformer or off',
    doc: 'Which statistical NER the anonymizer runs beside its rules: the tagger shipped in models/ner-tagger (trained by the project, on by default), a transformer model from VEILDRAFT_NER_MODEL instead, or none.',
  },
  {
    env: 'VEILDRAFT_NER_MODEL',
    path: 'nerModel',
    schema: z.string().regex(/^[A-Za-z0-9._-]*$/),
    default: 'ner',
    expected: 'a folder name inside the models folder (transformers.js layout)',
    doc: 'Token-classification model the anonymizer uses beside its rules when VEILDRAFT_NER_ENGINE=transformer; off with a visible reason when absent from the manifest.',
  },
  {
    env: 'VEILDRAFT_EMBEDDING_MODEL',
    path: 'embeddingModel',
    schema: z.string().regex(/^[A-Za-z0-9._-]*$/),
    default: 'embedding',
    expected:
      'a folder name inside the models folder (transformers.js layout), or empty to retrieve by keywords only',
    doc: 'Sentence-embedding model for finding similar past conversations; without it retrieval uses full-text search (BM25) alone.',
  },
  {
    env: 'VEILDRAFT_LLM_BACKEND',
    path: 'llmBackend',
    schema: z.enum(['llama', 'openai', 'none']),
    default: 'llama',
    expected: 'llama (local GGUF model), openai (an on-prem OpenAI-compatible server) or none',
    doc: 'Which language model writes the drafts. `none` turns drafting off; ingest and learning go on.',
  },
  {
    env: 'VEILDRAFT_LLM_MODEL',
    path: 'llmModel',
    schema: z
      .string()
      .regex(/^[A-Za-z0-9._\-/]+$/)
      .refine((v) => !v.startsWith('/') && !v.split('/').includes('..'), 'leaves the models folder'),
    default: 'llm.gguf',
    expected: 'a GGUF file name inside the models folder, listed in its manifest.json',
    doc: 'The local model for the `llama` backend. Missing or not matching its sha256: drafting is off with the reason shown.',
  },
  {
    env: 'VEILDRAFT_LLM_THREADS',
    path: 'llmThreads',
    schema: positiveInt(0, 256),
    default: '0',
    expected: 'a whole number of CPU threads, 0 for one per physical core',
    doc: 'Threads for local generation. Measure with `npx veildraft bench-llm`: on small machines fewer threads can be faster.',
  },
  {
    env: 'VEILDRAFT_LLM_CONTEXT_TOKENS',
    path: 'llmContextTokens',
    schema: positiveInt(512, 131072),
    default: '4096',
    expected: 'a whole number of tokens from 512 to 131072',
    doc: 'Context window of the local model: prompt plus reply must fit.',
  },
  {
    env: 'VEILDRAFT_LLM_PREFIX_SLOTS',
    path: 'llmPrefixSlots',
    schema: positiveInt(0, 8),
    default: '1',
    expected: 'a whole number from 0 to 8',
    doc: "Prompt beginnings (rules and a mailbox's house style) the local model keeps evaluated, so a draft prefills only its examples and mail. Each slot reserves one context of KV cache (VEILDRAFT_LLM_CONTEXT_TOKENS; about 450 MB for a 3B model at 4096 tokens): one suits a single busy mailbox, one per mailbox drafting at the same time keeps each one's prefix. 0 evaluates every prompt in full.",
  },
  {
    env: 'VEILDRAFT_LLM_MAX_REPLY_TOKENS',
    path: 'llmMaxReplyTokens',
    schema: positiveInt(32, 8192),
    default: '400',
    expected: 'a whole number of tokens from 32 to 8192',
    doc: 'Longest reply the model may write.',
  },
  {
    env: 'VEILDRAFT_DRAFT_BACKLOG_HOURS',
    path: 'draftBacklogHours',
    schema: positiveInt(0, 720),
    default: '24',
    expected: 'a whole number of hours from 0 to 720',
    doc: "How far back unanswered customer mail is drafted: at a mailbox's first sync (older history is only learned from), and when drafting becomes possible again (a model loaded, a mailbox resumed, drafting switched on) for mail that could not be drafted. 0 drafts only mail that arrives after the first sync.",
  },
  {
    env: 'VEILDRAFT_LLM_TIMEOUT_SECONDS',
    path: 'llmTimeoutSeconds',
    schema: positiveInt(5, 3600),
    default: '300',
    expected: 'a whole number of seconds from 5 to 3600',
    doc: 'A generation running longer is aborted and the draft job retried later.',
  },
  {
    env: 'VEILDRAFT_LLM_URL',
    path: 'llmUrl',
    schema: z.url({ protocol: /^https?$/ }).optional(),
    expected: 'the http(s) base URL of the on-prem server, e.g. http://10.0.0.5:8000/v1',
    doc: 'OpenAI-compatible server for the `openai` backend (llama.cpp server, vLLM, Ollama). Only loopback and private addresses unless VEILDRAFT_LLM_ALLOW_PUBLIC_HOST is set.',
  },
  {
    env: 'VEILDRAFT_LLM_API_MODEL',
    path: 'llmApiModel',
    schema: z.string().min(1).max(200),
    default: 'default',
    expected: 'the model name the server expects',
    doc: 'Model name sent to the OpenAI-compatible server.',
  },
  {
    env: 'VEILDRAFT_LLM_API_KEY',
    path: 'llmApiKey',
    schema: z.string().min(1).optional(),
    expected: 'the bearer token of the inference server',
    doc: 'Optional API key of the OpenAI-compatible server.',
    secret: true,
  },
  {
    env: 'VEILDRAFT_LLM_ALLOW_PUBLIC_HOST',
    path: 'llmAllowPublicHost',
    schema: bool,
    default: 'false',
    expected: 'true or false',
    doc: 'Allow VEILDRAFT_LLM_URL to name a host outside loopback and private ranges. Mail text would leave this machine for it: logged at every start and shown in the console.',
  },
  {
    env: 'VEILDRAFT_PROMPT_TOKENS',
    path: 'promptTokens',
    schema: positiveInt(300, 100000),
    default: '1500',
    expected: 'a whole number of tokens from 300 to 100000',
    doc: 'Budget for the prompt (rules, examples, the customer mail); examples are cut first. Small budgets keep CPU drafting fast.',
  },
  {
    env: 'VEILDRAFT_RETRIEVE_K',
    path: 'retrieveK',
    schema: positiveInt(0, 20),
    default: '3',
    expected: 'a whole number from 0 to 20',
    doc: 'How many similar past conversations a draft prompt shows as examples.',
  },
  {
    env: 'VEILDRAFT_LEARN_UNREVIEWED',
    path: 'learnUnreviewed',
    schema: bool,
    default: 'false',
    expected: 'true or false',
    doc: 'Whether conversations whose residual risk sent them to review may serve as examples before a reviewer approved them.',
  },
  {
    env: 'VEILDRAFT_ANALYTICS_PER_AGENT',
    path: 'analyticsPerAgent',
    schema: z.enum(['on', 'off']).transform((v) => v === 'on'),
    default: 'off',
    expected: 'on or off',
    doc: "Per-agent figures on the console's Analytics page (first-reply times by the reply's Sender, else From, mapped to the console user with that e-mail address). Off: figures per mailbox only. Set only here, at start-up, never from the console (a works agreement decides it); while on, the page shows a banner and every view of per-agent figures is audited.",
  },
];

export interface Config {
  configFile?: string;
  dataDir: string;
  backupDir: string;
  backupOffboxDir?: string;
  host: string;
  port: number;
  /** VEILDRAFT_PUBLIC_URL reduced to its origin (scheme, host, port). */
  publicUrl?: string;
  masterKeyFile: string;
  masterKey?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat: 'auto' | 'pretty' | 'json';
  auditRetentionDays?: number;
  retentionPurgeHour: number;
  jobLeaseSeconds: number;
  jobMaxAttempts: number;
  shutdownGraceSeconds: number;
  integrityCheckHour: number;
  minFreeDiskMb: number;
  allowRemoteHttp: boolean;
  tls: 'auto' | 'on' | 'off';
  tlsCertFile?: string;
  tlsKeyFile?: string;
  imapAllowPlaintextLoopback: boolean;
  imapConnectTimeoutSeconds: number;
  imapCommandTimeoutSeconds: number;
  draftReplyAll: 'sender' | 'all';
  draftQuoteStyle: 'top' | 'none';
  draftingAutoPauseAfter: number;
  mailMaxMessageMb: number;
  mailParseTimeoutSeconds: number;
  mailMaxMimeDepth: number;
  mailMaxMimeParts: number;
  mailMaxHeaderKb: number;
  mailMaxHeaderFields: number;
  syncPollSeconds: number;
  syncBackfillMonths: number;
  syncConcurrency: number;
  syncBatchSize: number;
  threadWindowDays: number;
  ingestSkipRules: string;
  orgDomains?: string[];
  modelsDir: string;
  nerEngine: 'tagger' | 'transformer' | 'off';
  nerModel: string;
  embeddingModel: string;
  llmBackend: 'llama' | 'openai' | 'none';
  llmModel: string;
  llmThreads: number;
  llmContextTokens: number;
  llmMaxReplyTokens: number;
  llmPrefixSlots: number;
  draftBacklogHours: number;
  llmTimeoutSeconds: number;
  llmUrl?: string;
  llmApiModel: string;
  llmApiKey?: string;
  llmAllowPublicHost: boolean;
  promptTokens: number;
  retrieveK: number;
  learnUnreviewed: boolean;
  analyticsPerAgent: boolean;
}
