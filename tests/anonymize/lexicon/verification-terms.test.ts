import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The verification topic files (curated/<lang>.verification.txt) name biometric data the way
 * customers write it: signing in or paying with one's face or finger, the app rejecting a face,
 * face-to-ID-photo and liveness checks, voice ID at a call centre, fingerprints taken for a permit,
 * time clocks, iris and palm scans, stored templates, signature and typing dynamics. Many of those
 * words have a business twin: the face value of a bond, the fingerprint of a file, the voice of the
 * customer, the recognition of a debt, comparing offers, scanning an invoice, a template letter, a
 * carbon footprint ("empreinte carbone", "huella de carbono"), a vote ("Stimme", "röst"), a
 * procedure ("démarche"). Ordinary sentences built from those twins must not reach a verification
 * term, and the detector must still find the biometric phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The face value of the bond is 1,000 EUR and we face a tight deadline on the renewal.',
    'The fingerprint of the file changed after the upload; please compare the offers side by side.',
    'The voice of the customer survey shows that recognition of the debt is still disputed.',
    'Please scan the invoice and the signature page; the template letter is attached.',
    'Staff clock in at eight. The typing error in my address was corrected, and the map shows the branch.',
  ],
  de: [
    'Der Nennwert steht auf dem Schein; wir wollen das Gesicht wahren und den Vertrag prüfen.',
    'Jede Stimme zählt bei der Versammlung, der Abdruck des Stempels ist zu blass.',
    'Bitte scannen Sie die Rechnung ein und legen Sie die Vorlage mit Ihrer Unterschrift bei.',
    'Die Mitarbeiter stempeln um acht Uhr, die Zeiterfassung läuft über das Terminal.',
    'Die Anerkennung der Forderung steht aus; wir haben die Angebote verglichen.',
  ],
  fr: [
    "L'empreinte carbone de notre flotte baisse, et la valeur faciale du titre reste inchangée.",
    'La démarche administrative est en cours et nous reconnaissons la dette envers votre société.',
    'Merci de scanner la facture et de signer le modèle de lettre joint.',
    'La voix du client compte : nous avons comparé les offres et la carte des agences est en ligne.',
  ],
  nl: [
    'De nominale waarde staat op het bewijs, en de afdruk van de factuur is onleesbaar.',
    'Elke stem telt op de vergadering; wij hebben de offertes vergeleken.',
    'Scan de factuur in en stuur het sjabloon met uw handtekening terug.',
    'Medewerkers klokken om acht uur in; de erkenning van de schuld volgt nog.',
  ],
  it: [
    "L'impronta ecologica dell'azienda è calata e il valore nominale del titolo resta invariato.",
    'La voce di spesa è stata corretta e la firma del contratto è prevista per lunedì.',
    'Il riconoscimento del debito è avvenuto; abbiamo confrontato le offerte.',
    "L'andamento del mercato è stabile. Scansioni la fattura e usi il modello allegato.",
  ],
  es: [
    'La huella de carbono de la flota ha bajado y el valor facial del bono no cambia.',
    'Hemos puesto en marcha el proyecto y reconocemos la deuda con su empresa.',
    'Escanee la factura y firme la plantilla adjunta; la cara B del documento está en blanco.',
    'La voz del cliente es clave; comparamos las ofertas y el mapa de oficinas está en la web.',
  ],
  pl: [
    'Wartość nominalna obligacji się nie zmienia, a głos w zgromadzeniu ma każdy wspólnik.',
    'Proszę zeskanować fakturę i podpisać szablon umowy.',
    'Potwierdzam otrzymanie płatności; rozpoznanie reklamacji potrwa dwa tygodnie.',
    'Żywotność baterii wynosi pięć lat. Porównanie ofert jest w załączniku.',
  ],
  sv: [
    'Varje röst räknas på stämman och vi har jämfört offerterna.',
    'Skanna fakturan och skicka mallen med din underskrift.',
    'Personalen stämplar in klockan åtta och tummen upp för det nya systemet.',
    'Företagets ansikte utåt är kundtjänsten, och kartan visar kontoren.',
  ],
  da: [
    'Hver stemme tæller på generalforsamlingen, og vi har sammenlignet tilbuddene.',
    'Scan fakturaen og send skabelonen med din underskrift.',
    'Medarbejderne stempler ind klokken otte; virksomhedens ansigt udadtil er kundeservice.',
  ],
  no: [
    'Hver stemme teller på generalforsamlingen, og vi har sammenlignet tilbudene.',
    'Skann fakturaen og send malen med din underskrift.',
    'De ansatte stempler inn klokken åtte; kundeservice er selskapets ansikt utad.',
  ],
  fi: [
    'Jokainen ääni lasketaan kokouksessa, ja vertailimme tarjoukset huolellisesti.',
    'Skannaa lasku ja lähetä allekirjoitettu malli takaisin.',
    'Kirjaudu verkkopalveluun tunnuksillasi ja tunnista lasku viitenumerosta.',
  ],
};

const found: Record<Lang, string> = {
  en: 'Since the update the app no longer recognises my face and I cannot clock in with my finger either.',
  de: 'Seit dem Update kann ich mich nicht mehr mit meinem Gesicht anmelden, die App erkennt mein Gesicht nicht.',
  fr: "Depuis la mise à jour, l'application ne reconnaît pas mon visage et je ne peux plus payer avec mon empreinte.",
  nl: 'Sinds de update kan ik niet meer inloggen met mijn gezicht, mijn gezicht wordt niet herkend.',
  it: "In questura mi hanno fatto i rilievi fotodattiloscopici e ora l'app non riconosce il mio volto.",
  es: 'Desde la actualización no puedo desbloquear con la cara y el lector de huella no funciona.',
  pl: 'Od aktualizacji nie mogę zalogować się twarzą, aplikacja nie rozpoznaje mojej twarzy.',
  sv: 'Sedan uppdateringen kan jag inte låsa upp med ansiktet och appen känner inte igen mitt ansikte.',
  da: 'Siden opdateringen kan jeg ikke låse op med ansigtet, og appen genkender ikke mit ansigt.',
  no: 'Etter oppdateringen kan jeg ikke låse opp med ansiktet, og appen kjenner ikke igjen ansiktet mitt.',
  fi: 'Päivityksen jälkeen en voi enää kirjautua kasvoilla, sovellus ei tunnista kasvojani.',
};

describeTopic('verification', 'biometric sign-in and identity checks', ordinary, found, 'BIOMETRIC');
