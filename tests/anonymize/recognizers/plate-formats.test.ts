import { describe, expect, it } from 'vitest';
import { plateRecognizer as r } from '../../../src/anonymize/recognizers/plate.js';
import { texts } from './structured.support.js';

describe('national plate formats with a vehicle word in the sentence', () => {
  it.each([
    ['de', 'Unser Firmenwagen ist ein Passat, amtlich zugelassen als HH AB 482.', 'HH AB 482'],
    ['de', 'Das Auto meiner Mutter (W-4821 KX) steht in der Garage.', 'W-4821 KX'],
    ['de', 'Bitte die Parkkarte für das Fahrzeug meines Mannes, ZH 48213, ausstellen.', 'ZH 48213'],
    ['fr', 'Le véhicule de mon père, immatriculé depuis 2015, porte la plaque GH-482-TK.', 'GH-482-TK'],
    ['fr', 'Pouvez-vous renouveler la carte pour la voiture de mon fils (KL-305-MB) ?', 'KL-305-MB'],
    ['nl', 'De auto van mijn schoonvader (48-KTR-5) staat op de oprit.', '48-KTR-5'],
    ['nl', 'Onze tweede wagen met kenteken GB-731-K is verkocht.', 'GB-731-K'],
    ['nl', 'Voor de Renault van mijn vrouw, 2-VBH-48, vraag ik een vergunning.', '2-VBH-48'],
    ['es', 'El coche de mi hermano, 4821 KTB, sigue en el taller.', '4821 KTB'],
    ['it', 'La Fiat di mia madre (FK 482 TM) è dal meccanico.', 'FK 482 TM'],
    ['pl', 'Samochód żony ma numery PO 4K821, proszę o abonament.', 'PO 4K821'],
    ['da', 'Vores bil har plader AX 48 213 og skal synes.', 'AX 48 213'],
    ['no', 'Vi har leasing på en Volvo (DN 48213) gjennom firmaet.', 'DN 48213'],
    ['sv', 'Min mans bil, KTR 48B, står på verkstaden.', 'KTR 48B'],
    ['fi', 'Äitini JKL-482 rekisteröidystä autosta tarvitaan tiedot.', 'JKL-482'],
    ['en', 'The other driver was in a white van, KT19 HXR, and drove off.', 'KT19 HXR'],
  ] as const)('%s: "%s"', (lang, text, plate) => {
    expect(texts(r, text, lang)).toEqual([plate]);
  });

  it('takes a British plate written with its space without a vehicle word', () => {
    expect(texts(r, 'The footage shows MA21 PLX turning left at the lights.')).toEqual(['MA21 PLX']);
  });

  it.each([
    // amounts with a currency code in the Spanish shape, with a vehicle word in the sentence
    ['es', 'El seguro del coche cuesta 1500 PLN al año y 3000 CHF en Suiza.'],
    // postcodes, dates and references near a vehicle word
    ['nl', 'De auto staat in 1234 AB Amsterdam sinds 12-03-2024.'],
    ['sv', 'Bilen hämtas på 123 45 Stockholm den 2024-03-12.'],
    ['de', 'Das Fahrzeug wurde am 12.03.2024 nach DIN-EN 1234 geprüft.'],
    ['en', 'The car was serviced under ISO 9001 in SW1A 1AA.'],
    // plate formats without any vehicle word: product and order codes
    ['fr', 'Référence article AB-123-CD, lot 2024.'],
    ['fi', 'Tilausnumero ABC-123 on lähetetty.'],
    ['no', 'Produktkode AB 12345 er utsolgt.'],
    ['it', 'Codice prodotto AB 123 CD disponibile.'],
  ] as const)('%s: no plate in "%s"', (lang, text) => {
    expect(texts(r, text, lang)).toEqual([]);
  });

  it('looks for the vehicle word in the same sentence only', () => {
    expect(texts(r, 'Wir haben ein neues Auto gekauft. Bestellcode FK 482 TM liegt bei.', 'de')).toEqual([]);
  });
});
