import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The wards topic files (curated/<lang>.wards.txt) name a hospital stay by its verbs (admitted,
 * kept in, transferred, discharged) and by the ward or unit a person is on. Those verbs have
 * business twins: a claim admitted, money transferred, a debt discharged, goods taken in, an order
 * entered ("lagt inn"), an employee moved to another department, a bank branch ("oddział"), a
 * unit of measure, a work room. Ordinary sentences built from those twins must not reach a wards
 * term, and the detector must still find the phrases of a stay.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Your claim was admitted and the money was transferred to your account on Friday.',
    'The debt was discharged in full; the mortgage discharge is with the land registry.',
    'The parcel was taken in by a neighbour. Each unit of the building has its own meter.',
    'The councillor for the east ward replied. Our delivery team released the order from the warehouse.',
    'The baby unit of the monitor is charging; the isolation unit of the pump was replaced.',
  ],
  de: [
    'Die Sendung wurde in der Filiale eingeliefert und die Überweisung ist eingegangen.',
    'Die Löschung der Grundschuld ist beantragt; der Mitarbeiter wurde in eine andere Abteilung versetzt.',
    'Die Station am Hauptbahnhof ist geschlossen, die Abteilung Einkauf zieht um.',
    'Wir haben den Auftrag aufgenommen und die Ware nach Hause geliefert.',
  ],
  fr: [
    'Votre réclamation a été admise et le virement a été transféré sur votre compte.',
    'La décharge de responsabilité est signée; la mainlevée de l’hypothèque est faite.',
    'Le dossier est en salle de travail au deuxième étage. Il part en voyage avec un visa long séjour.',
    'La sortie du fonds est prévue, et le service client reste ouvert.',
  ],
  nl: [
    'Uw claim is opgenomen in het dossier en het bedrag is overgemaakt naar uw rekening.',
    'Wij rekenen op spoed bij de levering. De kwijting van de schuld is getekend.',
    'De kinderafdeling van de bibliotheek is verbouwd. Uw PUK-code staat op de simkaart.',
    'De medewerker is overgeplaatst naar de afdeling inkoop.',
  ],
  it: [
    'Il reclamo è stato ammesso e il bonifico è stato trasferito sul suo conto.',
    'Il consigliere si è dimesso ieri. La lettera di dimissioni è firmata.',
    'Il ricovero attrezzi è pieno; il prodotto è disponibile nel reparto vendite.',
    'Indichi il suo TIN nel modulo fiscale.',
  ],
  es: [
    'El importe ingresado ya está en su cuenta; lo ingresaron ayer por transferencia.',
    'Puede darse de alta en el servicio online. La planta baja del edificio está en obras.',
    'Las cajas y los boxes del almacén están listos. El alta del suministro está hecha.',
  ],
  pl: [
    'Oddział banku jest zamknięty w sobotę; przelew przeniesiony na inny termin.',
    'Pracownik został przeniesiony do innego działu. Wypis z rejestru jest gotowy.',
    'Przyjęcie towaru na magazyn nastąpi jutro.',
  ],
  sv: [
    'Beställningen är inlagd i systemet och pengarna är överförda till ert konto.',
    'Medarbetaren flyttades till avdelningen för inköp. Fakturan skrevs ut i går.',
    'Inlagd sill till julbordet. Skulden är avskriven.',
  ],
  da: [
    'Ordren er lagt ind i systemet, og pengene er overført til din konto.',
    'Brevet blev udskrevet igen, og medarbejderen er overflyttet til afdelingen for salg.',
    'Huset har indlagt vand og el. Landsholdet ITA spillede i går.',
  ],
  no: [
    'Bestillingen er lagt inn, og pengene er overført til kontoen din.',
    'Vi satser på intensiv markedsføring. Lukket post sendes rekommandert.',
    'Huset har innlagt vann og strøm. Fakturaen ble skrevet ut i går.',
  ],
  fi: [
    'Tilaus siirrettiin osastolle ja rahat siirrettiin tilillenne.',
    'Yhtiö keskittyy täydellä teholla uuteen tuotteeseen; 80 työpaikkaa on katkolla.',
    'Osake jäi tarkkailuun pörssissä.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My father was kept in overnight and moved onto a ward, then to the neonatal ward with my sister.',
  de: 'Meine Mutter wurde über Nacht dabehalten und liegt jetzt in der Wochenbettstation.',
  fr: 'Mon fils a été gardé en observation puis transféré dans un autre hôpital.',
  nl: 'Mijn vader is ter observatie gehouden en daarna overgeplaatst naar de ic.',
  it: 'Mia madre è stata trattenuta per la notte e poi dimessa dal reparto.',
  es: 'A mi padre lo dejaron en observación y luego lo trasladaron; fue trasladado a la uci.',
  pl: 'Mama została przewieziona do szpitala i leży na pulmonologii.',
  sv: 'Min pappa fick stanna kvar på sjukhuset och flyttades till iva.',
  da: 'Min mor blev beholdt natten over og er nu genindlagt.',
  no: 'Faren min havnet på sykehuset og er reinnlagt.',
  fi: 'Isä joutui teholle ja kotiutettiin eilen.',
};

describeTopic('wards', 'a hospital stay and the ward a person is on', ordinary, found);
