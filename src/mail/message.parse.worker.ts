import { parentPort } from 'node:worker_threads';
import { type ParseLimits, parseNow } from './message.parse.js';

// The parse thread's entry (started by message.parse-pool.ts): one message in, one outcome out.
parentPort?.on('message', async (m: { raw: Uint8Array; limits: ParseLimits }) => {
  const raw = Buffer.from(m.raw.buffer, m.raw.byteOffset, m.raw.byteLength);
  parentPort?.postMessage(await parseNow(raw, m.limits));
});
parentPort?.postMessage('ready');
