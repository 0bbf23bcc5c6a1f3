import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('trace', stream), output: () => lines.join('') };
}

describe('logging', () => {
  it('never writes a password or a mail body, at any of the common nesting depths', () => {
    const { logger, output } = capture();
    const password = 'hunter2-Correct-Horse';
    const body = 'Dear Jane Canary, your diagnosis of diabetes';
    logger.info({ password, body }, 'top level');
    logger.info(
      { mailbox: { password, id: 3 }, message: { text: body, html: `<p>${body}</p>`, subject: body } },
      'nested',
    );
    logger.warn({ job: { payload: { headers: { from: 'jane@example.org' }, raw: body } } }, 'deeper');
    const out = output();
    expect(out).not.toContain(password);
    expect(out).not.toContain('Jane Canary');
    expect(out).not.toContain('jane@example.org');
    expect(out).toContain('"id":3');
    expect(out).toContain('[redacted]');
  });

  it('logs errors by type and code, not by a driver message that may quote data', () => {
    const { logger, output } = capture();
    const err = Object.assign(new Error('UNIQUE constraint failed: value jane@example.org'), {
      code: 'SQLITE_CONSTRAINT',
    });
    logger.error({ err }, 'write failed');
    const out = output();
    expect(out).toContain('SQLITE_CONSTRAINT');
    expect(out).not.toContain('jane@example.org');
  });
});
