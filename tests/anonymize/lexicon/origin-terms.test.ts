import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The origin topic files (curated/<lang>.origin.txt) name a person's ethnic or racial origin: an
 * origin noun with its article ("the Nigerian family", "der Türke", "la Malienne", "de Marokkaan",
 * "il senegalese", "Ukrainiec"), descent and background phrases, skin colour said of a person and
 * the slurs hostile mail contains. A nationality adjective before a dish, a bank, an airline, a
 * law or a language is no origin, nor are the homographs: the Italian coffee, squat toilets "à la
 * turque", leather "piel negra", a country ("Rumunia"), a language ("Afrikaans", "el rumano") or
 * the origin of funds. Ordinary sentences built from those must not reach an origin term, and the
 * detector must still find the origin phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We booked a table at the Moroccan restaurant and paid with a Polish bank card.',
    'Turkish Airlines refunded the ticket, and Italian law applies to the contract.',
    'The Chinese New Year promotion ends on Friday; please use black ink on the form.',
    'The Canadian dollar and the Indian rupee fell, so the Asian markets closed lower.',
    'Our guardian of the account and the technician signed the Black Friday order.',
  ],
  de: [
    'Das marokkanische Restaurant, die polnische Bank und Turkish Airlines haben geantwortet.',
    'Die Herkunft der Mittel und die Herkunft des Geldes müssen belegt werden.',
    'Die Ausländerbehörde hat den Aufenthaltstitel verlängert; die türkische Lira fällt.',
    'Der Berberteppich im Flur ist nass geworden, bitte schicken Sie den schwarzen Ordner.',
    'Die Pole der Batterie sind korrodiert; wir fahren im Sommer nach Polen und Rumänien.',
  ],
  fr: [
    'Nous avons dîné au restaurant marocain et payé avec une carte de la banque polonaise.',
    "Turkish Airlines a remboursé le billet ; le droit italien s'applique au contrat.",
    'Les toilettes à la turque sont au rez-de-chaussée, à côté du café turc.',
    "Il parle le chinois et le roumain ; l'origine du dégât des eaux est une fuite.",
  ],
  nl: [
    'Het Marokkaanse restaurant en de Poolse bank hebben allebei gereageerd.',
    'Turkish Airlines heeft het ticket terugbetaald; het Italiaanse recht is van toepassing.',
    'Hij spreekt Afrikaans en Roemeens, en de Turkse lira daalt verder.',
    'De afkomst van de gelden moet worden aangetoond. Een Bulgaars product is geleverd.',
  ],
  it: [
    'Abbiamo cenato al ristorante marocchino e pagato con una banca polacca.',
    "Il cinese e il rumeno sono lingue difficili, e anche l'albanese.",
    'La borsa in pelle nera è stata rubata; la legge italiana si applica.',
    'Il colore della carrozzeria è nero e la cucina cinese è chiusa.',
  ],
  es: [
    'Cenamos en el restaurante marroquí y pagamos con un banco polaco.',
    'Hablo el rumano y el árabe, y la ley española se aplica al contrato.',
    'El bolso de piel negra y el coche negro fueron robados del garaje.',
    'El perro de raza peligrosa necesita un seguro; el boliviano es la moneda de Bolivia.',
  ],
  pl: [
    'Zjedliśmy w ukraińskiej restauracji i zapłaciliśmy kartą niemieckiego banku.',
    'Pochodzenie środków musi zostać udokumentowane przed wypłatą.',
    'Rumunia i Białoruś to kraje sąsiednie; szkopuł w tym, że przelew nie doszedł.',
    'Zamówiłem tatar i rosół, a rachunek przyszedł w języku chińskim.',
  ],
  sv: [
    'Vi åt på den marockanska restaurangen och betalade med ett polskt bankkort.',
    'Turkish Airlines har återbetalat biljetten och svensk lag gäller för avtalet.',
    'Hon talar kinesiska och turkiska; vi reser till Ryssland och Turkiet i sommar.',
  ],
  da: [
    'Vi spiste på den marokkanske restaurant og betalte med et polsk kort.',
    'Hun taler kinesisk og tyrkisk, og dansk lov gælder for aftalen.',
    'Syrer og baser opbevares i laboratoriet på første sal.',
  ],
  no: [
    'Vi spiste på den marokkanske restauranten og betalte med et polsk kort.',
    'Same pris som i fjor, og norsk lov gjelder for avtalen.',
    'Hun snakker kinesisk og tyrkisk, og vi reiser til Polen i sommer.',
  ],
  fi: [
    'Söimme venäläisessä ravintolassa ja maksoimme virolaisella pankkikortilla.',
    'Tuotteen alkuperä ja koiran rotu tarkistetaan ennen vakuutuksen myöntämistä.',
    'Kiinalainen ruoka ja turkkilainen kahvi ovat listalla, ja Romanian lentoyhtiö vastasi.',
  ],
};

const found: Record<Lang, string> = {
  en: 'The man next door shouts at us and says the Nigerian family upstairs should go back.',
  de: 'Der Nachbar beschimpft meine Frau als Türkin und ruft uns im Treppenhaus hinterher.',
  fr: "Le chauffeur a refusé de prendre ma mère parce qu'elle est une Malienne.",
  nl: 'De buurman noemt mijn zoon steeds de Marokkaan en scheldt hem uit.',
  it: 'Il vicino continua a chiamare mio marito il senegalese e non ci saluta.',
  es: 'El conductor no quiso llevar a mi madre, una marroquí, y la insultó delante de todos.',
  pl: 'Sąsiad wyzywa mojego męża od Ukraińców i nie wpuszcza nas do windy.',
  sv: 'Grannen kallar min man för turken och säger att vi ska åka hem.',
  da: 'Naboen kalder min mand for irakeren og siger, at vi skal rejse hjem.',
  no: 'Naboen kaller mannen min for polakken og sier at vi må reise hjem.',
  fi: 'Isännöitsijä kieltäytyi vuokraamasta asuntoa somalialaiselle perheelle.',
};

describeTopic('origin', 'ethnic origin said of a person', ordinary, found, 'ETHNIC_ORIGIN');
