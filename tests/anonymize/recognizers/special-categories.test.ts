import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

function hits(text: string, lang: Lang = 'en'): string[] {
  return specialCategories.detect(ctx(text, lang)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('special categories (GDPR Art. 9)', () => {
  it('finds health data as phrases, leaving the self-reference and the cue outside', () => {
    expect(hits('I was diagnosed with type 2 diabetes last year and I am pregnant.')).toEqual([
      'HEALTH:type 2 diabetes',
      'HEALTH:pregnant',
    ]);
  });

  it('covers every category in English', () => {
    const text =
      'He is a Muslim of Turkish origin, a member of the Labour Party and of Unison, is gay, ' +
      'did a BRCA1 genetic test and uses his fingerprint to log in.';
    const types = new Set(specialCategories.detect(ctx(text, 'en')).map((s) => s.type));
    expect([...types].sort()).toEqual(
      [
        'BIOMETRIC',
        'ETHNIC_ORIGIN',
        'GENETIC',
        'POLITICAL_OPINION',
        'RELIGION',
        'SEXUAL_ORIENTATION',
        'TRADE_UNION',
      ].sort(),
    );
  });

  it('tolerates inflections, compounds and case in each language', () => {
    const cases: Array<[Lang, string, string]> = [
      ['de', 'Ich bin schwanger und habe Brustkrebs.', 'HEALTH:Brustkrebs'],
      ['de', 'Seit der Schwangerschaft bin ich krankgeschrieben.', 'HEALTH:krankgeschrieben'],
      ['de', 'Ich bin Mitglied der IG Metall.', 'TRADE_UNION:Mitglied der IG Metall'],
      ['fr', 'Je suis enceinte et suivie pour une dépression.', 'HEALTH:enceinte'],
      ['fr', 'Je suis syndiquée à la CGT.', 'TRADE_UNION:syndiquée à la CGT'],
      ['nl', 'Ik ben zwanger en lid van de FNV.', 'TRADE_UNION:lid van de FNV'],
      ['es', 'Estoy embarazada y tengo diabetes.', 'HEALTH:embarazada'],
      ['sv', 'Jag är gravid och medlem i Unionen.', 'HEALTH:gravid'],
      ['it', 'Sono incinta e iscritta al sindacato.', 'HEALTH:incinta'],
      ['da', 'Jeg er gravid.', 'HEALTH:gravid'],
      ['no', 'Jeg er sykemeldt.', 'HEALTH:sykemeldt'],
      ['fi', 'Olen raskaana.', 'HEALTH:raskaana'],
      ['pl', 'Jestem w ciąży.', 'HEALTH:w ciąży'],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toContain(want);
  });

  it('does not flag look-alikes: data processing, "ich glaube", "I\'ll", Krankenkasse, contract parties', () => {
    expect(hits("Mark the form. I'll send it in May; the price is 45 EUR.")).toEqual([]);
    expect(hits('Le traitement des données est conforme.', 'fr')).toEqual([]);
    expect(
      hits('Ich glaube, die Krankenkasse hat die Parteien informiert. Er sucht den Vertrag.', 'de'),
    ).toEqual([]);
    expect(hits('Ik geloof dat de beperking van aansprakelijkheid geldt.', 'nl')).toEqual([]);
  });

  it("takes a party named like an ordinary word only where it is not just the sentence's first word", () => {
    expect(hits('Podemos ofrecerle un descuento del 10 %.', 'es')).toEqual([]);
    expect(hits('Hola. Podemos tramitarlo mañana.', 'es')).toEqual([]);
    expect(hits('Venstre side af huset er malet.', 'da')).toEqual([]);
    expect(hits('Høyre side av bilen er skadet.', 'no')).toEqual([]);
    expect(hits('Soy militante de Podemos desde 2015.', 'es')).toEqual([
      'POLITICAL_OPINION:militante de Podemos',
    ]);
    expect(hits('Jeg stemte på Venstre.', 'da').some((h) => h.includes('Venstre'))).toBe(true);
  });

  it('leaves words that are only sometimes sensitive: a carbon footprint, the name Iiris, a parish council, a chronic problem', () => {
    expect(hits('Reducimos la huella de carbono de nuestra flota.', 'es')).toEqual([]);
    expect(hits('Mi huella dactilar ya no abre la aplicación.', 'es')).toEqual(['BIOMETRIC:huella dactilar']);
    expect(hits('Iiris Virtanen soitti eilen laskusta.', 'fi')).toEqual([]);
    expect(hits('He is a parish councillor and signs the planning letters.')).toEqual([]);
    // course words alone, a backup copy, a reception desk
    expect(hits('Dette er et kronisk problem med nettbanken, og leveringen er forsinket.', 'no')).toEqual([]);
    expect(hits('Das ist ein akutes Problem mit der Rechnung.', 'de')).toEqual([]);
    expect(hits('È un problema cronico della rete.', 'it')).toEqual([]);
    expect(hits('Ikke klon harddisken før du har tatt en sikkerhetskopi.', 'no')).toEqual([]);
    expect(hits('In de receptie van elk kantoor hangt een EHBO-kist.', 'nl')).toEqual([]);
    // money paid in, a bank's branch
    expect(hits('El dinero ingresado en su cuenta no aparece.', 'es')).toEqual([]);
    expect(hits('Mi padre fue ingresado el lunes.', 'es')).toEqual(['HEALTH:fue ingresado']);
    expect(hits('Wpłaciłem gotówkę na oddziale banku.', 'pl')).toEqual([]);
    expect(hits('Mama leży na oddziale od wtorku.', 'pl')).toEqual(['HEALTH:leży na oddziale']);
    // results or a stain that came out
    expect(hits('The results came out last week.')).toEqual([]);
    expect(hits('I came out to my parents last year.')).toEqual(['SEXUAL_ORIENTATION:came out to']);
    // the company's DNA, a diagnosis of the heating
    expect(hits('Customer focus is part of the DNA of our company.')).toEqual([]);
    expect(hits('My DNA test came back.')).toEqual(['GENETIC:DNA test']);
    expect(hits('Onze monteur stelt eerst een volledige diagnose van de cv-installatie.', 'nl')).toEqual([]);
    expect(hits('Notre technicien effectuera un diagnostic complet de votre chaudière.', 'fr')).toEqual([]);
    // green beans, an electricity connection (not the electricians' union)
    expect(hits('En la cena habrá judías verdes salteadas.', 'es')).toEqual([]);
    expect(hits('Somos una familia judía.', 'es')).toEqual(['RELIGION:familia judía']);
    expect(hits('Sähköliittymän hinta riippuu pääsulakkeen koosta.', 'fi')).toEqual([]);
    expect(hits('Kuulun Sähköliittoon.', 'fi')).toEqual(['TRADE_UNION:Sähköliittoon']);
    expect(hits('Jeg har kroniske smerter, og i morgen skal jeg til koloskopi.', 'no')).toEqual([
      'HEALTH:kroniske smerter',
      'HEALTH:koloskopi',
    ]);
    expect(hits('I am a parishioner of St Anne’s, as the form asks.')).toEqual(['RELIGION:parishioner']);
  });

  it('leaves generic words alone: a diagnosis, the hospital, symptoms, the psychologist, a certificate', () => {
    expect(hits("I'm sorry to hear about your mum's diagnosis; other illnesses are covered.")).toEqual([]);
    expect(hits('Kan hospitalet sende en lægeerklæring til min psykolog?', 'da')).toEqual([]);
    expect(hits('Andra sjukdomar och symtom täcks av försäkringen.', 'sv')).toEqual([]);
    expect(hits('Min sjukdom gör att jag inte kan arbeta.', 'sv')).toEqual(['HEALTH:sjukdom']);
  });

  it('takes lower-case generic drug names with their dose, in their Spanish and Italian forms too', () => {
    expect(hits('Her regular medication is donepezil 5mg.')).toEqual(['HEALTH:donepezil 5mg']);
    expect(hits('Tomo ibuprofeno cada ocho horas.', 'es')).toEqual(['HEALTH:ibuprofeno']);
  });

  it('takes the verb phrase of a hospital admission, not an order entered or goods loaded', () => {
    expect(hits('Far ble lagt inn på sykehus i går.', 'no')).toEqual(['HEALTH:lagt inn på sykehus']);
    expect(hits('Han vart lagd inn akutt.', 'no')).toEqual(['HEALTH:lagd inn akutt']);
    expect(hits('Bestillingen er lagt inn i systemet.', 'no')).toEqual([]);
    expect(hits('Han lades in akut.', 'sv')).toEqual(['HEALTH:lades in akut']);
    expect(hits('Varorna lades in i bilen.', 'sv')).toEqual([]);
  });

  it('takes a named church after a membership lead, and not the building', () => {
    expect(hits('Meine Frau ist weiterhin Mitglied der Nordkirche.', 'de')).toEqual([
      'RELIGION:Mitglied der Nordkirche',
    ]);
    expect(hits('Jeg er medlem av Sjømannskirken.', 'no')).toEqual(['RELIGION:medlem av Sjømannskirken']);
    expect(hits('Wir wohnen neben der Nordkirche.', 'de')).toEqual([]);
    expect(hits('Vi bor vid Domkyrkan.', 'sv')).toEqual([]);
  });

  it('needs a self-reference for words that are mostly harmless alone ("Christian")', () => {
    expect(hits('Christian from accounting will call you.')).toEqual([]);
    expect(hits('As a Christian I cannot work on Sundays.')).toEqual(['RELIGION:Christian']);
  });

  it('keeps acronyms case-sensitive ("MS" the disease, not "ms" or "Ms")', () => {
    expect(hits('I have MS.')).toEqual(['HEALTH:MS']);
    expect(hits('Dear Ms Jones, the delay was 300 ms.')).toEqual([]);
  });
});
