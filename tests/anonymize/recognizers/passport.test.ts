import { describe, expect, it } from 'vitest';
import { passportRecognizer as r } from '../../../src/anonymize/recognizers/passport.js';
import { texts } from './structured.support.js';

describe('passport recognizer', () => {
  it.each([
    ['en', 'My passport number is 912803456, valid until 2030.', '912803456'],
    ['en', 'Passport No.: A12345678', 'A12345678'],
    ['de', 'Meine Reisepassnummer lautet C01X00T47.', 'C01X00T47'],
    ['de', 'Pass-Nr. C4J9K7L2M', 'C4J9K7L2M'],
    ['fr', 'Numéro de passeport : 12AB34567', '12AB34567'],
    ['nl', 'Mijn paspoort heeft nummer NXC4R8B45.', 'NXC4R8B45'],
    ['es', 'Mi pasaporte es PAA123456', 'PAA123456'],
    ['sv', 'Passnummer: 87654321', '87654321'],
    ['it', 'Il numero del passaporto è YA1234567', 'YA1234567'],
    ['da', 'Mit pas nr. 206512345', '206512345'],
    ['no', 'Passet mitt har nummer 30123456', '30123456'],
    ['fi', 'Passin numero on FP1234567', 'FP1234567'],
    ['pl', 'Numer paszportu: AB 1234567', 'AB 1234567'],
    ['en', "My driver's license number is U62928788557186", 'U62928788557186'],
    ['de', 'Führerscheinnummer: B072RRE2I55', 'B072RRE2I55'],
    ['de', 'Personalausweis-Nr. L01X00T47', 'L01X00T47'],
    ['sv', 'Körkortsnummer 40123456', '40123456'],
    ['de', 'Bitte bringen Sie Ihren alten Ausweis (T22000129) mit.', 'T22000129'],
    ['it', 'Allego la carta di identità n. CA04417XP.', 'CA04417XP'],
    ['it', "Al rogito porto la carta d'identità mia CA72519KD.", 'CA72519KD'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toEqual([value]);
  });

  it("takes each document of a list after its holder's name and a colon", () => {
    expect(texts(r, '3. kopie paspoort Jeroen: NW3K8R1P7, ID-kaart Noor: IRT48LD92', 'nl')).toEqual([
      'NW3K8R1P7',
      'IRT48LD92',
    ]);
    expect(texts(r, 'Mijn paspoort Nederland: geldig tot 2030.', 'nl')).toEqual([]);
  });

  it('ignores codes without a passport word nearby', () => {
    expect(texts(r, 'Your booking reference is C01X00T47 and order A12345678.')).toEqual([]);
  });

  it('ignores words after a passport word and codes too far away', () => {
    expect(texts(r, 'I lost my passport yesterday at the station, ticket 12345678 was in it.')).toEqual([]);
    expect(texts(r, "Je ne suis pas venu, c'est pas 2024 encore", 'fr')).toEqual([]);
    expect(texts(r, 'My password is Secret123')).toEqual([]);
  });

  it('does not take a date after a passport word', () => {
    expect(texts(r, 'Passport expires 20301231')).toEqual([]);
  });
});
