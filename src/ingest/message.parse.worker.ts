import { parentPort } from 'node:worker_threads';
import { type ParseLimits, parseNow } from './message.parse.js';

// The parse thread's entry (started by message.parse-pool.ts): one message in, one outcome out.
parentPort?.on('message', async (m: { raw: Uint8Array; limits: ParseLimits }) => {
  const raw = Buffer.from(m.raw.buffer, m.raw.byteOffset, m.raw.byteLength);
  parentPort?.postMessage(await parseNow(raw, m.limits));
});

// mailparser loads its decoders on first use: done here, before `ready`, so the first real
// message's time limit is not spent loading code (seconds on a loaded machine from source).
const warmUp = Buffer.from('Subject: =?utf-8?q?warm?=\r\nContent-Type: text/plain\r\n\r\nup\r\n');
void parseNow(warmUp, {
  maxBytes: 1024,
  maxHeaderBytes: 1024,
  maxHeaderFields: 10,
  maxDepth: 1,
  maxParts: 1,
  timeoutMs: 0,
}).then(() => parentPort?.postMessage('ready'));
