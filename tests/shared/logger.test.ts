import { describe, expect, it } from 'vitest';
import { captureLogs } from '../support/logs.js';

describe('logging', () => {
  it('never writes a password or a mail body, at any of the common nesting depths', () => {
    const { logger, output } = captureLogs();
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
    const { logger, output } = captureLogs();
    const err = Object.assign(new Error('UNIQUE constraint failed: value jane@example.org'), {
      code: 'SQLITE_CONSTRAINT',
    });
    logger.error({ err }, 'write failed');
    const out = output();
    expect(out).toContain('SQLITE_CONSTRAINT');
    expect(out).not.toContain('jane@example.org');
  });
});
