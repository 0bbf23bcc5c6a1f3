import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/anonymize/detect.js';
import { accountNumberRecognizer as r } from '../../../src/anonymize/recognizers/account-number.js';
import { texts } from './structured.support.js';

describe('account / customer / case number recognizer', () => {
  it.each([
    ['en', 'My customer number is 40012345.', '40012345'],
    ['en', 'Regarding case #88123, see attached.', '88123'],
    ['en', 'Order no. A-2024-00017 has not arrived.', 'A-2024-00017'],
    ['en', 'Patient ID: PT-99812', 'PT-99812'],
    ['en', 'Claim number CLM/2231/77', 'CLM/2231/77'],
    ['de', 'Meine Kundennummer: 4711-0815', '4711-0815'],
    ['de', 'Versicherungsnummer 12 3456 7890', '12 3456 7890'],
    ['de', 'Policennummer: KV-7781234', 'KV-7781234'],
    ['de', 'Ihr Aktenzeichen lautet 3 O 123/24', '3'],
    ['fr', 'Mon numéro de client est le 00098123.', '00098123'],
    ['fr', 'Numéro de dossier : DOS-55123', 'DOS-55123'],
    ['nl', 'Klantnummer 5521339, polisnummer PN-887766.', '5521339'],
    ['es', 'Mi número de póliza es 88-776655.', '88-776655'],
    ['sv', 'Kundnummer: 7788123 och ärendenummer 2024-5561', '7788123'],
    ['it', 'Il mio numero cliente è 55412398.', '55412398'],
    ['da', 'Mit kundenummer er 33445566.', '33445566'],
    ['no', 'Kundenummer 99887766', '99887766'],
    ['fi', 'Asiakasnumero: 1234567', '1234567'],
    ['pl', 'Numer klienta: 20004567', '20004567'],
    // A short capital prefix apart from the digits belongs to the code.
    ['en', 'Account number: SVW 6628 1904\nMeter serial', 'SVW 6628 1904'],
    ['en', 'Harold (87, hospital no. NMH 0071934), has been', 'NMH 0071934'],
    ['es', 'Su número de historia clínica es HC 0772145 y la tarjeta', 'HC 0772145'],
    ['de', '(Mitgliedsnummer MVC 22871), die Deckung', 'MVC 22871'],
    ['it', 'in riferimento alla Sua segnalazione prot. n. URP/2024/1184 del 3 dicembre', 'URP/2024/1184'],
    ['fi', 'kiitos viestistäsi (asia VH/4418/2025).', 'VH/4418/2025'],
    ['nl', 'in Nijmegen (personeelsnummer 10482). Sinds vorig jaar', '10482'],
    ['sv', 'Polisanmälan (K451098-24) har vi fått.', 'K451098-24'],
    ['sv', 'vi har noterat anmälningsnumret 5000-K881204-25.', '5000-K881204-25'],
    ['pl', 'Temat: Wezwanie do zapłaty – sprawa KWP/2026/118734', 'KWP/2026/118734'],
    ['it', 'Il bonifico non risulta arrivato, CRO 0103260334182211.', '0103260334182211'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    const got = texts(r, text, lang);
    if (value.length < 3) expect(got.includes(value)).toBe(false);
    else expect(got[0]).toBe(value);
  });

  it('takes no currency amount for a code with a capital prefix', () => {
    expect(texts(r, 'Invoice: EUR 1200 is due', 'en')).toEqual([]);
    expect(texts(r, 'Rechnung: EUR 120,50 offen', 'de')).toEqual([]);
    expect(texts(r, 'Policy: CHF 2400 per year', 'en')).toEqual([]);
  });

  it('finds every code of a message with several', () => {
    expect(texts(r, 'Klantnummer 5521339, polisnummer PN-887766.', 'nl')).toEqual(['5521339', 'PN-887766']);
    expect(texts(r, 'Kundnummer: 7788123 och ärendenummer 2024-5561', 'sv')).toEqual([
      '7788123',
      '2024-5561',
    ]);
  });

  it('does not flag prices, quantities, dates, years or versions after a context word', () => {
    for (const text of [
      'Invoice of € 1,234.50 is overdue.',
      'Invoice 120.50 EUR paid.',
      'Order 3 items, order 2500 pcs.',
      'Order of 12.03.2024 was late.',
      'Your order from 2024 is archived.',
      'Account app version 10.2.3 installed.',
      'Rechnung vom 03.04.2024 über 1.250,00 €',
    ]) {
      expect(texts(r, text), text).toEqual([]);
    }
    for (const [text, lang] of [
      ['Piszę w sprawie 3 faktur z 2024 roku.', 'pl'],
      ['Mio padre è seguito al CRO di Aviano dal 2021.', 'it'],
    ] as const) {
      expect(texts(r, text, lang), text).toEqual([]);
    }
  });

  it('finds a code again where it repeats without its context word, also when introduced in another message', () => {
    const thread = ['Dear team, my policy number is KV-7781234. Thanks'];
    expect(texts(r, 'About KV-7781234: still no answer. KV-7781234!', 'en', thread)).toEqual([
      'KV-7781234',
      'KV-7781234',
    ]);
    expect(texts(r, 'Order 55412398 and later 55412398 again')).toEqual(['55412398', '55412398']);
  });

  it('does not search short codes across the thread', () => {
    expect(texts(r, 'We have 4711 reasons', 'en', ['Kundennummer 4711'])).toEqual([]);
  });
});

describe('account number recognizer: record words and code shapes', () => {
  it.each([
    ['fr', 'Je suis affilié sous le numéro AR-11741228 et j’aurai 61 ans.', 'AR-11741228'],
    ['de', 'Vertragskonto 542118333. Am 04.07.2024 kam die Rechnung.', '542118333'],
    ['en', 'My father (hospital number RWX465809, born 1948)', 'RWX465809'],
    ['es', 'Ingresó en Urgencias (NHC 91969170) por una neumonía.', '91969170'],
    ['fr', 'Hospitalisée en cardiologie (IPP 2966263).', '2966263'],
    ['en', 'I have opened file 2023-46556 for you.', '2023-46556'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toContain(value);
  });

  it('takes reference-shaped codes without a context word', () => {
    expect(texts(r, 'Soy cliente con CLI64751030 y la autorización POL-2023-36992.', 'es')).toEqual([
      'CLI64751030',
      'POL-2023-36992',
    ]);
    expect(texts(r, 'We opened dispute NB2023-85363 and 2024-85290.')).toEqual([
      'NB2023-85363',
      '2024-85290',
    ]);
  });

  it('takes Norwegian farm and holding numbers with their labels', () => {
    expect(texts(r, 'Hytta på gnr. 47 bnr. 213 i Kvinnherad står på Arne.', 'no')).toEqual([
      'gnr. 47 bnr. 213',
    ]);
    expect(texts(r, 'Eigedomsskatten for gnr 12/bnr 88, Nesvegen 140.', 'no')).toEqual(['gnr 12/bnr 88']);
    expect(texts(r, 'Tomta (gnr./bnr. 12/88) og gårdsnr. 3 bruksnr. 7 fnr. 2.', 'no')).toEqual([
      'gnr./bnr. 12/88',
      'gårdsnr. 3 bruksnr. 7 fnr. 2',
    ]);
    // A farm number alone, or the words without numbers, are no property.
    expect(texts(r, 'Gnr. og bnr. finner du i grunnboken; gnr. 5 alene er ikke nok.', 'no')).toEqual([]);
  });

  it('leaves standards, dates, form numbers and phone numbers alone', () => {
    expect(texts(r, 'Certified to ISO-27001 since 2019-05-01; Cerfa n° 12345*03.', 'fr')).toEqual([]);
    expect(texts(r, 'My phone number is 0612345678, Telefonnummer 030 1234567.')).toEqual([]);
  });
});

describe('account number recognizer: labels of the 11 languages, abbreviated and inflected', () => {
  it.each([
    ['en', 'Our ref: LEG/2024/0415, please quote it.', 'LEG/2024/0415'],
    ['en', 'My MPAN is 1200023305967.', '1200023305967'],
    ['en', 'Meter serial number E12Z004567 was replaced.', 'E12Z004567'],
    ['de', 'Versichertennr.: A123456789 liegt bei.', 'A123456789'],
    ['de', 'Vertragsnr. 7004-1123-88 gekündigt.', '7004-1123-88'],
    ['de', 'Ihr Zeichen: 3-K-2024/117', '3-K-2024/117'],
    ['de', 'Zählernummer 1ESY1160345678, Stand 4711 kWh.', '1ESY1160345678'],
    ['de', 'Mein Vertrag Nr. 448812 läuft aus.', '448812'],
    ['fr', 'N° de contrat : 0012-887-55', '0012-887-55'],
    ['fr', 'Référence client 8844123, merci.', '8844123'],
    ['fr', 'Mon numéro de PDL est 14 2953 2215 6708.', '14 2953 2215 6708'],
    ['nl', 'Mijn polisnummer is 12.345.678.', '12.345.678'],
    ['nl', 'Dossiernummer: 2024/118872', '2024/118872'],
    ['nl', 'EAN-code 871687120054321234 staat op de factuur.', '871687120054321234'],
    ['es', 'Nº de póliza: 0099887766', '0099887766'],
    ['es', 'Expediente 2023/4456-B en trámite.', '2023/4456-B'],
    ['es', 'El CUPS es ES0021000001234567AB.', 'ES0021000001234567AB'],
    ['it', 'Pratica n. 2024/7781, grazie.', '2024/7781'],
    ['it', 'Codice cliente: 00345123', '00345123'],
    ['it', 'Il codice POD è IT001E12345678.', 'IT001E12345678'],
    ['sv', 'Ärendenummer: 24-117788', '24-117788'],
    ['sv', 'Mitt avtalsnummer är 55661122.', '55661122'],
    ['da', 'Sagsnummer 2024-3311 er oprettet.', '2024-3311'],
    ['da', 'Policenummer: 66-112233', '66-112233'],
    ['no', 'Saksnummer 24/05512', '24/05512'],
    ['no', 'Avtalenummer: 90087766', '90087766'],
    ['fi', 'Asiakasnumeroni on 4455667.', '4455667'],
    ['fi', 'Vakuutusnumero 12-3456789-0', '12-3456789-0'],
    ['fi', 'Laskun numero: 20240017', '20240017'],
    ['fi', 'Viitenumero 12345 67890 12', '12345 67890 12'],
    ['pl', 'Nr umowy: UM/2024/00123', 'UM/2024/00123'],
    ['pl', 'Sygnatura akt: I C 123/24', 'I C 123/24'],
    ['pl', 'Numer polisy 900012345678.', '900012345678'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toContain(value);
  });

  it('takes a reference-shaped code later in the sentence of a label', () => {
    expect(texts(r, 'Die Kundennummer, die Sie mir genannt haben, lautet doch KD-44/1234.', 'de')).toEqual([
      'KD-44/1234',
    ]);
    expect(
      texts(r, 'Pour le dossier que vous avez ouvert, la référence est bien RC-2024-88.', 'fr'),
    ).toContain('RC-2024-88');
  });

  it('does not take codes of other sentences, short model names or dates after a label', () => {
    expect(texts(r, 'Thanks for the contract. My car is a VW-Golf 7 from 2019-03-01.')).toEqual([]);
    expect(texts(r, 'Der Vertrag wegen COVID-19 endet am 31.12.2024.', 'de')).toEqual([]);
    expect(texts(r, 'Il contratto scade il 12/03/2025 alle 10:30.', 'it')).toEqual([]);
  });
});

describe('case and file numbers named in it, es, fi, pl and in plural lists', () => {
  it.each([
    ['en', 'I sent you invoices KLR-1180 and KLR-1193 last month.', ['KLR-1180', 'KLR-1193']],
    ['es', 'Su número de historia es 2290417 en el hospital.', ['2290417']],
    ['it', 'Pronto soccorso, accesso n. 2023/PS/004127 del mattino.', ['2023/PS/004127']],
    ['it', 'n. adesione FDN-40211-03 per il fondo.', ['FDN-40211-03']],
    ['fi', 'Poliisi kirjasi asian (ilmoitusnumero 4410/R/19022/23).', ['4410/R/19022/23']],
    ['pl', 'Dotyczy zgromadzenia (znak sprawy OR.5310.14.2024).', ['OR.5310.14.2024']],
  ] as const)('%s: "%s"', (lang, text, values) => {
    expect(texts(r, text, lang)).toEqual(values);
  });

  it('takes no words, dates or amounts after the new words', () => {
    expect(texts(r, 'La historia de mi familia empieza en 1950.', 'es')).toEqual([]);
    expect(texts(r, 'La pratica è stata chiusa il 12.03.2024.', 'it')).toEqual([]);
    expect(texts(r, 'We had 300 orders and 20 cases in May.')).toEqual([]);
  });
});

describe('account numbers against phone numbers', () => {
  const detector = createDetector();
  const typed = (text: string) => detector.detect({ text }).map((s) => [s.type, text.slice(s.start, s.end)]);

  it.each([
    ['Hej, jag heter Anna och mitt nummer är 070-123 45 67.', '070-123 45 67'],
    ['You can call my number: 07700 900123', '07700 900123'],
    ['Meine Nummer ist 0171 1234567.', '0171 1234567'],
  ])('keeps a phone number after a bare "number" a phone: %s', (text, phone) => {
    expect(typed(text)).toContainEqual(['PHONE', phone]);
  });

  it('lets a code right after a real label win over its phone reading', () => {
    expect(typed('Vertragskonto 542118333, bitte prüfen.')).toContainEqual(['ACCOUNT_NO', '542118333']);
  });
});
