import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The symptom topic files (curated/<lang>.symptoms.txt) name health in lay words, brand names and
 * test values. Their words have everyday twins in business mail: an audit that "threw up" issues,
 * no "appetite" for risk, customs' "seizure" of goods, a budget "erschöpft", an economy "in
 * affanno" or catching "zadyszka", a price that "falder ofte", paint left "kuivumaan", "PSA" for
 * protective equipment or a carmaker, "MAPA" for a French tender. Ordinary sentences built from
 * those twins must not reach a symptom term, and the detector must still find the symptom phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The audit threw up several issues and investors have no appetite for risk.',
    'Customs lifted the seizure of the goods; withdrawal from the contract is possible within 14 days.',
    'The market relapsed into recession and the launch was a nightmare for the whole team.',
    'Sugar levels in our juices are on the label, and iron levels in the tap water are normal.',
    'My worn out tyres and his burned out car are both covered by the policy.',
    'The new tariff left customers confused, and the PSA about the outage went to all staff.',
  ],
  de: [
    'Die Nachfrage hat stark abgenommen und das Budget ist völlig erschöpft.',
    'Wir haben die Unterlagen übergeben; nach wenigen Schritten ist die Installation fertig.',
    'Wir möchten Ihre Stimmen hören. Der Entzug der Fahrerlaubnis ist rechtskräftig.',
    'Der Server ist kollabiert und die persönliche Schutzausrüstung (PSA) liegt im Lager.',
    'Mit Herzklopfen warten wir auf die Zahlen; die Werte im Bericht sind gut.',
  ],
  fr: [
    'Le budget est épuisé et les chiffres donnent des vertiges.',
    'Le taux de sucre de nos produits est indiqué, et la MAPA de la mairie est publiée.',
    'Le groupe PSA a livré les pièces ; la tension monte entre les partenaires.',
    'Nous avons scanné le document et la radio locale diffuse notre annonce.',
  ],
  nl: [
    'De bovendruk en onderdruk in de leiding zijn gemeten; het materiaal kan vocht vasthouden.',
    'Er zitten rode vlekken op het tapijt en de verhoging en korting staan op de factuur.',
    'De klanten zijn verward door het nieuwe tarief, en de planning is in de war.',
    'Dat jaagt ons de stuipen op het lijf; de economische somberheid houdt aan.',
  ],
  es: [
    'El producto está agotado y la web se cae mucho por las caídas frecuentes del servidor.',
    '¡Alucina con nuestras ofertas! El nivel de azúcar del zumo está en la etiqueta.',
    'La analítica web muestra una caída de visitas; la tensión en el mercado es alta.',
    'El escáner de la oficina no funciona y la presión del neumático es baja.',
  ],
  it: [
    'Le ricadute economiche sul territorio sono positive e la pressione massima della gomma è 2,5 bar.',
    'Il vino DOC è in promozione; il trittico è esposto in galleria.',
    'Una zona in depressione porta pioggia e molte aziende sono in affanno.',
    'Un momento, per favore: ho letto il documento e la risonanza mediatica è stata ampia.',
  ],
  sv: [
    'Varan är helt slut och kunderna är förvirrade av den nya taxan.',
    'Vi använder LVM på servern och PK-debatten fortsätter.',
    'Priset har gått ner och mätningen gav utslag i går.',
  ],
  da: [
    'Prisen falder ofte i januar, og jeg er forvirret over fakturaen.',
    'Vi har tabt sagen i retten, og arbejdstesten af systemet er færdig.',
    'Kolesterolfri margarine er på tilbud, og vi kaster os over opgaven.',
  ],
  no: [
    'Prisene faller ofte om vinteren, og jeg er forvirret over regningen.',
    'Man glemmer alt om køen når appen virker, og dekkene er helt slitte.',
    'Vi kutter kostnader i år og har gått ned i pris.',
  ],
  fi: [
    'Jätä maali kuivumaan yöksi. Hinta on aivan tajuton.',
    'Tieto puuttuu lomakkeesta ja toimitus on myöhässä.',
    'Tilanne on yhä sekavampi, mutta kouluttaja on jo tilattu.',
  ],
  pl: [
    'Gospodarka łapie zadyszkę, a poziom cukru w napoju jest na etykiecie.',
    'Termin jest uzależniony od decyzji zarządu. Materiał tnie się łatwo.',
    'Pomiar ciśnienia w oponach jest bezpłatny. Dreszcze emocji gwarantowane!',
  ],
};

const symptoms: Record<Lang, string> = {
  en: 'My mother has swollen ankles, blood in her stool and keeps throwing up.',
  de: 'Mein Vater hat geschwollene Beine und musste sich übergeben.',
  fr: 'Ma mère a les jambes gonflées et a fait un malaise hier.',
  nl: 'Mijn moeder heeft dikke enkels en moest overgeven.',
  es: 'Mi padre tiene los tobillos hinchados y ha perdido peso.',
  it: 'Mia madre ha le gambe gonfie e ha perso conoscenza ieri.',
  sv: 'Min mamma har svullna ben och dålig aptit.',
  da: 'Min far har hævede ben og kaster op.',
  no: 'Min mor har hovne bein og dårlig matlyst.',
  fi: 'Äidillä on turvonneet jalat ja hän on laihtunut.',
  pl: 'Mama ma spuchnięte nogi i brak apetytu.',
};

describeTopic('symptoms', 'health said in lay words', ordinary, symptoms);
