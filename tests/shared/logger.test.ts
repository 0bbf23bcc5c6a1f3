import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { captureLogs } from '../support/logs.js';

describe('logging', () => {
  it.each(['json', 'pretty'] as const)(
    'never writes a password or a mail body, at any of the common nesting depths (%s)',
    (format) => {
      const { logger, output } = captureLogs('trace', format);
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
    },
  );

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

  it('pretty format writes one readable line per event: time, level, component, message, fields', () => {
    const { logger, lines } = captureLogs('info', 'pretty');
    logger.child({ component: 'drafting' }).warn({ code: 'llm.model_missing', n: 2 }, 'drafting is off');
    logger.info('veildraft started');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} WARN {2}\[drafting\] drafting is off code=llm\.model_missing n=2\n$/,
    );
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}veildraft started\n$/);
    expect(lines.join('')).not.toContain('{"level"');
  });

  it('json format writes one JSON object per line', () => {
    const { logger, lines } = captureLogs('info', 'json');
    logger.info({ port: 8080 }, 'veildraft started');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'veildraft started', port: 8080 });
  });

  it('VEILDRAFT_LOG_FORMAT chooses pretty, json or auto (the default) and refuses anything else', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ VEILDRAFT_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ VEILDRAFT_LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ VEILDRAFT_LOG_FORMAT: 'yaml' })).toThrow(
      /VEILDRAFT_LOG_FORMAT = "yaml".*auto, pretty or json/,
    );
  });
});
