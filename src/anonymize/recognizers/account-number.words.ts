import { contextWords } from './near-context.js';

/**
 * Words that introduce a customer, account, policy, patient, case, order, contract, claim,
 * invoice or membership number, in the 11 languages. A trailing `*` also matches compounds
 * and inflections ("Kundennummer*" → "Kundennummern"). Kept apart from the recognizer so the
 * list can grow without touching the logic.
 */
const english = (
  'customer ref|client ref|client reference|policy ref|policyholder number|contract ref|case ref|case reference|claim ref|claim reference|our ref|your ref|file ref|matter ref|invoice ref|account ref|order ref|ref no|docket number|consignment number|meter id|meter serial|meter serial number|mpan|mprn|ean code|supply number|supply point number|member|membership|' +
  'customer number|customer no|customer id|customer ref*|client number|client id|' +
  'account number|account no|account id|account|acct|a/c|policy number|policy no|policy|' +
  'patient id|patient number|patient no|mrn|medical record number|case number|case no|' +
  'case id|case|ticket number|ticket no|ticket|order number|order no|order id|order|' +
  'contract number|contract no|contract|claim number|claim no|claim|invoice number|' +
  'invoice no|invoice|membership number|membership no|member number|member id|member no|' +
  'reference number|reference no|reference|ref|booking reference|booking number|' +
  'reservation number|tracking number|file number|matter number|application number|' +
  'loan number|meter number|subscriber number|insurance number|student id|employee id|' +
  'employee number|personnel number|user id|username|login id|invoices|claims|orders|cases|tickets|policies|' +
  // hospital and supply numbers: "hosp no H2287104", "CHI number", "EAN 8716…"
  'hosp no|hosp number|hospital no|unit no|unit number|chi number|chi no|nhs no|ean'
).split('|');
const german = (
  'versichertennr*|versicherungsnr*|vers.-nr*|vsnr|kd.-nr*|kd.nr*|vertrag|vertragskontonr*|unser zeichen|ihr zeichen|rechnungsnr*|belegnummer*|beleg-nr*|zählpunkt*|marktlokation*|malo-id|melo-id|zählernr*|zähler-nr*|zähler|mitgliedsnr*|mitglieds-nr*|kassenzeichen*|schadennr*|schaden-nr*|schadenfall*|leistungsfall*|fall-nr*|ticket-nr*|vorgangsnr*|vorgangs-nr*|auftragsnr*|auftrags-nr*|bestellnr*|referenz|kundenkonto*|patientennr*|bearbeitungsnummer*|antragsnummer*|police|' +
  'kundennummer*|kunden-nr*|kundennr*|kunden-id|versicherungsnummer*|versichertennummer*|' +
  'versicherungsschein*|policennummer*|polizzennummer*|vertragsnummer*|vertrags-nr*|' +
  'vertragsnr*|aktenzeichen*|az|bestellnummer*|bestell-nr*|auftragsnummer*|rechnungsnummer*|' +
  'rechnungs-nr*|rechnung|schadennummer*|schadensnummer*|vorgangsnummer*|vorgang|' +
  'fallnummer*|ticketnummer*|mitgliedsnummer*|patientennummer*|patienten-id|referenznummer*|' +
  'buchungsnummer*|sendungsnummer*|zählernummer*|kontonummer*|konto-nr*|mandatsreferenz*|' +
  'personalnummer*|geschäftszeichen*|auftrag|bestellung'
).split('|');
const french = (
  "n° contrat|no de contrat|no contrat|référence client|réf. client|réf client|référence dossier|référence de dossier|n° de sinistre|n° sinistre|n° adhérent|n° d'adhérent|numéro adhérent|numéro d'affiliation|affiliation|n° allocataire|numéro allocataire|numéro de pdl|pdl|pce|point de livraison|n° facture|numéro de compteur|n° de compteur|n° compteur|compteur|numéro de ticket|numéro de réclamation|n° de réclamation|réclamation|n° d'assuré|numéro d'assuré|n° de police|n° police|numéro de colis|numéro de demande|" +
  'numéro de client|numéro client|n° client|n° de client|numéro de dossier|n° de dossier|' +
  'n° dossier|dossier|numéro de contrat|n° de contrat|contrat|numéro de police|police|' +
  'numéro de commande|n° de commande|commande|numéro de facture|n° de facture|facture|' +
  "numéro de sinistre|sinistre|numéro d'adhérent|adhérent|numéro de membre|numéro de compte|" +
  'référence|réf|numéro de patient|numéro de réservation|numéro de suivi'
).split('|');
const dutch = (
  'polisnr*|polis-nr*|personeelsnummer*|personeelsnr*|dossiernr*|dossier|contractnr*|contract|zaak|zaaknr*|factuurnr*|ordernr*|ons kenmerk|uw kenmerk|referentienr*|meternummer*|meternr*|ean-code|ean code|aansluitnummer*|lidnr*|verzekerdennummer*|relatienr*|schadenr*|schadedossier*|debiteurnr*|klantnummer*|' +
  'klantnummer*|klant-nr*|klantnr*|polisnummer*|polis|dossiernummer*|contractnummer*|' +
  'ordernummer*|bestelnummer*|factuurnummer*|factuur|schadenummer*|lidnummer*|' +
  'lidmaatschapsnummer*|patiëntnummer*|patientnummer*|referentienummer*|referentie|' +
  'zaaknummer*|rekeningnummer*|relatienummer*|debiteurnummer*|kenmerk|betalingskenmerk|' +
  'boekingsnummer*|zendingsnummer*|bestelling|ean|ean stroom|ean gas|ean-nummer*|ziekenhuisnummer*|patiëntnummer*'
).split('|');
const spanish = (
  'n.º póliza|nº póliza|num. de póliza|nº cliente|n.º cliente|código de cliente|código cliente|referencia de cliente|ref. cliente|nº de contrato|nº contrato|n.º de contrato|n.º de expediente|nº de expediente|nº expediente|nº de factura|nº factura|número de la factura|nº de siniestro|nº siniestro|código cups|cups|número de contador|contador|nº de socio|número de afiliado|nº de afiliado|número de historia clínica|historia clínica|número de reclamación|nº de reclamación|número de incidencia|incidencia|número de solicitud|localizador|' +
  'número de cliente|nº de cliente|n.º de cliente|número de póliza|nº de póliza|póliza|' +
  'número de pedido|nº de pedido|pedido|número de factura|factura|número de contrato|' +
  'contrato|número de expediente|expediente|número de siniestro|siniestro|número de socio|' +
  'número de cuenta|referencia|número de paciente|número de reserva|número de seguimiento|' +
  'número de caso|caso|número de historia|nº de historia|n.º de historia|historia'
).split('|');
const swedish = (
  'avtalsnr*|anmälningsnummer*|polisanmälan|försäkringsnr*|försäkringsbrev*|skadenr*|skadeärende*|ordernummer*|anläggnings-id|anläggningsid*|anläggningsnummer*|mätarnummer*|medlemsnr*|referens|er referens|vår referens|diarienummer*|dnr|patientnummer*|journalnummer*|bokningsnr*|beställningsnummer*|' +
  'kundnummer*|kundnr*|ärendenummer*|ärendenr*|ärende|ordernr*|fakturanummer*|fakturanr*|' +
  'faktura|avtalsnummer*|försäkringsnummer*|skadenummer*|medlemsnummer*|kontonummer*|' +
  'referensnummer*|bokningsnummer*|ocr|ocr-nummer*|beställning|' +
  // the definite forms drop a letter ("numret"), so the compounds' `*` does not reach them
  'kundnumret|ärendenumret|anmälningsnumret|fakturanumret|ordernumret|avtalsnumret|' +
  'försäkringsnumret|skadenumret|medlemsnumret|kontonumret|referensnumret|bokningsnumret|diarienumret'
).split('|');
const italian = (
  'n. polizza|n° polizza|conto corrente|conto|cod. cliente|codice utente|numero utente|numero di pratica|n. pratica|numero del contratto|n. contratto|contratto|codice contratto|numero della fattura|n. fattura|n. sinistro|codice pod|codice pdr|numero pod|numero pdr|pod|pdr|matricola contatore|matricola|numero contatore|contatore|tessera|numero di iscrizione|n. ordine|protocollo|n. protocollo|prot.|prot. n.|numero di protocollo|numero di riferimento|rif.|codice di riferimento|numero di ticket|' +
  "numero cliente|codice cliente|numero di polizza|numero polizza|polizza|numero d'ordine|" +
  'numero ordine|ordine|numero fattura|numero di fattura|fattura|numero di contratto|' +
  'numero contratto|numero pratica|numero di pratica|pratica|numero sinistro|sinistro|' +
  'numero di tessera|numero socio|numero di conto|riferimento|numero paziente|' +
  'numero di prenotazione|n. adesione|numero di adesione|numero adesione|adesione|accesso n.|numero di accesso|n. accesso|numero di pratica|pratica n.|pratica|' +
  // a bank transfer's reference ("codice di riferimento dell'operazione"): "CRO 0103260334182211"
  'cro|trn'
).split('|');
const nordic = (
  'policenr*|aftalenr*|forsikringsnummer*|forsikringsnr*|skadenummer*|skadesag*|fakturanummer*|fakturanr*|målernummer*|målernr*|installationsnummer*|medlemsnummer*|j.nr|journalnr*|referencenummer*|reference|vores reference|deres reference|avtalenr*|polisenr*|målepunkt-id|målepunkt*|referanse|vår referanse|deres referanse|kid|kid-nummer*|kidnummer*|' +
  'kundenummer*|kundenr*|sagsnummer*|sagsnr*|ordrenummer*|ordrenr*|policenummer*|' +
  'aftalenummer*|skadesnummer*|bookingnummer*|saksnummer*|saksnr*|polisenummer*|' +
  'avtalenummer*|referansenummer*|bestilling*'
).split('|');
const finnish = (
  'asiakastunnus*|asia|asianumero*|vakuutusnro|sopimusnro|laskun numero|laskun nro|viite|viitteemme|viitteenne|diaarinumero*|dnro|käyttöpaikkatunnus*|käyttöpaikan numero|käyttöpaikka*|mittarinumero*|tapausnumero*|tikettinumero*|hakemusnumero*|vahinkoilmoitus*|vakuutus|sopimus|' +
  'asiakasnumero*|asiakasnro|tilausnumero*|laskunumero*|lasku|vakuutusnumero*|' +
  'sopimusnumero*|asianumero*|jäsennumero*|tilinumero*|viitenumero*|vahinkonumero*|' +
  'potilasnumero*|varausnumero*|tilaus|ilmoitusnumero*|vahinkonumero*|asianumero*|asiointinumero*|' +
  // genitive + numero: "sopimuksen numero", "vakuutuksen numero", "hakemuksen numero"
  'asiamme|asianne|asiatunnus*|lainanumero*|asuntolaina*|lainasopimus*|sopimuksen numero|vakuutuksen numero|hakemuksen numero|tilauksen numero|laskun viite|vahingon numero|asian numero|asiakkuusnumero*|potilastunnus*|numerolla|numeroa|numeroon|viitenumerolla|viitteellä'
).split('|');
const polish = (
  'nr kl.|polisa nr|umowa nr|umowy nr|sygnatura akt|sygn. akt|sygn.|faktura nr|faktury nr|numer licznika|nr licznika|licznik|numer ppe|ppe|kod ppe|punkt poboru|numer reklamacji|nr reklamacji|reklamacja|numer zgłoszenia|nr zgłoszenia|nr ref|identyfikator klienta|numer abonenta|nr abonenta|numer legitymacji|numer wniosku|nr wniosku|nr sprawy|sprawa nr|' +
  'numer klienta|nr klienta|numer zamówienia|nr zamówienia|zamówienie|numer polisy|' +
  'nr polisy|polisa|numer faktury|nr faktury|faktura vat|numer umowy|nr umowy|numer sprawy|' +
  'nr sprawy|numer szkody|nr szkody|numer członkowski|numer konta|numer rachunku|' +
  'numer pacjenta|numer rezerwacji|numer referencyjny|sygnatura|znak sprawy|znak pisma|nasz znak|wasz znak|' +
  // case forms of the labels: "ma własną umowę (VIT/2022/…)", "polisę nr", "w fakturze"
  // "sprawa KWP/2026/118734": a case, named by its code right after the word
  'sprawa|sprawie|sprawy|' +
  'umowa|umowy|umowę|umowie|umową|polisę|polisie|polisą|polisy|fakturę|fakturze|faktury|zamówienia|zamówieniu|szkody|szkodzie|reklamację|reklamacji|zgłoszeniu|wniosku|wniosek|numerem|numerze|numeru|nr.'
).split('|');
// Bare "number"/"numéro"/"Nummer" and record words seen in real mail ("sous le numéro AR-…",
// "Vertragskonto 5421…", "hospital number RWX…", "NHC 9196…", "IPP 2966…", "opened file 2023-…").
const generic = (
  'id|kdnr|kd-nr|ref.nr|ref-nr|ref.|number|nummer|numéro|número|numero|numer|nr|nº|n°|' +
  'vertragskonto*|vermerk|akte|aktennummer*|file|dispute|hospital number|nhs number|reclamación|' +
  'nhc|autorización|ipp|identifiant*|allocataire|dossiernummer*|ärendet|pratica n'
).split('|');

// Phrases whose number is another kind of data (a phone or card number): listed so that
// "number" inside them is not taken as an account context, then skipped.
export const otherNumberPhrases = (
  'phone number|telephone number|mobile number|fax number|card number|tel number|telefonnummer*|' +
  'handynummer*|mobilnummer*|faxnummer*|kartennummer*|numéro de téléphone|numéro de portable|' +
  'numéro de carte|telefoonnummer*|mobiel nummer|número de teléfono|número de móvil|número de tarjeta|' +
  'numero di telefono|numero di cellulare|numero della carta|puhelinnumero*|numer telefonu|numer karty'
).split('|');
export const otherNumberPhrase = new RegExp(
  `^(?:${otherNumberPhrases.map((w) => w.replace('*', '').replace(/ /g, '\\s+')).join('|')})`,
  'iu',
);

export const accountWords = contextWords([
  ...english,
  ...german,
  ...french,
  ...dutch,
  ...spanish,
  ...swedish,
  ...italian,
  ...nordic,
  ...finnish,
  ...polish,
  ...generic,
  ...otherNumberPhrases,
]);
