import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The remedies topic files (curated/<lang>.remedies.txt) name medicines by what they are for,
 * changes of a dose and medical aids at home. Most of their words have a business twin: a tablet
 * is a device, prices drop, software gets a patch, a company a capital injection, a heat pump
 * needs servicing, a monitor is a screen, a dose of patience, a bitter pill, and "prescription" /
 * "prescripción" is a limitation period in French and Spanish law. Ordinary sentences built from
 * those twins must not reach a remedies term, and the detector must still find the phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The tablet you sold me has a cracked screen and the new monitor flickers.',
    'Prices dropped again in March; the software patch fixes the SQL injection bug.',
    'The capital injection was approved, and the heat pump needs a new pressure sensor.',
    'It took a dose of patience and the increase was a bitter pill to swallow for the board.',
    'Please keep the test strips for the pool water in a dry place; the plastic bag is in the box.',
  ],
  de: [
    'Das Tablet hat einen Sprung im Display und der neue Monitor flackert.',
    'Die Preise sind gefallen; der Patch behebt die Lücke, die Kapitalspritze ist genehmigt.',
    'Die Wärmepumpe braucht Wartung, und die Dosis Geduld wurde erhöht, sagt der Chef im Scherz.',
    'Der Projektplan wurde umgestellt, die Teststreifen für den Pool liegen in der Box.',
    'Der Messbecher und das Messgerät für die Heizung wurden abgesetzt und neu geliefert.',
  ],
  fr: [
    'La tablette a un écran fissuré et le moniteur clignote.',
    'Les prix ont baissé ; le correctif bloque l’injection SQL et l’injection de capital est validée.',
    'La prescription de la créance est acquise après cinq ans, selon le tribunal.',
    'La pompe à chaleur est en panne et le traitement de votre dossier est en cours.',
    'Les effets secondaires de la réforme sur le marché sont connus ; une dose de patience suffira.',
  ],
  nl: [
    'De tablet heeft een gebarsten scherm en de monitor knippert.',
    'De prijzen zijn gedaald; de patch dicht het lek en de kapitaalinjectie is rond.',
    'De warmtepomp moet worden nagekeken en de dosis geduld is op, zei de directeur.',
    'De planning is aangepast en de teststrips voor het zwembad liggen in de doos.',
  ],
  es: [
    'La tableta tiene la pantalla rota y el monitor parpadea.',
    'Los precios bajaron; el parche corrige la inyección SQL y la inyección de capital llegó.',
    'La prescripción de la deuda se produjo a los cinco años, según el juzgado.',
    'La bomba de calor está averiada y hace falta una dosis de paciencia.',
    'Los efectos adversos de la crisis en las ventas son evidentes.',
  ],
  it: [
    'Il tablet ha lo schermo rotto e il monitor sfarfalla.',
    'I prezzi sono scesi; la patch corregge la falla e l’iniezione di capitale è arrivata.',
    'La prescrizione del credito è maturata, e la pompa di calore è guasta.',
    'Serve una buona dose di pazienza: la pillola è amara per il consiglio.',
    'Il piano di lavoro è stato ridotto e il dosaggio del cemento aumentato.',
  ],
  pl: [
    'Tablet ma pęknięty ekran, a monitor miga.',
    'Ceny spadły; łatka usuwa lukę, a zastrzyk kapitału już dotarł.',
    'Pompa ciepła jest zepsuta, a pudełko na dokumenty stoi w biurze.',
    'Skutki uboczne reformy podatkowej są widoczne, potrzeba dawki cierpliwości.',
  ],
  sv: [
    'Surfplattan har en spricka i skärmen och skärmen flimrar.',
    'Priserna har sjunkit; patchen täpper till luckan och kapitaltillskottet är klart.',
    'Värmepumpen behöver service och receptet på kakan står i boken.',
    'Dosen med snus låg på bordet, och planen har ändrats igen.',
  ],
  da: [
    'Tabletten har en revne i skærmen, og skærmen blinker.',
    'Priserne er faldet; opdateringen lukker hullet, og kapitalindskuddet er på plads.',
    'Varmepumpen skal efterses, og planen er skiftet til en anden leverandør.',
  ],
  no: [
    'Nettbrettet har en sprekk i skjermen, og skjermen blinker.',
    'Prisene har falt; oppdateringen tetter hullet, og kapitaltilførselen er klar.',
    'Varmepumpen må på service, og planen er byttet til en annen leverandør.',
  ],
  fi: [
    'Tabletin näyttö on haljennut ja näyttö vilkkuu.',
    'Hinnat laskivat; päivitys korjaa aukon ja pääomaruiske on saatu.',
    'Lämpöpumppu on rikki, ja haittaohjelman haittavaikutus yllätti kaikki.',
    'Annosta ei muutettu, sillä kahvin annostelija on rikki.',
  ],
};

const remedies: Record<Lang, string> = {
  en: 'My father takes heart tablets and his dose was increased after the last check.',
  de: 'Meine Dosis wurde im Mai angepasst, die Dosis wurde erhöht, und ich brauche ein Folgerezept für das Blutdruckmittel.',
  fr: 'Je prends des médicaments pour la tension et j’ai arrêté mon traitement à cause des effets secondaires du traitement.',
  nl: 'Ik slik bloeddrukpillen en mijn dosis is verhoogd.',
  es: 'Tomo pastillas para la tensión y me subieron la dosis en marzo.',
  it: 'Prendo le pastiglie per la pressione e il medico mi ha aumentato la dose.',
  pl: 'Biorę tabletki na ciśnienie i lekarz zwiększył mi dawkę.',
  sv: 'Jag tar blodtryckssänkande och läkaren har höjt dosen.',
  da: 'Jeg får blodtrykspiller, og lægen har sat dosis op.',
  no: 'Jeg tar blodtrykkssenkende og legen har økt dosen.',
  fi: 'Lääkäri nosti annosta ja käytän kipulaastaria.',
};

describeTopic('remedies', 'medicines by their purpose, dose changes and aids at home', ordinary, remedies);
