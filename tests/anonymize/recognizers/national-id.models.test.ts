import { describe, expect, it } from 'vitest';
import * as check from '../../../src/anonymize/recognizers/national-id.models.js';

type Validator = (value: string) => boolean;

// Valid values are official examples where one is published, otherwise computed once by hand;
// each invalid value is a valid one with the check digit, date or prefix broken.
const table: Array<[string, Validator, string[], string[]]> = [
  [
    'US SSN',
    check.validUsSsn,
    ['123-45-6789', '536 22 1234', '772041234'],
    ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000', '078-05-1120'],
  ],
  [
    'UK NINO',
    check.validUkNino,
    ['AB123456C', 'AB 12 34 56 C', 'JG103759A'],
    ['QQ123456C', 'GB123456A', 'AO123456A', 'DA123456A', 'AB123456E'],
  ],
  [
    'DE Steuer-ID',
    check.validDeSteuerId,
    ['86095742719', '65929970489', '47036892007', '11213456783', '86 095 742 719'],
    ['86095742718', '05929970489', '57201834690', '11123456785'],
  ],
  [
    'DE KVNR',
    check.validDeKvnr,
    ['X030139341', 'Z347153083', 'A123456780'],
    ['X030139342', 'Z347153084', 'x030139341', 'X03013934'],
  ],
  [
    'DE pension insurance number',
    check.validDeRvnr,
    ['65170839J003', '65 170839 J 003', '53270785B041', '12510190M005'],
    ['65170839J004', '65173239J003', '65170839j003', '6517083J003'],
  ],
  [
    'NL BSN',
    check.validNlBsn,
    ['111222333', '1112.22.333', '10000008'],
    ['111222334', '123456789', '000000000'],
  ],
  [
    'BE national number',
    check.validBeNationalNumber,
    ['85.07.30-033.28', '85073003328', '05031500064'],
    ['85.07.30-033.29', '85.13.30-033.28'],
  ],
  [
    'FR NIR',
    check.validFrNir,
    ['1 85 05 78 006 084 91', '185057800608491', '2 69 05 2A 123 456 88', '1 85 05 2B 123 456 60'],
    ['1 85 05 78 006 084 36', '2 69 05 2B 123 456 88', '5 85 05 78 006 084 91', '1 85 15 78 006 084 91'],
  ],
  [
    'ES DNI/NIE',
    check.validEsDniNie,
    ['12345678Z', '12345678-Z', 'X1234567L', 'Y7654320A'],
    ['12345678A', 'X1234567A', 'X12345678Z'],
  ],
  [
    'IT codice fiscale',
    check.validItCodiceFiscale,
    ['RSSMRA85T10A562S', 'rssmra85t10a562s', 'RSSMRA85T10A56NH'],
    ['RSSMRA85T10A562T', 'RSSMRA85X10A562S', 'RSSMRA85T35A562S'],
  ],
  [
    'SE personnummer',
    check.validSePersonnummer,
    ['811218-9876', '19121212-1212', '191212121212', '850275-0006', '201212+0008'],
    ['811218-9875', '811318-9876', '19121212-1213'],
  ],
  [
    'DK CPR date',
    check.validDkCprDate,
    ['070761-4285', '1503720007', '290200-1234'],
    ['320761-4285', '290201-1234'],
  ],
  ['DK CPR mod 11', check.dkCprMod11, ['070761-4285', '1503720007'], ['070761-4286']],
  [
    'NO fødselsnummer',
    check.validNoFodselsnummer,
    ['01010750160', '15059000060', '55059000054'],
    ['01010750161', '01010750170', '32010750160'],
  ],
  [
    'FI henkilötunnus',
    check.validFiHetu,
    ['131052-308T', '131052Y308T', '010203A0023'],
    ['131052-308U', '131052G308T'],
  ],
  ['PL PESEL', check.validPlPesel, ['44051401359', '02231510000'], ['44051401358', '44151401359']],
  [
    'AT SVNR',
    check.validAtSvnr,
    ['1237010180', '1237 010180', '1007150372'],
    ['1238010180', '1237013280', '0237010180'],
  ],
  [
    'CH AHV',
    check.validChAhv,
    ['756.1234.5678.97', '7569217000003'],
    ['756.1234.5678.98', '757.1234.5678.97'],
  ],
];

describe('national ID check digits', () => {
  for (const [name, validate, valid, invalid] of table) {
    it.each(valid)(`${name} accepts %s`, (value) => expect(validate(value)).toBe(true));
    it.each(invalid)(`${name} rejects %s`, (value) => expect(validate(value)).toBe(false));
  }

  it('Luhn accepts a valid card-length number and rejects a changed digit', () => {
    expect(check.luhnValid('4111111111111111')).toBe(true);
    expect(check.luhnValid('4111111111111112')).toBe(false);
  });

  it('dates respect month lengths and leap years', () => {
    expect(check.isRealDate(2000, 2, 29)).toBe(true);
    expect(check.isRealDate(1900, 2, 29)).toBe(false);
    expect(check.isRealDate(2023, 4, 31)).toBe(false);
  });
});
