import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from '../../src/auth/password-policy.models.js';
import { newRecoveryCodes, normaliseRecoveryCode } from '../../src/auth/recovery.models.js';
import { newTotpSecret, verifyTotp } from '../../src/auth/totp.models.js';
import { parseRetentionForm, retentionCategories } from '../../src/retention/retention.models.js';
import { hashSessionId, newSessionId, sessionExpiry } from '../../src/sessions/sessions.models.js';
import { parseSection } from '../../src/settings/settings.models.js';

describe('password policy', () => {
  it('refuses short passwords, listed ones, padded or repeated listed ones, and the username', () => {
    expect(passwordProblem('Short1!', 'ann')).toContain('at least 12');
    expect(isCommonPassword('qwertyuiop123')).toBe(true);
    expect(isCommonPassword('password2024!!')).toBe(true);
    expect(isCommonPassword('monkeymonkey')).toBe(true);
    expect(passwordProblem('annabelle-is-here-1', 'annabelle')).toContain('username');
    expect(passwordProblem('Seven quiet lanterns over the harbour', 'ann')).toBeNull();
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  const t = Date.UTC(2026, 0, 5, 9, 0, 10);
  const at = (ms: number) => generateSync({ secret, epoch: Math.floor(ms / 1000) });

  it('accepts the current code and one step either side, not two', () => {
    expect(verifyTotp(secret, at(t), t, null)).not.toBeNull();
    expect(verifyTotp(secret, at(t - 30_000), t, null)).not.toBeNull();
    expect(verifyTotp(secret, at(t + 30_000), t, null)).not.toBeNull();
    expect(verifyTotp(secret, at(t - 60_000), t, null)).toBeNull();
    expect(verifyTotp(secret, at(t + 60_000), t, null)).toBeNull();
  });

  it('refuses a step at or before the last one used', () => {
    const step = verifyTotp(secret, at(t), t, null)!;
    expect(verifyTotp(secret, at(t), t, step)).toBeNull();
    expect(verifyTotp(secret, at(t - 30_000), t, step)).toBeNull();
    expect(verifyTotp(secret, at(t + 30_000), t + 30_000, step)).toBe(step + 1);
    expect(verifyTotp(secret, 'abcdef', t, null)).toBeNull();
  });
});

describe('recovery codes and session ids', () => {
  it('makes 10 distinct codes and reads them back case- and dash-insensitively', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(normaliseRecoveryCode(` ${codes[0]!.toUpperCase().replace('-', '')} `)).toBe(codes[0]);
    expect(normaliseRecoveryCode('123456')).toBeNull();
  });

  it('uses 256-bit ids stored as their hash, idle 30 min and absolute 12 h', () => {
    const { id, hash } = newSessionId();
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    expect(hashSessionId(id)).toBe(hash);
    const s = { createdAt: 0, lastSeenAt: 0 };
    expect(sessionExpiry(s, 29 * 60_000)).toBe('live');
    expect(sessionExpiry(s, 30 * 60_000)).toBe('idle');
    expect(sessionExpiry({ createdAt: 0, lastSeenAt: 12 * 3_600_000 - 1 }, 12 * 3_600_000)).toBe('absolute');
  });
});

describe('settings validation', () => {
  it('explains each bad field', () => {
    const r = parseRetentionForm({
      ...Object.fromEntries(retentionCategories.map((c) => [c.key, String(c.defaultDays)])),
      conversations: '5',
      draftRecords: 'many',
      audit: '89',
      sessions: '',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        conversations: 'Anonymized conversations: at least 30 days.',
        draftRecords: 'Draft records: enter a whole number of days.',
        audit: 'Audit log: at least 90 days.',
        sessions: 'Console sessions: enter a number of days.',
      },
    });
    const hours = parseSection('businessHours', {
      timeZone: 'Europe/Berlin',
      days: [],
      start: '18:00',
      end: '09:00',
    });
    expect(hours.ok).toBe(false);
    if (!hours.ok) expect(Object.keys(hours.errors).sort()).toEqual(['days', 'end']);
  });
});
