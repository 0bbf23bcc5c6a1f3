import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { expectSpecialSpans, specialHits } from './context.js';

const hits = specialHits;
const expectAll = expectSpecialSpans;

describe('special-category spans grow over the whole fact', () => {
  it('takes in how long a stay or a sick leave lasted', () => {
    expectAll([
      ['en', 'She spent three weeks in hospital after the fall.', 'HEALTH:three weeks in hospital'],
      ['de', 'Ich war vier Wochen in der Reha und bin jetzt zurück.', 'HEALTH:vier Wochen in der Reha'],
      ['de', 'Er lag danach 3 Tage stationär.', 'HEALTH:3 Tage stationär'],
      ['no', 'Hun var innlagt tre døgn etter operasjonen.', 'HEALTH:innlagt tre døgn'],
    ]);
  });

  it('takes in a measured value after a symptom or a grade word', () => {
    expectAll([
      ['it', 'Mio figlio ha la febbre a 38,5 da ieri.', 'HEALTH:febbre a 38,5'],
      ['en', 'He had a fever of 39 all night.', 'HEALTH:fever of 39'],
      ['de', 'Meine Mutter hat Pflegegrad 4 bekommen.', 'HEALTH:Pflegegrad 4'],
    ]);
  });

  it('does not take in a number that is not a value of the condition', () => {
    expect(hits('Ich habe Asthma und 2 Kinder.', 'de')).toEqual(['HEALTH:Asthma']);
  });

  it('takes in the disease head word after an eponym and a body part after an examination', () => {
    expectAll([
      ['sv', 'Min far har Alzheimers sjukdom sedan i fjol.', 'HEALTH:Alzheimers sjukdom'],
      ['fr', "Ma mère souffre de la maladie d'Alzheimer.", "HEALTH:maladie d'Alzheimer"],
      ['da', 'Jeg skal have MR-scanning af knæet i næste uge.', 'HEALTH:MR-scanning af knæet'],
      ['pl', 'Od tygodnia mam ból w klatce piersiowej.', 'HEALTH:ból w klatce piersiowej'],
      ['es', 'Mi hija tiene dermatitis atópica.', 'HEALTH:dermatitis atópica'],
    ]);
  });

  it('takes in the body part named after the condition or examination, in its inflected forms', () => {
    expectAll([
      ['nl', 'Ik heb eczeem aan uw handen gezien.', 'HEALTH:eczeem aan uw handen'],
      ['nl', 'Ik heb artrose in mijn rechterheup.', 'HEALTH:artrose in mijn rechterheup'],
      ['no', 'Jeg har smertene i hofta.', 'HEALTH:smertene i hofta'],
      ['es', 'Le hicieron un TAC de tórax ayer.', 'HEALTH:TAC de tórax'],
      ['it', "Ho fatto un'ecografia dell'addome.", "HEALTH:ecografia dell'addome"],
      ['de', 'Ich habe eine Platzwunde an der Augenbraue.', 'HEALTH:Platzwunde an der Augenbraue'],
    ]);
  });

  it("takes in the person's role in a party or a union", () => {
    expectAll([
      ['en', 'I am a Labour councillor in our borough.', 'POLITICAL_OPINION:Labour councillor'],
      ['de', 'Ich bin Stadtrat der Grünen in Kassel.', 'POLITICAL_OPINION:Stadtrat der Grünen in Kassel'],
      ['pl', 'Jestem radnym z ramienia PiS w naszej gminie.', 'POLITICAL_OPINION:radnym z ramienia PiS'],
      ['no', 'Jeg er tillitsvalgt i Fagforbundet.', 'TRADE_UNION:tillitsvalgt i Fagforbundet'],
      ['en', 'I am the Unison rep on our ward.', 'TRADE_UNION:Unison rep'],
    ]);
  });
});

describe('HEALTH spans take the counts and times that belong to the fact', () => {
  it('takes in a count of sessions, cycles or talks', () => {
    expectAll([
      ['en', 'He finished 6 cycles of CAPOX chemo in May.', 'HEALTH:6 cycles of CAPOX chemo'],
      ['en', 'I still need six more physio sessions before I can work.', 'HEALTH:six more physio sessions'],
      [
        'de',
        'Die Kasse hat zehn weitere Sitzungen Physiotherapie genehmigt.',
        'HEALTH:zehn weitere Sitzungen Physiotherapie',
      ],
      [
        'it',
        'Ho bisogno di altre dieci sedute di fisioterapia.',
        'HEALTH:altre dieci sedute di fisioterapia',
      ],
      ['es', 'Me quedan seis sesiones de fisioterapia.', 'HEALTH:seis sesiones de fisioterapia'],
      ['pl', 'Mam za sobą 6 cykli chemioterapii.', 'HEALTH:6 cykli chemioterapii'],
      ['da', 'Jeg har haft 8 behandlinger hos fysioterapeut.', 'HEALTH:8 behandlinger hos fysioterapeut'],
      ['sv', 'Jag har fått sex behandlingar hos fysioterapeut.', 'HEALTH:sex behandlingar hos fysioterapeut'],
    ]);
  });

  it('takes in a grade, stage or degree before the condition', () => {
    expectAll([
      ['en', 'She has a grade 3 pressure ulcer.', 'HEALTH:grade 3 pressure ulcer'],
      ['fi', 'Hänellä on toisen asteen palovamma.', 'HEALTH:toisen asteen palovamma'],
    ]);
  });

  it('takes in the week or month of a pregnancy', () => {
    expectAll([
      ['de', 'Ich hatte eine Fehlgeburt in der 12. Woche.', 'HEALTH:Fehlgeburt in der 12. Woche'],
      ['en', 'She had a miscarriage at 12 weeks.', 'HEALTH:miscarriage at 12 weeks'],
      ['fr', 'Elle a fait une fausse couche à 10 semaines.', 'HEALTH:fausse couche à 10 semaines'],
      ['nl', 'Ik had een miskraam bij 11 weken.', 'HEALTH:miskraam bij 11 weken'],
      ['sv', 'Hon fick missfall i vecka 12.', 'HEALTH:missfall i vecka 12'],
      ['no', 'Hun fikk spontanabort i uke 10.', 'HEALTH:spontanabort i uke 10'],
      [
        'it',
        'Ho avuto un aborto spontaneo alla 10ª settimana.',
        'HEALTH:aborto spontaneo alla 10ª settimana',
      ],
    ]);
  });

  it('takes in the interval of an injection or infusion, the distance of a limitation and a lab value', () => {
    expectAll([
      ['no', 'Han får hormonsprøyte hver 3. måned.', 'HEALTH:hormonsprøyte hver 3. måned'],
      ['de', 'Er bekommt eine Spritze alle drei Monate.', 'HEALTH:Spritze alle drei Monate'],
      ['fr', 'Il reçoit une injection tous les 3 mois.', 'HEALTH:injection tous les 3 mois'],
      ['en', 'He is breathless after about 50 yards.', 'HEALTH:breathless after about 50 yards'],
      ['de', 'Ich habe Atemnot nach 100 Metern.', 'HEALTH:Atemnot nach 100 Metern'],
      ['pl', 'Mam duszności po 200 metrach.', 'HEALTH:duszności po 200 metrach'],
      ['es', 'Tengo el colesterol LDL en 245.', 'HEALTH:colesterol LDL en 245'],
      ['fr', 'Mon AMH à 1,4 est basse.', 'HEALTH:AMH à 1,4'],
      ['de', 'Meine HbA1c lag bei 8,2 %.', 'HEALTH:HbA1c lag bei 8,2 %'],
    ]);
  });

  it("takes in a sick leave's length", () => {
    expectAll([
      ['fr', "Le médecin m'a donné un arrêt de travail de 15 jours.", 'HEALTH:arrêt de travail de 15 jours'],
      ['de', 'Ich habe eine Krankschreibung für zwei Wochen.', 'HEALTH:Krankschreibung für zwei Wochen'],
      ['en', 'I have been signed off for two weeks.', 'HEALTH:signed off for two weeks'],
      ['es', 'Tengo la baja médica de 15 días.', 'HEALTH:baja médica de 15 días'],
      ['da', 'Jeg er sygemeldt i tre uger.', 'HEALTH:sygemeldt i tre uger'],
    ]);
  });

  it('leaves amounts, dates, invoices, customer numbers and the next sentence outside', () => {
    const cases: Array<[Lang, string, string[]]> = [
      [
        'de',
        'Für die Physiotherapie habe ich 2 Rechnungen über 450 € eingereicht.',
        ['HEALTH:Physiotherapie'],
      ],
      ['de', 'Die 2 Rechnungen für die Physiotherapie sind bezahlt.', ['HEALTH:Physiotherapie']],
      ['de', 'Die Physiotherapie kostet 6 x 45 Euro.', ['HEALTH:Physiotherapie']],
      ['de', 'Rechnung Nr. 12 Sitzungen Physiotherapie liegt bei.', ['HEALTH:Physiotherapie']],
      ['en', 'Customer number 12 physiotherapy sessions were billed.', ['HEALTH:physiotherapy sessions']],
      ['en', 'I got 2 invoices for the physiotherapy.', ['HEALTH:physiotherapy']],
      ['en', 'I had the injection on 3 March.', ['HEALTH:injection']],
      ['fr', '6 séances de kiné à 30 € chacune.', ['HEALTH:6 séances de kiné']],
      ['fr', 'Arrêt de travail du 15 mars au 30 mars.', ['HEALTH:Arrêt de travail']],
      ['de', 'Ich hatte eine Fehlgeburt am 12. März.', ['HEALTH:Fehlgeburt']],
      ['de', 'Ich bin bis 22. März krankgeschrieben.', ['HEALTH:krankgeschrieben']],
      ['de', 'Ich hatte eine Fehlgeburt. In der 12. Woche war alles gut.', ['HEALTH:Fehlgeburt']],
      ['de', 'Ich habe Atemnot nach 10 Min. Danach geht es.', ['HEALTH:Atemnot nach 10 Min']],
      [
        'de',
        'Ich habe Asthma. 6 Sitzungen Physiotherapie wurden genehmigt.',
        ['HEALTH:Asthma', 'HEALTH:6 Sitzungen Physiotherapie'],
      ],
    ];
    for (const [lang, text, want] of cases) expect(hits(text, lang), text).toEqual(want);
  });
});

describe('functional limitations in lay words', () => {
  it('finds what a person can no longer do', () => {
    expectAll([
      ['da', 'Min far er 81 og hører dårligt.', 'HEALTH:hører dårligt'],
      ['it', 'Mio padre non riesce più a parlare al telefono.', 'HEALTH:non riesce più a parlare'],
      ['fi', 'Hän tuskin pystyi kävelemään kotiin.', 'HEALTH:tuskin pystyi kävelemään'],
      ['nl', 'Mijn moeder is bedlegerig sinds de val.', 'HEALTH:bedlegerig'],
    ]);
  });
});

describe('look-alikes of special-category terms', () => {
  it('does not read forces as cancer or a surname as a church', () => {
    expect(hits('Kræfterne bag projektet er mange, og arbejdskræfter mangler.', 'da')).toEqual([]);
    expect(hits('Kreftene i markedet er sterke.', 'no')).toEqual([]);
    expect(hits('Enrique Iglesias firmó el contrato el lunes.', 'es')).toEqual([]);
  });

  it('still finds cancer and the church where they are meant', () => {
    expectAll([
      ['da', 'Min mor har kræft i bugspytkirtlen.', 'HEALTH:kræft'],
      ['no', 'Faren min har kreft.', 'HEALTH:kreft'],
    ]);
  });
});
