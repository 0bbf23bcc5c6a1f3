import { describe, expect, it } from 'vitest';
import { addressRecognizer as r } from '../../../src/anonymize/recognizers/address.js';
import { texts } from './structured.support.js';

describe('address recognizer: street lines', () => {
  it.each([
    ['de', 'Ich wohne in der Hauptstraße 12 seit Mai.', 'Hauptstraße 12'],
    ['de', 'Lieferung an Lange Straße 5a bitte.', 'Lange Straße 5a'],
    ['en', 'Please send it to 12 Main Street as before.', '12 Main Street'],
    ['en', 'We moved to 221B Baker St. last year', '221B Baker St.'],
    ['fr', "J'habite 12 rue de la Paix depuis 2010.", '12 rue de la Paix'],
    ['fr', 'Nouvelle adresse : 5, avenue des Champs-Élysées', '5, avenue des Champs-Élysées'],
    ['nl', 'Mijn adres is Keizersgracht 123-II, graag aanpassen.', 'Keizersgracht 123-II'],
    ['es', 'Vivo en la Calle Mayor 5 desde enero.', 'Calle Mayor 5'],
    ['sv', 'Jag bor på Storgatan 3B.', 'Storgatan 3B'],
    ['it', 'Abito in Via Roma 10 a Milano.', 'Via Roma 10'],
    ['pl', 'Mieszkam przy ul. Długa 5/7.', 'ul. Długa 5/7'],
    ['da', 'Min adresse er Holmevej 34.', 'Holmevej 34'],
    ['fi', 'Osoitteeni on Jäämerentie 89.', 'Jäämerentie 89'],
    ['no', 'Jeg bor i Storgata 7.', 'Storgata 7'],
    ['no', 'Eg bur i Hafstadvegen 12.', 'Hafstadvegen 12'],
    ['sv', 'Ny adress: Ekhagsringen 5 lgh 1102.', 'Ekhagsringen 5 lgh 1102'],
    ['it', 'Abito in Via ai Ronchi 21 a Mendrisio.', 'Via ai Ronchi 21'],
    ['es', 'Vivo en C/ de la Mare de Déu del Coll, 117 desde enero.', 'C/ de la Mare de Déu del Coll, 117'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toContain(value);
  });
});

describe('address recognizer: postcode and city lines', () => {
  it.each([
    ['de', '10115 Berlin', '10115 Berlin'],
    ['de', 'D-10115 Berlin', 'D-10115 Berlin'],
    ['nl', '1012 AB Amsterdam', '1012 AB Amsterdam'],
    ['fr', '75008 Paris', '75008 Paris'],
    ['en', 'London SW1A 1AA', 'London SW1A 1AA'],
    ['es', '28013 Madrid', '28013 Madrid'],
    ['sv', '114 55 Stockholm', '114 55 Stockholm'],
    ['pl', '00-950 Warszawa', '00-950 Warszawa'],
    ['de', '8001 Zürich', '8001 Zürich'],
    ['de', '1010 Wien', '1010 Wien'],
    ['en', 'Springfield, IL 62704', 'Springfield, IL 62704'],
    ['de', '60311 Frankfurt am Main', '60311 Frankfurt am Main'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, `Meine Adresse:\n${text}\nDanke`, lang)).toContain(value);
  });

  it('joins street and postcode on one line into one span', () => {
    expect(texts(r, 'Anschrift: Hauptstraße 12, 10115 Berlin', 'de')).toEqual([
      'Hauptstraße 12, 10115 Berlin',
    ]);
  });

  it('takes the lines that continue an address block', () => {
    const text = 'Anna Schmidt\nHauptstraße 12\n10115 Berlin\n\nMit freundlichen Grüßen';
    expect(texts(r, text, 'de')).toEqual(['Hauptstraße 12', '10115 Berlin']);
    const en = 'Ship to:\n67 Wallis Street\nApt. 511\nRANDWICK\nAustralia 2031\nThanks';
    expect(texts(r, en)).toEqual(['67 Wallis Street', 'Apt. 511', 'RANDWICK', 'Australia 2031']);
  });
});

describe('address recognizer: P.O. boxes, flats and address words', () => {
  it.each([
    ['en', 'P.O. Box 108', 'P.O. Box 108'],
    ['de', 'Postfach 12 34', 'Postfach 12 34'],
    ['nl', 'Postbus 1234', 'Postbus 1234'],
    ['fr', 'Boîte postale 45', 'Boîte postale 45'],
    ['es', 'Apartado de correos 99', 'Apartado de correos 99'],
    ['no', 'Postboks 123', 'Postboks 123'],
    ['en', 'Suite 137', 'Suite 137'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, `Use ${text} please.`, lang)).toContain(value);
  });

  it('takes the rest of the line after an address word when it holds a number', () => {
    expect(texts(r, 'My new address is Trg revolucije 12, Zagreb.')).toEqual(['Trg revolucije 12, Zagreb']);
    expect(texts(r, 'Adresse: Am Hang 4\n', 'de')).toEqual(['Am Hang 4']);
  });
});

describe('address recognizer: what is not an address', () => {
  it('does not flag prices, dates, quantities, versions or verbs', () => {
    for (const text of [
      'The price is 1.250,00 € for 3 Pakete 2 mal pro Woche.',
      'Am 12 Januar 2024 kam die Rechnung.',
      'In 2019 Anna called us about 1,500 Euro.',
      'Windows 10 and Office 2019 are installed, version 10.2.3.',
      'We will address the 2 issues you raised in 3 days.',
      'Order 12345 contains 4 items.',
    ]) {
      expect(texts(r, text), text).toEqual([]);
    }
  });
});

describe('address recognizer: blocks and text written in lower case', () => {
  it('takes a street line with its town, region and postcode on the same line', () => {
    expect(
      texts(r, 'Ship it to 2657 Koontz Lane Apt. 602, Delta del Tigre, Austria 29614. Please call.'),
    ).toEqual(['2657 Koontz Lane Apt. 602, Delta del Tigre, Austria 29614']);
  });

  it('takes form-style blocks with the state and the ZIP on their own lines', () => {
    expect(texts(r, 'Arrived at 92 C/ Manuel Iradier 77\nParaparaumu\n, NZ\n 50882 last night.')).toEqual([
      '92 C/ Manuel Iradier 77',
      'Paraparaumu',
      ', NZ',
      '50882',
    ]);
  });

  it('finds streets in a message written entirely in lower case', () => {
    expect(texts(r, 'pls send to 97 guildry street, thx')).toEqual(['97 guildry street']);
    expect(texts(r, 'abito in via raffaele conforti 74 a roma', 'it')).toEqual(['via raffaele conforti 74']);
  });

  it('needs capitals for name-only streets in ordinary text', () => {
    expect(texts(r, 'Please send it via email 24 hours before.')).toEqual([]);
    expect(texts(r, "It's the most beautiful place in the world.")).toEqual([]);
  });

  it('finds US military addresses and postcodes after a postcode word', () => {
    expect(texts(r, 'Send it to USS Dam\nFPO AE 94560 please.')).toEqual(['USS Dam\nFPO AE 94560']);
    expect(texts(r, 'My zip code is 46718.')).toEqual(['46718']);
    expect(texts(r, 'Meine PLZ ist 10115.', 'de')).toEqual(['10115']);
  });
});

describe('address recognizer: floors, long P.O. boxes and sentence ends', () => {
  it('takes the Spanish floor and door with the house number', () => {
    expect(texts(r, 'Mi antigua dirección (Calle del Olmo 41, 2º B); vivo en Madrid.', 'es')).toEqual([
      'Calle del Olmo 41, 2º B',
    ]);
    expect(texts(r, 'Ahora vivo en Calle Nagusia 23, 4º izda. desde mayo.', 'es')).toContain(
      'Calle Nagusia 23, 4º izda',
    );
    expect(texts(r, 'Visc al Carrer de Sants 117, 3r 1a des del març.', 'es')).toContain(
      'Carrer de Sants 117, 3r 1a',
    );
  });

  it('takes all digit groups of a German Postfach', () => {
    expect(texts(r, 'Postfach 10 20 30, 20095 Hamburg', 'de')).toEqual(['Postfach 10 20 30, 20095 Hamburg']);
  });

  it('stops at the end of the sentence after the city', () => {
    expect(
      texts(r, 'Au cabinet, 40 avenue de l’Opéra, 75001 Paris. La consultation est gratuite.', 'fr'),
    ).toEqual(['40 avenue de l’Opéra, 75001 Paris']);
  });
});

describe('address recognizer: German preposition streets and Dutch type words', () => {
  it('takes "Am Mühlbach 68" before its postcode line, not "Am Montag 12"', () => {
    expect(texts(r, 'Meine neue Anschrift: Am Mühlbach 68, 50620 Köln.', 'de')).toEqual([
      'Am Mühlbach 68, 50620 Köln',
    ]);
    expect(texts(r, 'Heike Lehmann\n> Am Mühlbach 93\n> 28123 Bremen', 'de')).toEqual([
      'Am Mühlbach 93',
      '28123 Bremen',
    ]);
    expect(texts(r, 'Am Montag 12 Uhr passt gut.', 'de')).toEqual([]);
  });

  it('takes Dutch streets with the type as its own word', () => {
    expect(texts(r, 'De kaart gaat naar Oude Gracht 111, 3548 PD Utrecht.', 'nl')).toEqual([
      'Oude Gracht 111, 3548 PD Utrecht',
    ]);
  });
});

describe('address recognizer: street lines of every supported country', () => {
  it.each([
    ['de', 'Bitte an Lindenweg 4/2 schicken.', 'Lindenweg 4/2'],
    ['de', 'Kennen Sie die Adresse Am Markt 3a, 29221 Celle?', 'Am Markt 3a, 29221 Celle'],
    ['nl', 'Mijn adres: Dorpsstraat 4-A, 8147 AB Lutten', 'Dorpsstraat 4-A, 8147 AB Lutten'],
    ['en', 'I live at Kerkstraat 12 now.', 'Kerkstraat 12'],
    ['fr', "J'habite au 12 bis avenue Victor Hugo.", '12 bis avenue Victor Hugo'],
    ['fr', 'Nous sommes au 4 chemin des Vignes depuis mai.', '4 chemin des Vignes'],
    ['it', 'Abito in Viale Monza 44, int. 4, scala B da marzo.', 'Viale Monza 44, int. 4, scala B'],
    ['sv', 'Jag bor på Gamla gränd 3.', 'Gamla gränd 3'],
    ['da', 'Min adresse er Nørregade 12, 3. tv. i byen.', 'Nørregade 12, 3. tv.'],
    ['da', 'Jeg bor på Strandvejen 100 nu.', 'Strandvejen 100'],
    ['no', 'Jeg bor i Storgate 7 og Sørvegen 12.', 'Storgate 7'],
    ['no', 'Adressen er Karl Johans gate 22.', 'Karl Johans gate 22'],
    ['fi', 'Osoite: Mannerheimintie 12 B 34', 'Mannerheimintie 12 B 34'],
    ['pl', 'Mieszkam przy ul. Marszałkowska 10/12 m. 5 od roku.', 'ul. Marszałkowska 10/12 m. 5'],
    // floors, sides and flat numbers after the street, also one after another
    ['de', 'Petra Lange\nKirchgasse 14, 2. OG links\n09111 Chemnitz', 'Kirchgasse 14, 2. OG links'],
    ['no', 'Kari Dahl\nBispegata 12 H0201\n0191 Oslo', 'Bispegata 12 H0201'],
    ['no', 'Ola\nTårnåsveien 62, leil. H0204\n1410 Kolbotn', 'Tårnåsveien 62, leil. H0204'],
    ['fi', 'Anna Virtanen\nOjamonkatu 6 as 12\n08100 Lohja', 'Ojamonkatu 6 as 12'],
    ['es', 'Marta Ruiz\nAvda. de Madrid 188, 4.º izda.\n28014 Madrid', 'Avda. de Madrid 188, 4.º izda.'],
    [
      'fr',
      'Léa Martin\n18 rue Paul-Bert, bât. C, 3e étage\n69003 Lyon',
      '18 rue Paul-Bert, bât. C, 3e étage',
    ],
    ['da', 'Mette\nLl. Sct. Hans Gade 11, 1.\n8800 Viborg', 'Sct. Hans Gade 11, 1.'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, text, lang)).toContain(value);
  });
});

describe('address recognizer: postcodes, CEDEX, provinces, Eircodes and PO boxes', () => {
  it.each([
    ['fr', '92100 Boulogne-Billancourt Cedex 08', '92100 Boulogne-Billancourt Cedex 08'],
    ['it', '20121 Milano (MI)', '20121 Milano (MI)'],
    ['es', '28013 Madrid (Madrid)', '28013 Madrid (Madrid)'],
    ['en', 'Dublin D02 X285', 'Dublin D02 X285'],
    ['en', 'Cork T12 X2P7', 'Cork T12 X2P7'],
    ['fr', 'BP 123', 'BP 123'],
    ['fi', 'PL 123', 'PL 123'],
    ['pl', 'skr. poczt. 45', 'skr. poczt. 45'],
  ] as const)('%s: "%s"', (lang, text, value) => {
    expect(texts(r, `Adresse:\n${text}\nMerci`, lang)).toContain(value);
  });

  it('leaves words ending in a street type, match results and a town with an age alone', () => {
    for (const [lang, text] of [
      ['en', 'during 5 days we waited for the spring 2 event'],
      ['en', 'Japan 2 Syria 1 (halftime 0-1)'],
      ['fi', 'Asun Helsingissä ja olen 45-vuotias.'],
      ['da', 'Vi betalte 3. tv-licens og top 5 ting.'],
      ['it', 'La scala B è chiusa.'],
      ['de', 'Bitte links abbiegen, dann 2. Tür rechts.'],
      ['fi', 'Tilaus 6 as 12 kpl.'],
    ] as const) {
      expect(texts(r, text, lang), text).toEqual([]);
    }
  });
});
