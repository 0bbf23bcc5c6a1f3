import { describe, expect, it } from 'vitest';
import { isPrivateAddress, judgeEndpoint, literalAddress } from '../../src/draft/llm/endpoint.models.js';

describe('LLM endpoint host policy', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.20',
    '100.64.0.1',
    '100.127.255.254',
    '169.254.10.10',
    '::1',
    '[::1]',
    'fd12:3456:789a::1',
    'fc00::1',
    'fe80::1%eth0',
    '::ffff:10.1.2.3',
  ])('allows the loopback or private address %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '192.169.0.1',
    '11.0.0.1',
    '203.0.113.5',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    'fec0::1',
    'not-an-address',
  ])('refuses the public (or unparseable) address %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('needs every resolved address to be private', () => {
    expect(judgeEndpoint(['10.0.0.5', '192.168.0.9'], false)).toEqual({ allowed: true, publicAddresses: [] });
    expect(judgeEndpoint(['10.0.0.5', '8.8.8.8'], false)).toEqual({
      allowed: false,
      publicAddresses: ['8.8.8.8'],
    });
    expect(judgeEndpoint([], false).allowed).toBe(false);
  });

  it('lets a public host through only when explicitly allowed, and still names it', () => {
    expect(judgeEndpoint(['8.8.8.8'], true)).toEqual({ allowed: true, publicAddresses: ['8.8.8.8'] });
    expect(judgeEndpoint([], true).allowed).toBe(false);
  });

  it('tells address literals from names that need resolving', () => {
    expect(literalAddress('10.0.0.5')).toBe('10.0.0.5');
    expect(literalAddress('[fd00::1]')).toBe('fd00::1');
    expect(literalAddress('llm.internal')).toBeNull();
    expect(literalAddress('localhost')).toBeNull();
  });
});
