import { describe, expect, it } from 'vitest';
import { ipRecognizer } from '../../../src/anonymize/recognizers/ip.js';
import { ctx, found } from './context.js';

const run = (text: string) => found(text, ipRecognizer.detect(ctx(text)));

describe('ip recognizer', () => {
  it('finds valid IPv4 addresses in several languages', () => {
    expect(run('I keep getting address 86.231.85.193 blocked.')).toEqual(['86.231.85.193']);
    expect(run('Meine IP-Adresse ist 192.168.0.1, bitte prüfen')).toEqual(['192.168.0.1']);
    expect(run("L'adresse 10.0.0.255 est bloquée")).toEqual(['10.0.0.255']);
  });

  it('finds IPv6 addresses in full and compressed form', () => {
    expect(run('address d80:e4b5:79da:6cf6:71f3:51f7:9161:c319 blocked')).toEqual([
      'd80:e4b5:79da:6cf6:71f3:51f7:9161:c319',
    ]);
    expect(run('mijn adres is 2001:db8::8a2e:370:7334.')).toEqual(['2001:db8::8a2e:370:7334']);
    expect(run('via ::ffff:192.0.2.128 ok')).toEqual(['::ffff:192.0.2.128']);
  });

  it('rejects out-of-range octets, versions, longer dotted runs, times and invalid v6', () => {
    expect(run('256.1.1.1 and 1.2.3.4.5')).toEqual([]);
    expect(run('running version 10.0.19045.1 and v1.2.3.4')).toEqual([]);
    expect(run('Termin um 12:30:45 Uhr, Verhältnis 1:2:3')).toEqual([]);
    expect(run('2001:db8:::1 and 12345::1:2')).toEqual([]);
  });
});
