import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategorySpans } from '../../../src/anonymize/recognizers/special-categories.js';

/** Sentences written for these tests, in the words customers use, one language at a time. */
function found(lang: Lang, text: string): string[] {
  return specialCategorySpans(text, lang).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('clinical vocabulary: examinations, therapies, aids, sick leave, brand medicines', () => {
  const perLanguage: Array<[Lang, string, string[]]> = [
    ['en', 'She has been on home haemodialysis since May.', ['home haemodialysis']],
    ['de', 'Der Arm ist im Gips, und die Gipsschiene drückt.', ['Arm ist im Gips', 'Gipsschiene']],
    ['fr', 'Je fais de la kinésithérapie et une coloscopie est prévue.', ['kinésithérapie', 'coloscopie']],
    [
      'nl',
      'Volgende week heb ik een kijkonderzoek en daarna fysiotherapie.',
      ['kijkonderzoek', 'fysiotherapie'],
    ],
    [
      'it',
      'Ho fatto la risonanza magnetica e ora faccio fisioterapia.',
      ['risonanza magnetica', 'fisioterapia'],
    ],
    ['sv', 'Jag är sjukskriven och väntar på magnetkamera.', ['sjukskriven', 'magnetkamera']],
    [
      'da',
      'Jeg har nedsat lungefunktion og går til fysioterapeut.',
      ['nedsat lungefunktion', 'fysioterapeut'],
    ],
    ['fi', 'Olen sairauslomalla ja odotan magneettikuvausta.', ['sairauslomalla', 'magneettikuvausta']],
    ['pl', 'Mam ataki paniki i czekam na rezonans.', ['ataki paniki', 'rezonans']],
    [
      'es',
      'Tengo rehabilitación y una resonancia magnética pendiente.',
      ['rehabilitación', 'resonancia magnética'],
    ],
    ['no', 'Jeg venter på hjerteultralyd.', ['hjerteultralyd']],
  ];
  it.each(perLanguage)('finds them in %s: %s', (lang, text, phrases) => {
    expect(found(lang, text)).toEqual(phrases.map((p) => `HEALTH:${p}`));
  });

  it('knows brand medicines in every language, with their case endings', () => {
    expect(found('en', 'My father now takes Aricept and Lipitor.')).toEqual([
      'HEALTH:Aricept',
      'HEALTH:Lipitor',
    ]);
    expect(found('de', 'Ich nehme Concor 5 mg.')).toEqual(['HEALTH:Concor 5 mg']);
    expect(found('pl', 'Skończył mi się Atorisu zapas.')).toContain('HEALTH:Atorisu');
    expect(found('sv', 'Jag tar Alvedon mot värken.')).toContain('HEALTH:Alvedon');
  });

  it('leaves ordinary uses of ambiguous words alone', () => {
    expect(found('en', 'I am confused by the bill and we foster children.')).toEqual([]);
    expect(found('sv', 'Varan är helt slut i lager.')).toEqual([]);
    expect(found('it', 'Il ventilatore del soggiorno fa rumore.')).toEqual([]);
    expect(found('es', 'Quiero darme de baja del boletín.')).toEqual([]);
  });

  it('finds genetic testing and biometric capture words', () => {
    expect(found('nl', 'Ik wil een predictieve test laten doen.')).toEqual(['GENETIC:predictieve test']);
    expect(found('it', 'Chiedo una consulenza genetica.')).toEqual(['GENETIC:consulenza genetica']);
    expect(found('fi', 'Pankki tarjoaa biometrisen tunnistautumisen.')).toEqual([
      'BIOMETRIC:biometrisen tunnistautumisen',
    ]);
  });
});

describe('acts and practices grow into the phrase', () => {
  it('takes biometric data with who takes it and which fingers, joined across "and"', () => {
    expect(found('fr', 'Le relevé de vos empreintes digitales a lieu au guichet.')).toEqual([
      'BIOMETRIC:relevé de vos empreintes digitales',
    ]);
    expect(found('it', 'Servono la foto del volto e le impronte digitali di due dita.')).toEqual([
      'BIOMETRIC:foto del volto e le impronte digitali di due dita',
    ]);
    expect(found('no', 'Vi tar fingeravtrykk av to fingre.')).toEqual([
      'BIOMETRIC:fingeravtrykk av to fingre',
    ]);
  });

  it('finds religious reasons and what is worn for them', () => {
    expect(found('nl', 'Zij wil om religieuze redenen geen mannelijke arts.')).toEqual([
      'RELIGION:om religieuze redenen',
    ]);
    // The practice said with its reason is one phrase.
    expect(found('pl', 'Z powodów religijnych nie jem wieprzowiny.')).toEqual([
      'RELIGION:Z powodów religijnych nie jem wieprzowiny',
    ]);
    expect(found('fi', 'En syö sianlihaa uskonnollisista syistä.')).toEqual([
      'RELIGION:En syö sianlihaa uskonnollisista syistä',
    ]);
    expect(found('en', 'Is wearing a hijab allowed on the photo?')).toEqual(['RELIGION:wearing a hijab']);
    expect(found('da', 'Må jeg bære tørklæde på billedet?')).toEqual(['RELIGION:bære tørklæde']);
    // Asking for a carer of one sex for that reason is the practice.
    expect(found('de', 'Meine Mutter möchte eine weibliche Pflegekraft aus religiösen Gründen.')).toEqual([
      'RELIGION:weibliche Pflegekraft aus religiösen Gründen',
    ]);
    expect(found('en', 'She asked for a female doctor for religious reasons.')).toEqual([
      'RELIGION:female doctor for religious reasons',
    ]);
  });

  it('keeps the seat of a political office and union dues', () => {
    expect(found('nl', 'Zij is gemeenteraadslid voor de SP in Utrecht.')).toEqual([
      'POLITICAL_OPINION:gemeenteraadslid voor de SP in Utrecht',
    ]);
    expect(found('sv', 'Jag betalar fackavgift varje månad.')).toEqual(['TRADE_UNION:fackavgift']);
    expect(found('en', 'My union dues went up.')).toEqual(['TRADE_UNION:My union dues']);
  });

  it('finds origin group nouns, and nationality adjectives only after a self-reference', () => {
    expect(found('da', 'Mange af vores naboer er somaliere.')).toEqual(['ETHNIC_ORIGIN:somaliere']);
    expect(found('fr', 'Ma famille est tamoule.')).toEqual(['ETHNIC_ORIGIN:tamoule']);
    expect(found('nl', 'De Turkse bakker is dicht.')).toEqual([]);
  });
});

describe('health spans grow over course, place and kind', () => {
  it('takes the qualifier each language puts before or after the condition', () => {
    const grown = (lang: Lang, text: string) => found(lang, text).filter((s) => s.startsWith('HEALTH:'));
    expect(grown('it', 'Uso ossigenoterapia domiciliare da marzo.')).toEqual([
      'HEALTH:ossigenoterapia domiciliare',
    ]);
    expect(grown('pl', 'Leczę się na raka jelita grubego.')).toEqual(['HEALTH:raka jelita grubego']);
    expect(grown('fi', 'Minulla on keskivaikea masennus.')).toEqual(['HEALTH:keskivaikea masennus']);
    expect(grown('de', 'Ich mache eine ambulante Verhaltenstherapie.')).toEqual([
      'HEALTH:ambulante Verhaltenstherapie',
    ]);
    expect(grown('en', 'I had a partial meniscectomy.')).toEqual(['HEALTH:partial meniscectomy']);
  });
});

describe('clinical scores with their value', () => {
  it.each([
    ['it', 'Il test ha dato MMSE 17/30 purtroppo.', 'MMSE 17/30'],
    ['fi', 'MMSE-tulos 26/30 viime syksynä.', 'MMSE-tulos 26/30'],
    ['pl', 'BMI 34, waga 112 kg.', 'BMI 34'],
    ['en', 'His GCS was 14 on arrival.', 'GCS was 14'],
    ['de', 'EDSS 3,5 seit Januar', 'EDSS 3,5'],
    ['de', 'Barthel-Index 45 Punkte', 'Barthel-Index 45'],
    ['fr', 'Elle a un IMC de 16,5 depuis des mois.', 'IMC de 16,5'],
    ['es', 'Con un IMC 41 me operan en marzo.', 'IMC 41'],
  ] as const)('%s: %s', (lang, text, span) => {
    expect(found(lang, text)).toContain(`HEALTH:${span}`);
  });

  it('leaves a scale named without a value alone', () => {
    expect(found('en', 'The BMI calculator on our site is free.')).toEqual([]);
  });
});
