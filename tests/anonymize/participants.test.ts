import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../src/anonymize/participants.models.js';

describe('parseAddressList', () => {
  it('reads display names and addresses, quoted names with commas, and bare addresses', () => {
    expect(parseAddressList('Anna Berg <anna@x.se>, "Smith, John" <j@y.uk>; bob@z.nl', 'to')).toEqual([
      { role: 'to', name: 'Anna Berg', address: 'anna@x.se' },
      { role: 'to', name: 'Smith, John', address: 'j@y.uk' },
      { role: 'to', address: 'bob@z.nl' },
    ]);
  });

  it('keeps a name without an address and ignores empty input', () => {
    expect(parseAddressList('Jürgen Müller', 'from')).toEqual([{ role: 'from', name: 'Jürgen Müller' }]);
    expect(parseAddressList('', 'cc')).toEqual([]);
    expect(parseAddressList(undefined, 'cc')).toEqual([]);
    expect(parseAddressList('<only@addr.de>', 'cc')).toEqual([{ role: 'cc', address: 'only@addr.de' }]);
  });
});
