import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The specialists topic files (curated/<lang>.specialists.txt) name health through the specialist,
 * department or clinic a person is seen in ("the nephrologist", "kardiologille", "u endokrynologa").
 * Business mail has twins of their parts: an IT specialist, a business unit, a tax clinic, an
 * orthopaedic mattress in a catalogue, consumer psychology, an after-dinner digestivo, headphones
 * ("kuulokkeet") next to "kuulokeskus", "the current" ("huidige") next to "huidarts". Ordinary
 * sentences built from those twins must reach no specialists term, and the detector must still find
 * a person's specialist.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Our IT specialist will call you; the business unit head joined the tax clinic on Friday.',
    'The orthopaedic mattress in our catalogue ships in a heart-shaped box.',
    'The consultant from the audit team reviewed the department budget.',
    'Consumer psychology drives the campaign; the surgeon general report is public.',
  ],
  de: [
    'Unsere Fachabteilung hat die Praxis der Ambulanz für Steuerfragen übernommen.',
    'Die orthopädische Matratze aus dem Katalog kommt im Herzstück des Lagers an.',
    'Die Hautfarbe des Sofas, der Augenblick der Übergabe und die Schmerzgrenze beim Preis.',
    'Das Zentrum der Stadt und die Nervenstärke der Berater beeindrucken.',
  ],
  fr: [
    'Notre spécialiste informatique passe au centre de tri de Lyon.',
    'La psychologie du consommateur guide la campagne; la séance de cardio est offerte.',
    'Le service client de la gastronomie régionale a répondu à la consultation publique.',
    "L'unité de production et le centre d'appels ferment à 18 heures.",
  ],
  nl: [
    'De huidige oogst is binnen en de afdeling verkoop heeft het hart van de zaak verbouwd.',
    'Onze IT-specialist komt langs en de politieke partijen reageren op de consultatie.',
    'Het longpakket van de verzekering is hartelijk ontvangen door de klant.',
    'Het centrum van de stad en de kliniek voor belastingvragen zijn gesloten.',
  ],
  it: [
    'Il materasso ortopedico del catalogo arriva con le scarpe ortopediche in negozio.',
    'La psicologia del mercato e il centro commerciale della città.',
    'Il reparto vendite e il centro assistenza clienti chiudono alle 18.',
    'Il cuore del progetto è la consulenza del nostro specialista informatico.',
  ],
  es: [
    'Después de la cena tomamos un digestivo y un café.',
    'La psicología del consumidor y el centro comercial de la ciudad.',
    'El departamento de ventas y la unidad de negocio cierran a las 18.',
    'Nuestro especialista informático visitará el centro de datos.',
  ],
  pl: [
    'Materac ortopedyczny z katalogu dotrze razem z okularami.',
    'Psychologia sprzedaży i oddział banku w centrum miasta.',
    'Konsultacja społeczna projektu i poradnik klienta są gotowe.',
    'Efekt psychologiczny kampanii i ortopedyczne buty w sklepie.',
    'Nasz specjalista IT odwiedzi oddział w Gdańsku.',
  ],
  sv: [
    'Ett ögonblick, jag kopplar till vår IT-specialist på avdelningen.',
    'Hjärtligt tack för ett lugnt möte; pengarna är öronmärkta.',
    'Hudvården i butiken och mottagningen av varorna går bra.',
  ],
  da: [
    'Et øjeblik, jeg stiller om til vores IT-specialist i afdelingen.',
    'Hjertelig tak for mødet; hudplejen i butikken sælger godt.',
    'Modtagelsen af varerne og klinikken for skatteråd er lukket.',
  ],
  no: [
    'Et øyeblikk, jeg setter deg over til IT-spesialisten på avdelingen.',
    'Hjertelig takk for møtet; kreftene i markedet virker.',
    'Mottaket av varene og hudpleien i butikken går bra.',
  ],
  fi: [
    'Hetkinen, yhdistän IT-asiantuntijallemme osastolle.',
    'Sydämellinen kiitos tapaamisesta; kuulokkeet toimitetaan huomenna.',
    'Markkinoinnin keskus ja myyntiosasto ovat kiinni.',
    'Markkinoinnin psykologinen vaikutus näkyy, ja ortopediset kengät ovat alennuksessa.',
  ],
};

const specialists: Record<Lang, string> = {
  en: 'My father has an appointment with the nephrologist and the heart failure nurse next week.',
  de: 'Meine Mutter ist beim Rheumatologen und beim Augenarzt in Behandlung.',
  fr: "Mon père est suivi par le néphrologue et voit l'endocrino jeudi.",
  nl: 'Mijn vader is onder behandeling bij de nefroloog en de longarts.',
  it: "Mio padre è seguito dall'ematologo e dal nefrologo.",
  es: 'Mi padre está con el nefrólogo y lo ve el geriatra.',
  pl: 'Tata jest pod opieką nefrologa i hematologa.',
  sv: 'Pappa går hos njurläkaren och hematologen.',
  da: 'Min far går hos nefrologen og øjenlægen.',
  no: 'Far går til nefrologen og hos øyelegen.',
  fi: 'Isä käy nefrologilla ja silmälääkärillä.',
};

describeTopic('specialists', 'health said by the specialist or department', ordinary, specialists);
