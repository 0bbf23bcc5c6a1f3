import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The aftercare topic files (curated/<lang>.aftercare.txt) name what follows an injury or an
 * operation: stitches, the wound and its dressing, metalwork in a bone, casts and splints, crutches,
 * the post-operative check, rehabilitation, sick leave and complications. Many of those words have
 * a business twin: a number plate and the screws of a shelf, a blocked drain, the cast of a play, a
 * plaster wall, the recovery of a debt, the rehabilitation of a building, a salad dressing, stitches
 * in knitting, a military or business operation. Ordinary sentences built from those twins must
 * not reach an aftercare term, and the detector must still find the aftercare phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The number plate was removed from the car and the screws of the shelf are in the box.',
    'The drain was removed by the plumber after the operation of the pump had failed.',
    'The cast of the play was announced; the plaster on the walls needs a second coat.',
    'Recovery of the debt and the rehabilitation of the old warehouse are on the agenda.',
    'She dropped two stitches in her knitting, and the salad dressing was changed.',
  ],
  de: [
    'Die Festplatte wurde entfernt und die Schrauben des Regals liegen in der Packung.',
    'Die Wand ist aus Gips, und nach der Umstellung läuft der Betrieb wieder normal.',
    'Die Drähte wurden vom Elektriker neu verlegt; die Schiene der Schiebetür klemmt.',
    'Die Sanierung des Gebäudes und die Erholung der Aktienkurse stehen im Bericht.',
  ],
  fr: [
    "La plaque d'immatriculation a été retirée et les vis de l'étagère sont dans le carton.",
    'Le plâtre du mur est fissuré et le drain du jardin est bouché.',
    "Après l'opération de fusion, la réhabilitation de l'immeuble a commencé.",
    'Les fils électriques sont retirés et la distribution du film est annoncée.',
  ],
  nl: [
    'De kentekenplaat is verwijderd en de schroeven van de kast zitten in de doos.',
    'De gipsplaten aan de muur zijn klaar en de afvoer is ontstopt.',
    'Na de operatie van de politie en het herstel van de koersen is alles rustig.',
    'De spalk van het hek is gebroken; de pennen liggen op het bureau.',
  ],
  it: [
    'La targa è stata rimossa e le viti dello scaffale sono nella scatola.',
    'Il soffitto è in gesso, la lavagna si scrive col gesso e il drenaggio del giardino funziona.',
    "Dopo l'operazione finanziaria il recupero del credito è in corso.",
    'I fili elettrici sono da sostituire e il cast del film è stato annunciato.',
  ],
  es: [
    'Le quitaron la placa al coche y los tornillos de la estantería están en la caja.',
    'El yeso de la pared está agrietado y el drenaje del patio está atascado.',
    'Tras la operación financiera, la recuperación de la deuda sigue en curso.',
    'Hay una placa en la puerta, y el periodo de recuperación de la inversión es de dos años.',
    'La rehabilitación del edificio termina en marzo; el reparto de la obra ya está.',
  ],
  pl: [
    'Tablica rejestracyjna została zdjęta, a śruby do półki są w pudełku.',
    'Ściany są w gipsie, a odpływ w ogrodzie jest zatkany.',
    'Po operacji bankowej odzyskanie długu trwa dalej.',
    'Zdjęcie kontrolne licznika wysłaliśmy w poniedziałek.',
    'Płytka i śruby do łazienki, łożysko na kulach i gips syntetyczny są na magazynie.',
  ],
  sv: [
    'Registreringsskylten togs bort och skruvarna till hyllan ligger i kartongen.',
    'Väggen är gipsad och dräneringen runt huset är klar.',
    'Efter omläggningen av lånet och stiften i kyrkan ser allt bra ut.',
    'Plattan i köket är sprucken och rollatorn säljs i butiken.',
    'Vi ska ta bort plattan och ta bort skruvarna innan hyllan flyttas.',
  ],
  da: [
    'Nummerpladen blev fjernet, og skruerne til reolen ligger i kassen.',
    'Væggene er gipset, og drænet rundt om huset er renset.',
    'Efter fusionen er genopretningen af økonomien godt i gang.',
    'Pladen i køkkenet er revnet, og søm og skruer ligger i skuffen.',
    'Vi skal fjerne pladen og fjerne skruerne, før reolen flyttes.',
  ],
  no: [
    'Skiltet ble fjernet, og skruene til hylla ligger i esken.',
    'Veggene er gipset, og drenet rundt huset er rensket.',
    'Etter fusjonen er gjenreisingen av økonomien godt i gang.',
    'Plata på kjøkkenet er sprukket, og spiker og skruer ligger i skuffen.',
    'Vi må fjerne platen og skruene før hylla flyttes, og bordet har skruer i foten.',
  ],
  fi: [
    'Rekisterikilpi poistettiin ja hyllyn ruuvit ovat laatikossa.',
    'Seinät ovat kipsiä ja salaojat on puhdistettu.',
    'Lentokoneen jälkitarkastuksessa ei löytynyt vikaa.',
    'Paista lastan kanssa ja tikat ovat pelihuoneessa.',
    'Menojen leikkauksen jälkeen budjetti on tasapainossa, ja toinen leikkaus tulee ensi vuonna.',
  ],
};

const aftercare: Record<Lang, string> = {
  en: 'My husband has a plate in his wrist and is off work after the operation until the check x-ray.',
  de: 'Meine Tochter hat eine Platte im Handgelenk, die Fäden sind raus und der Gips wird abgenommen.',
  fr: 'Mon fils a une plaque au poignet et on lui enlève le plâtre la semaine prochaine.',
  nl: 'Mijn vader heeft een plaat in zijn pols en moet de hechtingen laten trekken.',
  it: 'Mio marito ha una placca nel polso e gli tolgono il gesso lunedì.',
  es: 'Mi hijo tiene tornillos en el tobillo y le quitan la escayola el lunes.',
  pl: 'Mąż ma płytkę w nodze i od operacji jest na zwolnieniu, w piątek zdejmą gips.',
  sv: 'Min man har en platta i handleden och gipset ska tas av på måndag.',
  da: 'Min søn har en plade i armen, og gipsen skal af på mandag.',
  no: 'Sønnen min har en plate i armen, og gipsen skal av på mandag.',
  fi: 'Miehelläni on levy ranteessa ja kipsi poistetaan maanantaina.',
};

describeTopic('aftercare', 'aftercare after an injury or an operation', ordinary, aftercare);
