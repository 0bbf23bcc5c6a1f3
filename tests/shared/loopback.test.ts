import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/shared/loopback.js';

describe('isLoopbackHost', () => {
  it('accepts this machine by name, IPv6 (bare or as a URL keeps it) and 127.0.0.0/8', () => {
    for (const h of ['localhost', 'LOCALHOST', '::1', '[::1]', '127.0.0.1', '127.1.2.3'])
      expect(isLoopbackHost(h), h).toBe(true);
  });

  it('refuses other hosts, including DNS names that only start with 127.', () => {
    for (const h of ['127.evil.example', '127.0.0.1.nip.io', 'localhost.example', '10.0.0.1', '::2', ''])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
