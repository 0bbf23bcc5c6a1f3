import { describe, expect, it } from 'vitest';
import { expectSpecialSpans, specialHits } from './context.js';

const hits = specialHits;
const expectAll = expectSpecialSpans;

describe('faith, gene, biometric and membership spans take in the words that make them a fact', () => {
  it('takes in the clergy and the community a faith word qualifies', () => {
    expectAll([
      ['en', 'She asked for the Catholic priest to visit on Sunday.', 'RELIGION:Catholic priest'],
      [
        'es',
        'Nos casó el pastor de nuestra iglesia evangélica.',
        'RELIGION:pastor de nuestra iglesia evangélica',
      ],
      ['sv', 'Han går på möten i pingstförsamlingen min varje vecka.', 'RELIGION:pingstförsamlingen min'],
      ['da', 'Hun fik en katolsk opdragelse.', 'RELIGION:katolsk opdragelse'],
    ]);
  });

  it('takes in a visit from the clergy, a refusal of blood and how devout', () => {
    expectAll([
      [
        'en',
        'She asked for a visit from the Catholic priest before the operation.',
        'RELIGION:visit from the Catholic priest',
      ],
      ['fr', "Il a demandé la visite de l'aumônier catholique.", "RELIGION:visite de l'aumônier catholique"],
      ['pl', 'Mój ojciec jest głęboko wierzącym katolikiem.', 'RELIGION:głęboko wierzącym katolikiem'],
    ]);
  });

  it('takes in what a fingerprint is used for and the device that reads it', () => {
    expectAll([['en', 'The fingerprint unlock on the app stopped working.', 'BIOMETRIC:fingerprint unlock']]);
  });

  it('takes in how a gene finding is qualified and a gene with a digit beside a mutation word', () => {
    expectAll([
      ['en', 'The test found a pathogenic BRCA2 variant.', 'GENETIC:pathogenic BRCA2 variant'],
      ['nl', 'Ik ben drager van de PKP2-mutatie.', 'GENETIC:drager van de PKP2-mutatie'],
      ['fr', 'On a trouvé la mutation H63D hétérozygote.', 'GENETIC:mutation H63D hétérozygote'],
      ['de', 'Bei mir wurde die Variante R117H festgestellt.', 'GENETIC:Variante R117H'],
      [
        'en',
        'My sister had a genetic test for the family mutation.',
        'GENETIC:genetic test for the family mutation',
      ],
    ]);
  });

  it('takes in the noun a biometric adjective qualifies, on the side the language puts it', () => {
    expectAll([
      ['de', 'Ich habe ein biometrisches Lichtbild abgegeben.', 'BIOMETRIC:biometrisches Lichtbild'],
      ['es', 'Prefiero no usar la huella biométrica para pagar.', 'BIOMETRIC:huella biométrica'],
    ]);
    expect(hits('Prefiero la firma biométrica para pagar.', 'es')).not.toContain(
      'BIOMETRIC:firma biométrica para',
    );
  });

  it('takes in dues and membership paid to a party or a union, and a party abbreviation in brackets', () => {
    expectAll([
      [
        'da',
        'Jeg betaler kontingent til Socialdemokratiet hver måned.',
        'POLITICAL_OPINION:kontingent til Socialdemokratiet',
      ],
      [
        'no',
        'Jeg vil si opp medlemskapet mitt i Fagforbundet.',
        'TRADE_UNION:medlemskapet mitt i Fagforbundet',
      ],
      [
        'it',
        'La quota associativa FIOM viene trattenuta in busta paga.',
        'TRADE_UNION:quota associativa FIOM',
      ],
      [
        'fi',
        'Olen kaupunginvaltuutettu (vihr.) Tampereella.',
        'POLITICAL_OPINION:kaupunginvaltuutettu (vihr.)',
      ],
    ]);
  });
});
