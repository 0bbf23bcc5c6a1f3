import { describe, expect, it } from 'vitest';
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
