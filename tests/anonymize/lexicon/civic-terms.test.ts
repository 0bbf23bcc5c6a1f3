import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The civic topic files (curated/<lang>.civic.txt) name party politics and trade unions: parties
 * and their youth wings, campaigning, protests and petitions, union names, roles, dues and strikes.
 * Many of those words have an everyday twin in business mail: the parties to a contract, a
 * campaign of a marketing team, the European Union, a delegate at a trade fair, a works meeting,
 * a batch of goods ("parti"), a strike of the train drivers in the news, a waiting list. Ordinary
 * sentences built from those twins must not reach a civic term, and the detector must still find
 * the civic phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Both parties to the contract signed; the party conference call is moved to Friday.',
    'Our marketing campaign for the spring collection starts on Monday, and the petition form is attached.',
    'The European Union rules apply to the payment, and customs union fees are listed separately.',
    'Trains were cancelled because of the strike; the delegate at the trade fair will call you.',
    'The Power of Attorney (POA) and the Enterprise Investment Scheme (EIS) forms are enclosed.',
  ],
  de: [
    'Beide Vertragsparteien haben unterschrieben, und das Mandat für die Vertretung liegt vor.',
    'Die Werbekampagne startet im Mai; der Stand auf der Messe ist gebucht.',
    'Mein linker Arm und meine rechte Hand sind in Ordnung, der Schaden betrifft nur das Auto.',
    'Die Heimat der Marke ist Bayern, und die Liste der Mängel liegt bei.',
    'Wegen des Bahnstreiks kam der Techniker zu spät; die Rechnung nach SGB V folgt.',
  ],
  fr: [
    'Les parties au contrat ont signé, et votre conseiller régional vous rappellera demain.',
    'Je vote pour la résolution numéro trois lors de l’assemblée générale de la copropriété.',
    'La campagne publicitaire commence lundi; la porte de gauche du garage est cassée.',
    'En raison d’un jour de grève, les trains sont supprimés; la CFE est payée.',
  ],
  nl: [
    'Beide partijen hebben het contract getekend en de folder staat online.',
    'Groen licht voor de levering: de kandidaat voor de vacature start maandag.',
    'De Europese Unie stelt regels; de lijst van leveranciers is bijgewerkt.',
    'Door de staking van de NS kwam de monteur later; de vergadering is verschoven.',
  ],
  it: [
    'Le parti del contratto hanno firmato e la campagna pubblicitaria parte lunedì.',
    'Sono un simpatizzante del Milan e il modulo della lega metallica è allegato.',
    'A causa della giornata di sciopero dei treni il tecnico arriva domani.',
    'Il conservatore del museo ha inviato la fattura in via Verdi.',
  ],
  es: [
    'Las partes del contrato han firmado y la campaña publicitaria empieza el lunes.',
    'Estoy en las listas de espera del hospital y en las listas del paro desde marzo.',
    'El botón quedó marcado como rojo y el voto a favor fue unánime en la junta de vecinos.',
    'Por la huelga de transportes el técnico llegará mañana.',
  ],
  pl: [
    'Obie strony umowy podpisały aneks, a kampania reklamowa rusza w poniedziałku.',
    'W związku z reklamacją przesyłam protokół, a partia towaru dotarła wczoraj.',
    'Kandydowałem na stanowisko kierownika; Zielonych Świątek biuro jest zamknięte.',
    'Z powodu strajku przewoźnika przesyłka się opóźni.',
  ],
  sv: [
    'Båda parterna har skrivit under avtalet, och vi lämnade partiet till kunden i går.',
    'Leverantören står på listan för godkända leverantörer, och priset är moderat.',
    'Styrelsen har röstat på förslaget om nya stadgar i bostadsrättsföreningen.',
    'Tekniken kom sent på grund av strejken i kollektivtrafiken.',
  ],
  da: [
    'Begge parter har underskrevet aftalen, og kampagnen på hjemmesiden starter mandag.',
    'Generalforsamlingen har stemt på forslaget, og mit venstre ben er ikke skadet.',
    'Teknikeren kom sent på grund af strejken i den offentlige transport.',
  ],
  no: [
    'Begge parter har signert avtalen, og kampanjen på nettsiden starter mandag.',
    'Konservativt anslått koster reparasjonen 5000 kroner, og høyre bakdør er skadet.',
    'Teknikeren kom sent på grunn av streiken i kollektivtrafikken.',
  ],
  fi: [
    'Sopimuksen osapuolet ovat allekirjoittaneet sen, ja kampanja alkaa maanantaina.',
    'Keskustan pysäköintialue on suljettu, ja vihreiden lehtien kuva on liitteenä.',
    'Asentaja myöhästyi junalakon vuoksi, ja lasku lähtee huomenna.',
  ],
};

const union: Record<Lang, string> = {
  en: 'I was arrested at a protest in March and the union solicitor is handling my case.',
  de: 'Ich habe letztes Jahr an der Demo gegen den Autobahnausbau teilgenommen und bin verdi-Mitglied.',
  fr: 'J’ai participé à la manifestation contre la réforme et la retenue pour jour de grève est injuste.',
  nl: 'Ik heb meegestaakt en heb in het voorjaar folders uitgedeeld voor de partij.',
  it: 'Ho aderito allo sciopero e ho firmato la petizione contro la discarica.',
  es: 'Secundé la huelga del jueves y participé en la manifestación del sábado.',
  pl: 'Brałem udział w strajku, a w zeszłym roku podpisałem petycję w sprawie szpitala.',
  sv: 'Jag deltog i strejken och står på valsedeln i kommunvalet.',
  da: 'Jeg deltog i strejken og fik strejkeunderstøttelse fra forbundet.',
  no: 'Jeg ble tatt ut i streik i mai og fikk streikebidrag.',
  fi: 'Osallistuin lakkoon ja ay-jäsenmaksu vähennetään palkastani.',
};

const political: Record<Lang, string> = {
  en: 'My husband stood as a candidate for the council and I took part in a protest against the war.',
  de: 'Ich bin Wahlkampfhelferin und habe an einer Demonstration gegen Rechts teilgenommen.',
  fr: 'Je suis colistière aux municipales et j’ai signé la pétition contre le projet.',
  nl: 'Ik ben kandidaat-gemeenteraadslid en heb meegelopen in de demonstratie.',
  it: 'Sono candidata al consiglio comunale e ho partecipato a una manifestazione.',
  es: 'Fui a la manifestación del domingo y hice campaña por mi partido.',
  pl: 'Startowałam w wyborach do rady i brałam udział w demonstracji.',
  sv: 'Jag är kommunfullmäktigeledamot och demonstrerade mot nedläggningen.',
  da: 'Jeg er lokalpolitiker og deltog i en demonstration mod lukningen.',
  no: 'Jeg er kommunestyremedlem og deltok i en demonstrasjon mot nedleggelsen.',
  fi: 'Olin ehdokkaana kuntavaaleissa ja osallistuin mielenosoitukseen.',
};

// The look-alike sentences run once; the found sentences run per category.
const none = Object.fromEntries(Object.keys(ordinary).map((l) => [l, []])) as unknown as Record<
  Lang,
  string[]
>;

describeTopic('civic', 'trade union membership and strikes', ordinary, union, 'TRADE_UNION');
describeTopic('civic', 'party politics and political activity', none, political, 'POLITICAL_OPINION');
