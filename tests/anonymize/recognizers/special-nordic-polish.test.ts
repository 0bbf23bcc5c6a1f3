import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

/**
 * Swedish, Norwegian (Bokmål and Nynorsk), Danish, Finnish and Polish: sentences as customers and
 * agents write them. A positive case names the type and a word the span must cover (spans grow
 * over neighbouring words, so only the word is pinned); a negative case must find nothing.
 */

function hits(text: string, lang: Lang): string[] {
  return specialCategories.detect(ctx(text, lang)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

type Case = [text: string, type: string, word: string];

function expectFound(lang: Lang, cases: Case[]): void {
  for (const [text, type, word] of cases) {
    const found = hits(text, lang);
    expect(
      found.some((h) => h.startsWith(`${type}:`) && h.includes(word)),
      `${text} → ${found.join(' | ')}`,
    ).toBe(true);
  }
}

function expectNothing(lang: Lang, texts: string[]): void {
  for (const text of texts) expect(hits(text, lang), text).toEqual([]);
}

describe('special categories in Swedish', () => {
  it('finds conditions, injuries, operations, examinations, medicines, care and benefits', () => {
    expectFound('sv', [
      ['Jag har fått förmaksflimmer och tar Eliquis sedan i våras.', 'HEALTH', 'förmaksflimmer'],
      ['Min son har typ 1-diabetes och insulinpump.', 'HEALTH', 'diabetes'],
      ['Hon har ryggsmärtor efter olyckan.', 'HEALTH', 'ryggsmärtor'],
      ['Jag bröt handleden i halkan och är gipsad.', 'HEALTH', 'bröt handleden'],
      ['Jag ska göra en höftledsoperation i mars.', 'HEALTH', 'höftledsoperation'],
      ['Svaret på skiktröntgen kom i går.', 'HEALTH', 'skiktröntgen'],
      ['Jag äter sertralin och Imovane för sömnen.', 'HEALTH', 'sertralin'],
      ['Jag är deltidssjukskriven till och med maj.', 'HEALTH', 'deltidssjukskriven'],
      ['Jag fick åka till akuten med hjärtklappning.', 'HEALTH', 'akuten'],
      ['Jag har förtidspension sedan 2019.', 'HEALTH', 'förtidspension'],
      ['Min man har leukemi och går på cytostatikabehandling.', 'HEALTH', 'leukemi'],
      ['Han har en knäprotes och ny höft.', 'HEALTH', 'knäprotes'],
    ]);
  });

  it('finds faith, unions, parties, origin, orientation, genetics and biometrics', () => {
    expectFound('sv', [
      ['Jag är medlem i Svenska kyrkan och betalar kyrkoavgiften.', 'RELIGION', 'kyrkoavgiften'],
      ['Vi är pingstvänner och går i kyrkan varje söndag.', 'RELIGION', 'pingstvänner'],
      ['Jag är skyddsombud och medlem i Byggnads.', 'TRADE_UNION', 'Byggnads'],
      ['Jag är medlem i Handels sedan tio år.', 'TRADE_UNION', 'Handels'],
      ['Jag röstar på Vänsterpartiet.', 'POLITICAL_OPINION', 'Vänsterpartiet'],
      ['Jag är tornedaling och talar meänkieli hemma.', 'ETHNIC_ORIGIN', 'tornedaling'],
      ['Vi är en regnbågsfamilj med två mammor.', 'SEXUAL_ORIENTATION', 'regnbågsfamilj'],
      ['Jag är anlagsbärare för cystisk fibros.', 'GENETIC', 'cystisk fibros'],
      ['Appen använder röstigenkänning vid inloggning.', 'BIOMETRIC', 'röstigenkänning'],
    ]);
  });

  it('leaves everyday words alone', () => {
    expectNothing('sv', [
      'Vi har fått er protest och tittar på ärendet.',
      'Receptet på kanelbullar finns på vår webbplats.',
      'Handels öppettider är nio till sex.',
      'Paketet kom ut som förväntat i tisdags.',
      'Vi har en personlig assistent till vd:n som bokar mötena.',
    ]);
  });
});

describe('special categories in Norwegian', () => {
  it('finds Bokmål and Nynorsk health wording', () => {
    expectFound('no', [
      ['Jeg er gradert sykmeldt på grunn av ryggsmerter.', 'HEALTH', 'sykmeldt'],
      ['Eg er sjukmeld og har hovudpine kvar dag.', 'HEALTH', 'sjukmeld'],
      ['Hun ble innlagd på sjukehus etter hjerneslaget.', 'HEALTH', 'innlagd'],
      ['Jeg har uføretrygd og 60 prosent uføregrad.', 'HEALTH', 'uføregrad'],
      ['Jeg brakk håndleddet og har gips.', 'HEALTH', 'brakk håndleddet'],
      ['Jeg har fått påvist leddgikt og bruker Marevan.', 'HEALTH', 'leddgikt'],
      ['Han skal ha ny hofteprotese i høst.', 'HEALTH', 'hofteprotese'],
      ['Hun er på legevakten med sterke brystsmerter.', 'HEALTH', 'brystsmerter'],
      ['Jeg bruker Ventoline og Symbicort mot astmaen.', 'HEALTH', 'Symbicort'],
    ]);
  });

  it('finds faith, unions, parties, origin and orientation', () => {
    expectFound('no', [
      ['Jeg er medlem av Human-Etisk Forbund.', 'RELIGION', 'Human-Etisk Forbund'],
      ['Jeg er hovedverneombud og medlem av Fellesforbundet.', 'TRADE_UNION', 'hovedverneombud'],
      ['Jeg er medlem av Delta.', 'TRADE_UNION', 'Delta'],
      ['Jeg stemmer på Miljøpartiet De Grønne.', 'POLITICAL_OPINION', 'Miljøpartiet De Grønne'],
      ['Jeg er same og snakker nordsamisk.', 'ETHNIC_ORIGIN', 'same'],
      ['Vi er en regnbuefamilie med to fedre.', 'SEXUAL_ORIENTATION', 'regnbuefamilie'],
    ]);
  });

  it('leaves everyday words alone', () => {
    expectNothing('no', [
      'Prisen er avhengig av hvor mange som kommer.',
      'Flyet fra Delta landet på Gardermoen.',
      'Det er samme pris som i fjor.',
    ]);
  });
});

describe('special categories in Danish', () => {
  it('finds conditions, injuries, operations, medicines, care and benefits', () => {
    expectFound('da', [
      ['Jeg er sygemeldt med stress og rygsmerter.', 'HEALTH', 'sygemeldt'],
      ['Min mor har fået konstateret leddegigt.', 'HEALTH', 'leddegigt'],
      ['Jeg brækkede håndleddet og fik gips på.', 'HEALTH', 'brækkede håndleddet'],
      ['Jeg skal have en knæprotese til foråret.', 'HEALTH', 'knæprotese'],
      ['Jeg tager Pinex og Ibumetin mod smerterne.', 'HEALTH', 'Ibumetin'],
      ['Han har været indlagt på psykiatrisk afdeling.', 'HEALTH', 'psykiatrisk afdeling'],
      ['Jeg har fået tilkendt førtidspension og skånejob.', 'HEALTH', 'førtidspension'],
      ['Hun har ondt i maven og halsbrand.', 'HEALTH', 'halsbrand'],
    ]);
  });

  it('finds faith, unions, parties, origin and orientation', () => {
    expectFound('da', [
      ['Jeg er meldt mig ud af folkekirken og betaler ikke kirkeskat.', 'RELIGION', 'kirkeskat'],
      ['Jeg er tillidsrepræsentant og medlem af 3F.', 'TRADE_UNION', 'tillidsrepræsentant'],
      ['Jeg er medlem af Dansk Sygeplejeråd.', 'TRADE_UNION', 'Dansk Sygeplejeråd'],
      ['Jeg stemmer på Socialistisk Folkeparti.', 'POLITICAL_OPINION', 'Socialistisk Folkeparti'],
      ['Jeg har indvandrerbaggrund fra Irak.', 'ETHNIC_ORIGIN', 'indvandrerbaggrund'],
      ['Min søn er sprunget ud som homoseksuel.', 'SEXUAL_ORIENTATION', 'homoseksuel'],
    ]);
  });

  it('leaves everyday words alone', () => {
    expectNothing('da', [
      'Beløbet er hævet fra din konto i går.',
      'Tillykke med fødselsdagen fra os alle.',
      'Vi har brug for flere hjælpemidler i lageret.',
    ]);
  });
});

describe('special categories in Finnish', () => {
  it('finds inflected conditions, injuries, operations, medicines, care and benefits', () => {
    expectFound('fi', [
      ['Olen sairauslomalla selkäkivun takia.', 'HEALTH', 'sairauslomalla'],
      ['Minulla on todettu eteisvärinä ja käytän Marevania.', 'HEALTH', 'eteisvärinä'],
      ['Käytän sertraliinia ja melatoniinia.', 'HEALTH', 'sertraliinia'],
      ['Ranne murtui ja käsi on kipsissä.', 'HEALTH', 'kipsissä'],
      ['Minulle tehtiin tekonivelleikkaus lonkkaan.', 'HEALTH', 'tekonivelleikkaus'],
      ['Olen työkyvyttömyyseläkkeellä.', 'HEALTH', 'työkyvyttömyyseläkkeellä'],
      ['Olin osastolla kaksi viikkoa keuhkokuumeen takia.', 'HEALTH', 'keuhkokuumeen'],
      ['Äitini sairastaa muistisairautta.', 'HEALTH', 'muistisairautta'],
      ['Minulla on siitepölyallergia.', 'HEALTH', 'siitepölyallergia'],
    ]);
  });

  it('finds faith, unions, parties, origin and orientation', () => {
    expectFound('fi', [
      ['Olen vanhoillislestadiolainen.', 'RELIGION', 'vanhoillislestadiolainen'],
      ['Olen pääluottamusmies ja Tehyn jäsen.', 'TRADE_UNION', 'pääluottamusmies'],
      ['Olen kuntavaaliehdokas Vasemmistoliitossa.', 'POLITICAL_OPINION', 'kuntavaaliehdokas'],
      ['Olen saamelainen Utsjoelta.', 'ETHNIC_ORIGIN', 'saamelainen'],
      ['Meillä on sateenkaariperhe.', 'SEXUAL_ORIENTATION', 'sateenkaariperhe'],
      ['Puhelin käyttää sormenjälkitunnistinta.', 'BIOMETRIC', 'sormenjälkitunnistinta'],
    ]);
  });

  it('leaves everyday words alone', () => {
    expectNothing('fi', [
      'Elokuva oli aika vammas.',
      'Raskauttavia seikkoja ei löytynyt.',
      'Uusi tehdas synnyttää satoja työpaikkoja.',
      'Osastolla on tarjouksia koko viikon.',
      'Hinnat nousivat kouristuksenomaisesti.',
    ]);
  });
});

describe('special categories in Polish', () => {
  it('finds conditions, injuries, operations, medicines, care and benefits', () => {
    expectFound('pl', [
      ['Jestem na zwolnieniu lekarskim z powodu bólu pleców.', 'HEALTH', 'zwolnieniu lekarskim'],
      [
        'Mam orzeczenie o niepełnosprawności w stopniu umiarkowanym.',
        'HEALTH',
        'orzeczenie o niepełnosprawności',
      ],
      ['Mam znaczny stopień niepełnosprawności.', 'HEALTH', 'stopień niepełnosprawności'],
      ['Mąż był hospitalizowany po zawale serca.', 'HEALTH', 'hospitalizowany'],
      ['Biorę Euthyrox i Xarelto codziennie.', 'HEALTH', 'Xarelto'],
      ['Córka ma atopowe zapalenie skóry.', 'HEALTH', 'atopowe zapalenie skóry'],
      ['Czekam na wymianę stawu biodrowego.', 'HEALTH', 'stawu biodrowego'],
      ['Trafiłam do szpitala z zapaleniem płuc.', 'HEALTH', 'Trafiłam do szpitala'],
      ['Jestem w 20 tygodniu ciąży.', 'HEALTH', 'ciąży'],
      ['Od miesięcy mam silny lęk przed wyjściem z domu.', 'HEALTH', 'lęk'],
      ['Leczę się na zaburzenia lękowe.', 'HEALTH', 'lękowe'],
    ]);
  });

  it('finds faith, unions, parties, origin and orientation', () => {
    expectFound('pl', [
      ['Jestem praktykującym katolikiem i chodzę do kościoła.', 'RELIGION', 'chodzę do kościoła'],
      ['Jestem członkiem NSZZ Solidarność.', 'TRADE_UNION', 'NSZZ Solidarność'],
      ['Głosuję na Koalicję Obywatelską od lat.', 'POLITICAL_OPINION', 'Głosuję na'],
      ['Jestem Ślązakiem z dziada pradziada.', 'ETHNIC_ORIGIN', 'Ślązakiem'],
      ['Jesteśmy parą jednopłciową od pięciu lat.', 'SEXUAL_ORIENTATION', 'jednopłciową'],
      ['Lekarz zlecił badanie na mukowiscydozę.', 'GENETIC', 'mukowiscydozę'],
    ]);
  });

  it('leaves everyday words alone', () => {
    expectNothing('pl', [
      'Umowa SLA gwarantuje odpowiedź w ciągu godziny.',
      'Przerzutka w rowerze wymaga regulacji.',
      'Zamówiłem tatara i zupę.',
      'Reklamację wysłaliśmy kurierem.',
      'Chrzest statku odbędzie się w sobotę.',
      'Skurcze cen nie wpłyną na umowę.',
    ]);
  });
});
