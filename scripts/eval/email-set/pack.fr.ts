/** French messages. */
import {
  ACC,
  ADR,
  AGE,
  BIO,
  CC,
  DOB,
  DT,
  EM,
  H,
  I,
  IB,
  LOC,
  NID,
  ORG,
  P,
  PH,
  POL,
  REL,
  SEX,
  s,
  T,
  UNI,
} from './builder.js';
import { agentMail, full, org, orgAddress, orgPhone, product, serviceMail, short } from './common.js';
import type { Ctx, LangPack } from './context.js';

const civ = (c: Ctx) => (c.p.female ? 'Madame' : 'Monsieur');

export const fr: LangPack = {
  greetIn: (c) =>
    c.r.pick([s`Madame, Monsieur,`, s`Bonjour,`, s`Bonjour ${short(c)},`, s`Madame, Monsieur, bonjour.`]),
  greetOut: (c) =>
    c.r.pick([
      s`${I(civ(c))} ${P(c.p.last)},`,
      s`Bonjour ${I(civ(c))} ${P(c.p.last)},`,
      s`Bonjour ${full(c.p)},`,
      s`Chère ${I(civ(c))},`,
    ]),
  closeIn: (c) =>
    c.r.pick([
      s`Cordialement,\n${full(c.p)}`,
      s`Merci d'avance,\n${P(c.p.first)}`,
      // French correspondence often writes the surname in capitals.
      s`Salutations,\n${P(c.p.first)} ${P(c.p.last.toUpperCase())}`,
      s`Bien cordialement,\n\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTél. : ${PH(c.p.phoneNat)}`,
      s`Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n${P(c.p.first)} ${P(c.p.last)}\n${PH(c.p.phoneIntl)}`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Cordialement,\n\n${full(c.a)}\nConseiller clientèle\n${org(c)}\n${orgAddress(c)}\nTél. ${orgPhone(c)} | ${agentMail(c)}`,
      s`Bien à vous,\n${P(c.a.first)}\nService Relation Adhérents – ${org(c)}\nDu ${T('lundi au vendredi de 8h30 à 18h', 'hours')}`,
      s`Nous restons à votre disposition.\n\n${full(c.a)}\nResponsable d'équipe\n${serviceMail(c)} – ${orgPhone(c)}\n\nCe message et ses pièces jointes sont confidentiels.`,
    ]),
  quoteHead: (c) => s`Le ${I(c.sent)}, ${full(c.p)} <${EM(c.p.email)}> a écrit :`,
  fillers: [
    (c) =>
      s`Vous pouvez également nous joindre au ${orgPhone(c)}, ${T('du lundi au vendredi de 9h à 17h', 'hours')} (appel non surtaxé).`,
    () =>
      s`Merci de remplir le ${T('formulaire Cerfa n° 12345*03', 'public_form')} ; ${T('en mai', 'trap')}, les délais sont souvent plus courts.`,
    () =>
      s`Des frais de dossier de ${T('25 €', 'price')} s'appliquent à partir de ${T('2 duplicatas', 'quantity')}.`,
    () => s`Nos agences seront fermées ${T('le 1er mai et le 14 juillet', 'generic_date')}.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      customer: 'f',
      inbound: (
        c,
      ) => s`Je suis adhérente sous le numéro ${ACC(c.no)} (${product(c)}). Ma fille ${P(c.y.first)}, ${AGE(String(c.r.int(8, 16)))} ans, souffre d'${H('une scoliose sévère')} et porte un ${H('corset')} depuis le ${DT(c.p.date1)}. Le ${H('corset')} a coûté ${T('1 200 €', 'price')} et la Sécurité sociale n'a remboursé qu'une partie.

Pouvez-vous me dire quel montant la mutuelle prend en charge ? Je joins la facture de ${ORG(c.p.clinic)} et le décompte de l'Assurance maladie.

Mon numéro de sécurité sociale : ${NID(c.p.nid)}. RIB pour le remboursement : ${IB(c.p.iban)}.`,
      reply: (
        c,
      ) => s`Nous avons bien reçu votre demande concernant ${P(c.y.first)} et la facture de ${ORG(c.p.clinic)}.

Votre garantie ${product(c)} prend en charge les ${H('appareillages orthopédiques')} (${H('corset pour scoliose')}) à hauteur de ${T('300 % de la base de remboursement', 'quantity')}. Le complément de ${T('412,50 €', 'price')} sera versé sur votre compte sous ${T('48 heures', 'quantity')}.

Votre dossier porte la référence ${ACC(c.ref)}.`,
    },
    {
      domain: 'hospital',
      inbound: (
        c,
      ) => s`Ma mère, ${I('Mme')} ${full(c.y)}, née le ${DOB(c.y.dob)}, a été ${H('hospitalisée')} le ${DT(c.p.date1)} en ${H('cardiologie')} (IPP ${ACC(c.no)}) pour ${H('une insuffisance cardiaque')}. Elle est aussi ${H('diabétique sous insuline')}.

Elle doit sortir bientôt, mais elle vit seule à ${LOC(c.p.otherCity)} et ne peut pas monter les escaliers. Est-ce qu'une place en soins de suite à ${ORG(c.p.clinic)} est possible ?

Elle est de confession ${REL('juive')} et mange ${REL('casher')}. Merci de me rappeler au ${PH(c.p.phoneNat)}.`,
      reply: (c) => s`Je vous remercie pour votre message concernant votre mère.

L'équipe de ${H('cardiologie')} a fait une demande d'admission en soins de suite à ${ORG(c.p.clinic)} ; la sortie est prévue le ${DT(c.p.date2)} si une place est disponible. L'assistante sociale du service, ${full(c.x)}, vous contactera au ${PH(c.p.phoneNat)} pour organiser le retour.

Les repas ${REL('casher')} sont bien notés dans son dossier. Les visites sont autorisées ${T('de 13h à 20h', 'hours')}.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`Je constate sur mon compte ${IB(c.p.iban)} un prélèvement de ${T('349 €', 'price')} du ${DT(c.p.date1)} que je n'ai pas autorisé. Ma carte ${CC(c.p.card)} est toujours en ma possession.

Par ailleurs, la ${BIO('reconnaissance faciale')} de l'application ne fonctionne plus depuis la mise à jour. Mon identifiant client est ${ACC(c.no)}.

Merci de me contacter par téléphone au ${PH(c.p.phoneIntl)} ou par courriel à ${EM(c.p.email)}.`,
      reply: (
        c,
      ) => s`Suite à votre message, nous avons fait opposition sur la carte se terminant par ${CC(c.p.card.replace(/\s/g, '').slice(-4))} et ouvert une contestation (référence ${ACC(c.ref)}).

Le montant de ${T('349 €', 'price')} vous sera recrédité à titre provisoire sous ${T('3 jours ouvrés', 'quantity')}. Une nouvelle ${product(c, 1)} vous sera envoyée au ${ADR(`${c.p.street}, ${c.p.cityLine}`)}.

Pour réactiver la ${BIO('reconnaissance faciale')}, reconnectez-vous avec votre code secret puis rendez-vous dans Profil > Sécurité.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'm',
      inbound: (
        c,
      ) => s`Je suis affilié sous le numéro ${ACC(c.no)} et j'aurai ${AGE(String(c.r.int(60, 64)))} ans le ${DT(c.p.date1)}. Je souhaite connaître le montant de ma retraite en cas de départ anticipé pour ${H('invalidité')} : j'ai été ${H('opéré')} d'${H('un cancer du côlon')} l'an dernier.

Je suis pacsé avec ${full(c.x)} ; est-ce qu'il pourra toucher une pension de réversion ? Nous sommes un ${SEX('couple homosexuel')} et je ne sais pas si le PACS suffit.

Numéro de sécurité sociale : ${NID(c.p.nid)}. Nouvelle adresse : ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}.`,
      reply: (c) => s`Nous vous remercions de votre demande.

Une estimation de votre retraite anticipée pour ${H('inaptitude')} est disponible dans le ${product(c)}. Pour instruire le dossier, nous aurons besoin de l'avis du médecin-conseil.

S'agissant de la réversion : en l'état actuel de la réglementation, elle est réservée aux conjoints mariés, quel que soit le sexe. Un PACS ne suffit pas. Votre nouvelle adresse à ${LOC(c.p.city)} a été enregistrée.`,
    },
    {
      domain: 'law_firm',
      inbound: (
        c,
      ) => s`Je suis ${UNI('délégué syndical CGT')} chez ${ORG(c.p.employer)} depuis ${DT(c.p.date1)} et mon employeur vient de me convoquer à un entretien préalable à licenciement. Je pense que c'est lié à mon ${UNI('engagement syndical')} et à mes prises de position à ${POL('La France insoumise')} sur les réseaux sociaux.

Mon collègue ${full(c.x)} a assisté à une réunion où le directeur a dit vouloir « se débarrasser des ${UNI('syndicalistes')} ».

Pouvez-vous me recevoir rapidement ? Téléphone : ${PH(c.p.phoneNat)}.`,
      reply: (c) => s`Nous accusons réception de votre demande, enregistrée sous la référence ${ACC(c.ref)}.

En tant que salarié protégé, votre licenciement nécessite l'autorisation de l'inspection du travail. Les propos rapportés par ${I('M.')} ${P(c.x.last)} pourraient caractériser une discrimination ${UNI('syndicale')}.

${I('Maître')} ${P(c.y.last)} peut vous recevoir le ${DT(c.p.date2)} à 14h au cabinet, ${orgAddress(c)}. La ${product(c)} est facturée ${T('90 € TTC', 'price')}.`,
    },
    {
      domain: 'utility',
      inbound: (
        c,
      ) => s`Contrat ${ACC(c.no)}. Mon compteur a été relevé le ${DT(c.p.date1)} avec un index manifestement faux (32 500 kWh au lieu de 12 500), et la facture est de ${T('2 430 €', 'price')} !

Je suis en ${H('fauteuil roulant')} et ne peux pas accéder facilement au compteur qui est dans la cave. Mon voisin ${P(c.x.first)} peut vous ouvrir.

J'habite au ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. Prélèvement sur ${IB(c.p.iban)}.`,
      reply: (c) => s`Nous vous présentons nos excuses pour cette erreur de relevé.

La facture a été annulée et un nouveau relevé est programmé le ${DT(c.p.date2)} ; votre voisin pourra accueillir le technicien. Compte tenu de votre ${H('handicap')}, nous avons noté que les prochains relevés se feront à distance via l'${product(c, 1)}.

Le prélèvement de ${T('2 430 €', 'price')} est suspendu.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`Je souhaite inscrire mon fils ${P(c.x.first)}, ${AGE(String(c.r.int(3, 10)))} ans, à la cantine scolaire. Il a une ${H('allergie sévère aux arachides')} et nous suivons un régime ${REL('halal')}.

Nous venons d'emménager au ${ADR(`${c.p.street}, ${c.p.cityLine}`)} (avant : ${LOC(c.p.otherCity)}). Mon numéro d'allocataire CAF est ${ACC(c.no)}.

Pouvez-vous m'indiquer les pièces à fournir ? Je travaille à ${ORG(c.p.employer)} et ne suis disponible que le mercredi. Tél. ${PH(c.p.phoneIntl)}.`,
      reply: (c) => s`Nous avons bien reçu votre demande d'inscription pour ${P(c.x.first)}.

En raison de son ${H('allergie')}, un projet d'accueil individualisé (PAI) doit être établi avec le médecin scolaire. Les repas sans porc sont proposés chaque jour. Merci de déposer le formulaire sur le ${product(c, 1)} avec un justificatif de domicile.

Le service est ouvert le mercredi ${T('de 8h30 à 12h', 'hours')}. Votre dossier est suivi par ${I('Mme')} ${P(c.y.last)}.`,
    },
  ],
};
