import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The habits topic files (curated/<lang>.habits.txt) name health behaviours and body measures said
 * of a person: smoking, snus and vaping, drinking, drug use, weight, sleep, a doctor's limits on
 * sport and lifting, and medical diets. Their words have business twins: a smoke detector and a
 * no-smoking sign, an alcohol licence and excise duty, the weight of a parcel or a portfolio, a
 * drugstore, a diet (a parliament, or in Polish a per-diem allowance), light products and a
 * device's sleep mode. Ordinary sentences built from those twins must not reach a habits term,
 * and the detector must still find the habits phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The smoke detector in the hallway beeps, and the no smoking signs are on order.',
    'Our alcohol licence was renewed and the excise duty on spirits rises in April.',
    'The parcel weighs 12 kg; we sell 200 units a week and the walls are too thin.',
    'The drugstore chain lost forty pounds on the deal, but no heavy lifting is needed on your side.',
    'The printer goes into sleep mode after ten minutes. The proposal gained weight at the board.',
  ],
  de: [
    'Der Rauchmelder im Flur piept, und das Rauchverbot gilt im ganzen Gebäude.',
    'Die Alkoholsteuer steigt, und unsere Ausschankgenehmigung wurde verlängert.',
    'Das Paket wiegt 12 kg. Die Nachfrage hat stark abgenommen, die Anfragen haben stark zugenommen.',
    'Wir empfehlen ein Übergewicht in europäischen Aktien. Der Bundestag tagt am Montag.',
    'Der Laptop geht nach zehn Minuten in den Ruhemodus. Die Drogerie hat Light-Produkte im Angebot.',
  ],
  fr: [
    'Le détecteur de fumée sonne et les panneaux interdiction de fumer sont commandés.',
    'La licence de débit de boissons est renouvelée et les droits d’accise sur l’alcool augmentent.',
    'Le colis pèse 12 kg, les résultats sont trop maigres et la droguerie ferme à 19 h.',
    'Le trafic de drogue a baissé selon la presse. L’ordinateur passe en mode veille.',
  ],
  nl: [
    'De rookmelder piept en de bordjes verboden te roken hangen in de hal.',
    'De accijns op alcohol stijgt en onze drank- en horecavergunning is verlengd.',
    'Het pakket weegt 12 kilo. Het is al twee weken droog en de drogist is dicht.',
    'De laptop gaat na tien minuten in de slaapstand. Wij kopen light-producten in.',
  ],
  it: [
    'Il rilevatore di fumo suona e i cartelli vietato fumare sono ordinati.',
    'La licenza per gli alcolici è rinnovata e le accise sugli alcolici aumentano.',
    'Il pacco pesa 12 kg, i margini sono troppo magri e l’ufficio è pulito da una ditta esterna.',
    'Il portatile va in modalità sospensione. La Dieta giapponese si riunisce a marzo.',
  ],
  es: [
    'El detector de humo pita y los carteles de prohibido fumar están pedidos.',
    'La licencia de alcohol está renovada y los impuestos especiales sobre el alcohol suben.',
    'El paquete pesa 12 kilos, la pared es demasiado delgada y la droguería cierra a las ocho.',
    'El portátil entra en modo de suspensión. El precio del cobre ganó peso en el índice.',
  ],
  pl: [
    'Czujnik dymu piszczy, a tablice zakaz palenia są zamówione.',
    'Koncesja na sprzedaż alkoholu została przedłużona, a akcyza na alkohol rośnie.',
    'Paczka waży 12 kg. Samochód dużo pali, a spadek wagi tego sektora w indeksie jest widoczny.',
    'Dieta za podróż służbową wynosi 45 zł. Laptop przechodzi w tryb uśpienia.',
  ],
  sv: [
    'Brandvarnaren piper och skyltarna rökning förbjuden är beställda.',
    'Vårt serveringstillstånd är förnyat och alkoholskatten höjs i april.',
    'Paketet väger 12 kilo, dörren är för smal och vi har övervikt i aktier.',
    'Datorn går i viloläge efter tio minuter. Avgiften betalas i förskott.',
  ],
  da: [
    'Røgalarmen bipper, og skiltene med rygning forbudt er bestilt.',
    'Vores alkoholbevilling er fornyet, og afgiften på spiritus stiger.',
    'Pakken vejer 12 kilo, stoffet er for tyndt, og vi har overvægt af aktier.',
    'Computeren går i dvale efter ti minutter. Det ryger i skraldespanden.',
  ],
  no: [
    'Røykvarsleren piper, og skiltene med røyking forbudt er bestilt.',
    'Skjenkebevillingen er fornyet, og avgiften på alkohol øker.',
    'Pakken veier 12 kilo, veggen er for tynn, og vi har overvekt i aksjer.',
    'Datamaskinen går i hvilemodus etter ti minutter.',
  ],
  fi: [
    'Palovaroitin piippaa ja tupakointi kielletty -kyltit on tilattu.',
    'Anniskeluoikeus on uusittu ja alkoholivero nousee huhtikuussa.',
    'Paketin paino on 12 kiloa. Painon lasku tehdään rahtikirjaan.',
    'Rahaa ei saa nostaa ennen eräpäivää. Kone siirtyy lepotilaan.',
  ],
};

const habits: Record<Lang, string> = {
  en: 'My husband smokes 20 a day and has been a problem drinker for years.',
  de: 'Mein Vater raucht seit 30 Jahren und ist seit drei Jahren clean.',
  fr: 'Mon fils se drogue et fume des joints tous les jours.',
  nl: 'Mijn zoon is drugsverslaafd en mag niet zwaar tillen.',
  it: 'Mio marito è alcoldipendente e non può fare sport.',
  es: 'Mi hijo se droga y no duerme nada desde marzo.',
  pl: 'Mąż pali 20 dziennie i nie może dźwigać.',
  sv: 'Min pappa röker 20 om dagen och har lyftförbud.',
  da: 'Min far ryger 20 om dagen og må ikke løfte.',
  no: 'Faren min røyker 20 om dagen og får ikke løfte.',
  fi: 'Isäni tupakoi päivittäin ja on huumeriippuvainen.',
};

describeTopic('habits', 'health behaviours and body measures', ordinary, habits);
