import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategorySpans } from '../../../src/anonymize/recognizers/special-categories.js';

/** Sentences written for these tests, in the words customers use, one language at a time. */
function found(lang: Lang, text: string): string[] {
  return specialCategorySpans(text, lang).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('everyday Art. 9 vocabulary per language', () => {
  it('Swedish: complaints, sick pay, unions, origin, faith and biometrics', () => {
    expect(found('sv', 'Jag har haft yrsel och sömnstörningar sedan i våras.')).toEqual([
      'HEALTH:yrsel',
      'HEALTH:sömnstörningar',
    ]);
    expect(found('sv', 'Min sjukpenning från Försäkringskassan har dröjt.')).toContain('HEALTH:sjukpenning');
    expect(found('sv', 'Jag är huvudskyddsombud på lagret.')).toEqual(['TRADE_UNION:huvudskyddsombud']);
    expect(found('sv', 'Familjen har kurdisk bakgrund.')).toEqual(['ETHNIC_ORIGIN:kurdisk bakgrund']);
    expect(found('sv', 'Vi äter bara halal.')).toEqual(['RELIGION:halal']);
    expect(found('sv', 'Passet kräver fingeravtryck.')).toEqual(['BIOMETRIC:fingeravtryck']);
  });

  it('Polish: case endings on conditions, sick leave and unions', () => {
    expect(found('pl', 'Od roku leczę się na niedoczynność tarczycy.')).toEqual([
      'HEALTH:niedoczynność tarczycy',
    ]);
    expect(found('pl', 'Czekam na wypłatę zasiłku chorobowego.')).toEqual(['HEALTH:zasiłku chorobowego']);
    expect(found('pl', 'Brat jest w komisji zakładowej związku.')).toContain(
      'TRADE_UNION:komisji zakładowej',
    );
    expect(found('pl', 'Bank chce skan tęczówki przy logowaniu.')).toEqual(['BIOMETRIC:skan tęczówki']);
  });

  it('Norwegian and Danish: definite forms, sick leave, unions and parties', () => {
    expect(found('no', 'Jeg har leddgikt og er sykmeldt 50 %.')).toEqual([
      'HEALTH:leddgikt',
      'HEALTH:sykmeldt 50 %',
    ]);
    expect(found('no', 'Hun er hovedverneombud i kommunen.')).toEqual(['TRADE_UNION:hovedverneombud']);
    expect(found('da', 'Jeg er i fleksjob på grund af fibromyalgi.')).toEqual([
      'HEALTH:fleksjob',
      'HEALTH:fibromyalgi',
    ]);
    expect(found('da', 'Hun er medlem af Dansk Sygeplejeråd.')).toEqual([
      'TRADE_UNION:medlem af Dansk Sygeplejeråd',
    ]);
  });

  it('Dutch and German: compounds and sick-leave words', () => {
    expect(found('nl', 'Ik heb al weken nekpijn en ben arbeidsongeschikt.')).toEqual([
      'HEALTH:nekpijn',
      'HEALTH:arbeidsongeschikt',
    ]);
    expect(found('nl', 'Mijn moeder heeft darmkanker.')).toEqual(['HEALTH:darmkanker']);
    expect(found('de', 'Ich bin seit März krankgeschrieben, dazu Nackenschmerzen.')).toEqual([
      'HEALTH:krankgeschrieben',
      'HEALTH:Nackenschmerzen',
    ]);
    expect(found('de', 'Ich bin im Personalrat und Gewerkschaftsmitglied.')).toEqual([
      'TRADE_UNION:Personalrat',
      'TRADE_UNION:Gewerkschaftsmitglied',
    ]);
  });

  it('Italian and Finnish: conditions, disability and unions', () => {
    expect(found('it', 'Mio figlio ha la legge 104 per una paralisi cerebrale.')).toEqual([
      'HEALTH:legge 104',
      'HEALTH:paralisi cerebrale',
    ]);
    expect(found('it', 'Sono rappresentante sindacale della FIOM.')).toEqual([
      'TRADE_UNION:rappresentante sindacale della FIOM',
    ]);
    expect(found('fi', 'Minulla todettiin keliakia ja olen sairauslomalla.')).toEqual([
      'HEALTH:keliakia',
      'HEALTH:sairauslomalla',
    ]);
    expect(found('fi', 'Olen ollut Rakennusliiton jäsen vuosia.')).toContain(
      'TRADE_UNION:Rakennusliiton jäsen',
    );
  });
});

describe('genetic data by its written shape', () => {
  it('takes origin phrases for origin and not a country of goods, a source account or a quote header', () => {
    expect(found('es', 'Soy de origen marroquí y vivo en Murcia.')).toEqual([
      'ETHNIC_ORIGIN:de origen marroquí',
    ]);
    expect(found('it', 'Sono di origine marocchina.')).toEqual(['ETHNIC_ORIGIN:di origine marocchina']);
    expect(found('es', 'La transferencia salió de la cuenta de origen y la de destino es suya.')).toEqual([]);
    expect(found('es', 'Indique el país de origen del producto.')).toEqual([]);
    expect(found('it', 'Indicare il paese di origine della merce.')).toEqual([]);
    expect(found('fr', "Merci.\n\n-----Message d'origine-----\nDe : Julie Martin")).toEqual([]);
  });

  it('takes the treatment words of the English table in other languages only after a self-reference', () => {
    expect(found('fr', 'La prescription de la créance est acquise depuis 2021.')).toEqual([]);
    expect(found('fr', 'Une infusion de camomille le soir, rien de plus.')).toEqual([]);
    expect(found('en', 'My prescription ran out on Monday.')).toEqual(['HEALTH:prescription']);
  });

  it('finds gene symbols beside the word for gene, variants and repeats in any language', () => {
    expect(found('en', 'A variant c.5266dupC was found.')).toEqual(['GENETIC:c.5266dupC']);
    expect(found('no', 'Jeg bærer en feil i BRCA2-genet.')).toContain('GENETIC:BRCA2-genet');
    expect(found('fr', 'Une anomalie du gène SCN1A a été retrouvée.')).toEqual(['GENETIC:gène SCN1A']);
    expect(found('de', 'Der Befund zeigt eine CAG-Wiederholung.')).toEqual(['GENETIC:CAG-Wiederholung']);
  });

  it('finds a karyotype, and not a count with a capital after it', () => {
    expect(found('it', 'Il risultato è 46,XX, nella norma.')).toContain('GENETIC:46,XX');
    expect(found('en', 'His result: 47,XXY.')).toContain('GENETIC:47,XXY');
    expect(found('en', 'We sent 46,Xmas cards, 45, X-shaped brackets and 46, XL shirts.')).toEqual([]);
  });

  it('finds inherited dispositions and translocations in the words of each language', () => {
    expect(found('da', 'Han har arveanlægget for FH.')).toContain('GENETIC:arveanlægget');
    expect(found('de', 'Die molekulargenetische Untersuchung ist bezahlt.')).toContain(
      'GENETIC:molekulargenetische',
    );
  });

  it('does not take a Dutch "geen" or a plain abbreviation for a gene', () => {
    expect(found('nl', 'De NOS geen commentaar gaf.')).toEqual([]);
    expect(found('en', 'Send the PDF to the HR team.')).toEqual([]);
  });
});

describe('HEALTH tails', () => {
  it('keeps a code in brackets and a strength after a capitalised drug name', () => {
    expect(found('sv', 'Diagnosen är generaliserad ångest (F41.1) enligt läkaren.')).toContain(
      'HEALTH:ångest (F41.1)',
    );
    expect(found('de', 'Ich nehme Sertralin 100 seit dem Frühjahr.')).toEqual(['HEALTH:Sertralin 100']);
  });

  it('keeps a side in brackets after the condition or operation', () => {
    expect(found('en', 'I had a total knee replacement (right) in May.')).toContain(
      'HEALTH:total knee replacement (right)',
    );
    expect(found('de', 'Seit Jahren Coxarthrose (links), jetzt auch Schmerzen.')).toContain(
      'HEALTH:Coxarthrose (links)',
    );
  });

  it('leaves a count or a bracketed word after a lower-case term outside', () => {
    expect(found('fi', 'Hän sai sydänkohtauksen 35 vuotta sitten.')).toEqual(['HEALTH:sydänkohtauksen']);
    expect(found('nl', 'Ze heeft diabetes (zegt ze).')).toEqual(['HEALTH:diabetes']);
  });
});
