/** Spanish messages. */
import {
  ACC,
  ADR,
  AGE,
  BIO,
  CC,
  DOB,
  DT,
  EM,
  ETH,
  GEN,
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

const est = (c: Ctx) => (c.p.female ? 'Estimada' : 'Estimado');

export const es: LangPack = {
  greetIn: (c) =>
    c.r.pick([s`Buenos días:`, s`Hola,`, s`Estimados señores:`, s`Buenas tardes, equipo de ${short(c)}:`]),
  greetOut: (c) =>
    c.r.pick([
      s`${est(c)} ${I(c.p.title)} ${P(c.p.last)}:`,
      s`Hola, ${P(c.p.first)}:`,
      s`${est(c)} ${full(c.p)}:`,
      s`Buenos días, ${I(c.p.title)} ${P(c.p.last)}:`,
    ]),
  closeIn: (c) =>
    c.r.pick([
      s`Un saludo,\n${full(c.p)}`,
      s`Gracias de antemano.\n${P(c.p.first)}`,
      s`Atentamente,\n\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTel.: ${PH(c.p.phoneNat)}`,
      s`Saludos cordiales,\n${P(c.p.first)} ${P(c.p.last)}\nMóvil: ${PH(c.p.phoneIntl)}\n\nEnviado desde mi móvil`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Atentamente,\n\n${full(c.a)}\nAtención al Cliente\n${org(c)}\n${orgAddress(c)}\nTel. ${orgPhone(c)} | ${agentMail(c)}`,
      s`Un cordial saludo,\n${P(c.a.first)}\nEquipo de Atención – ${short(c)}\nHorario: ${T('de lunes a viernes de 9:00 a 18:00', 'hours')}`,
      s`Quedamos a su disposición.\n\n${full(c.a)}\nResponsable de Atención al Cliente\n${serviceMail(c)} · ${orgPhone(c)}\n\nEste mensaje es confidencial y va dirigido exclusivamente a su destinatario.`,
    ]),
  quoteHead: (c) => s`El ${I(c.sent)}, ${full(c.p)} <${EM(c.p.email)}> escribió:`,
  fillers: [
    (c) => s`También puede llamarnos al ${orgPhone(c)}, ${T('de lunes a viernes de 8:00 a 20:00', 'hours')}.`,
    () =>
      s`Para ello, rellene el ${T('modelo 145', 'public_form')}; ${T('en mayo', 'trap')} los plazos suelen ser más cortos.`,
    () =>
      s`La emisión de un duplicado tiene un coste de ${T('12 €', 'price')} a partir de ${T('la segunda copia', 'quantity')}.`,
    () => s`Nuestras oficinas permanecerán cerradas ${T('el 12 de octubre', 'generic_date')}.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      inbound: (
        c,
      ) => s`Soy titular de la póliza ${ACC(c.no)} (${product(c)}). El ${DT(c.p.date1)} me ${I('diagnosticaron')} ${H('un linfoma')} en ${ORG(c.p.clinic)} y el oncólogo me ha recomendado un ${GEN('estudio genético')} para decidir el tratamiento.

¿Está cubierto por mi póliza? Me han dicho que necesita autorización previa.

Mi DNI es ${NID(c.p.nid)} y mi fecha de nacimiento ${DOB(c.p.dob)}. Para cualquier reembolso, mi cuenta es ${IB(c.p.iban)}.`,
      reply: (c) => s`Lamentamos mucho su ${H('diagnóstico')} y le agradecemos que nos haya escrito.

Le confirmamos que el ${GEN('estudio genético del tumor')} está cubierto por ${product(c)} con autorización previa. Hemos emitido la autorización ${ACC(c.ref)}, válida ${T('90 días', 'quantity')}, para ${ORG(c.p.clinic)}.

Los tratamientos de ${H('quimioterapia')} también están cubiertos sin copago. Si lo desea, un gestor personal, ${full(c.y)}, le acompañará durante todo el proceso.`,
    },
    {
      domain: 'hospital',
      customer: 'f',
      inbound: (
        c,
      ) => s`Mi madre, ${full(c.y)}, nacida el ${DOB(c.y.dob)}, ingresó el ${DT(c.p.date1)} en Urgencias (NHC ${ACC(c.no)}) por ${H('una neumonía')}. Tiene ${H('demencia')} y no reconoce a nadie fuera de casa.

Nos dijeron que la trasladarían a ${ORG(c.p.clinic)}, pero seguimos sin noticias. Soy su tutora legal. Ella es ${REL('testigo de Jehová')} y no acepta transfusiones de sangre; por favor, que conste en su historia.

Mi teléfono es ${PH(c.p.phoneNat)}.`,
      reply: (c) => s`Gracias por su mensaje sobre su madre.

He hablado con la supervisora de la planta. La ${H('neumonía')} está respondiendo bien al tratamiento, y el traslado a ${ORG(c.p.clinic)} está previsto para el ${DT(c.p.date2)}. La trabajadora social, ${full(c.x)}, le llamará al ${PH(c.p.phoneNat)}.

Hemos registrado en su historia el rechazo a transfusiones por motivos ${REL('religiosos')}. El horario de visitas es ${T('de 12:00 a 20:00', 'hours')}.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`Hoy he visto en mi cuenta ${IB(c.p.iban)} tres cargos de ${T('199,00 €', 'price')} del ${DT(c.p.date1)} que no reconozco, hechos con mi tarjeta ${CC(c.p.card)}.

Además, desde que cambié de móvil no funciona el acceso con ${BIO('huella dactilar')} y no puedo bloquear la tarjeta desde la app. Soy cliente con número ${ACC(c.no)}.

Llámenme por favor al ${PH(c.p.phoneIntl)} o escríbanme a ${EM(c.p.email)}.`,
      reply: (
        c,
      ) => s`Hemos bloqueado la tarjeta terminada en ${CC(c.p.card.replace(/\s/g, '').slice(-4))} y abierto la reclamación ${ACC(c.ref)} por los tres cargos.

Recibirá una nueva ${product(c, 1)} en ${ADR(`${c.p.street}, ${c.p.cityLine}`)} en un plazo de ${T('5 días hábiles', 'quantity')}. El importe se le abonará provisionalmente mientras investigamos.

Para volver a activar la ${BIO('huella')}, entre con su clave y vaya a Perfil > Seguridad.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'm',
      inbound: (
        c,
      ) => s`Soy partícipe del ${product(c)} con el número ${ACC(c.no)}. Tengo ${AGE(String(c.r.int(55, 63)))} años y me han reconocido una ${H('incapacidad permanente total')} por ${H('una hernia discal')} tras años trabajando en ${ORG(c.p.employer)}.

¿Puedo rescatar el plan? Por otro lado, quiero designar como beneficiario a ${full(c.x)}, mi pareja; ${SEX('somos pareja de hecho del mismo sexo')} desde ${DT(c.p.date1)}.

DNI: ${NID(c.p.nid)}. Me he mudado de ${LOC(c.p.otherCity)} a ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}.`,
      reply: (c) => s`Gracias por su consulta.

La ${H('incapacidad permanente')} es una de las contingencias que permite cobrar el plan. Necesitamos la resolución del INSS y el ${T('modelo 145', 'public_form')} firmado.

Hemos registrado a ${full(c.x)} como beneficiario designado y actualizado su domicilio en ${LOC(c.p.city)}. Puede consultar los importes en el ${product(c, 1)}.`,
    },
    {
      domain: 'law_firm',
      customer: 'f',
      young: true,
      inbound: (
        c,
      ) => s`Trabajo como cajera en ${ORG(c.p.employer)} y soy ${I('afiliada a')} ${UNI('CCOO')}. Desde que me quedé ${H('embarazada')} en ${DT(c.p.date1)}, mi encargado me ha cambiado los turnos y me ha dicho que "no es buen momento para tener hijos".

Además, un compañero hace comentarios sobre mi ${ETH('origen gitano')}. Mi compañera ${full(c.y)} está dispuesta a declarar.

Mi teléfono es ${PH(c.p.phoneNat)}. Vivo en ${LOC(c.p.city)}.`,
      reply: (c) => s`Hemos abierto el expediente ${ACC(c.ref)} con su consulta.

El trato desfavorable por ${H('embarazo')} es discriminación por razón de sexo y los comentarios sobre su ${ETH('etnia')} también pueden denunciarse. El testimonio de ${I('la Sra.')} ${P(c.y.last)} será muy útil.

Le proponemos una reunión el ${DT(c.p.date2)} a las 11:00 en ${orgAddress(c)}. Como ${UNI('afiliada a un sindicato')}, la ${product(c)} es gratuita.`,
    },
    {
      domain: 'utility',
      customer: 'f',
      inbound: (
        c,
      ) => s`Contrato ${ACC(c.no)}. La factura de agua del último trimestre es de ${T('312 €', 'price')}, cuando normalmente pagamos unos ${T('60 €', 'price')}. Creo que hay una fuga desde el ${DT(c.p.date1)}.

Mi marido ${P(c.x.first)} está en ${H('tratamiento de hemodiálisis')} en casa y necesitamos agua sin cortes.

La dirección de suministro es ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. Domiciliación: ${IB(c.p.iban)}.`,
      reply: (
        c,
      ) => s`Sentimos las molestias. Un técnico revisará el contador el ${DT(c.p.date2)} por la mañana.

Hemos marcado su suministro como prioritario por ${H('motivos médicos')}, de modo que no se producirán cortes programados sin aviso previo. Si se confirma la fuga, aplicaremos la ${product(c)} con bonificación.

Puede seguir el estado en la ${product(c, 1)}.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`Quiero empadronarme en ${LOC(c.p.city)} junto con mi hijo ${P(c.x.first)}, de ${AGE(String(c.r.int(2, 12)))} años. Llegamos de ${LOC(c.p.otherCity)} el ${DT(c.p.date1)}.

Mi NIE/DNI es ${NID(c.p.nid)}. El niño tiene un ${H('trastorno del espectro autista')} y necesito el certificado para la ayuda de ${H('dependencia')}. Trabajo en ${ORG(c.p.employer)}.

Además, participé en la concentración del ${POL('Partido Popular')} de la semana pasada y un agente del ayuntamiento me pidió los datos: ¿para qué los necesitan?

Teléfono: ${PH(c.p.phoneIntl)}`,
      reply: (c) => s`Gracias por su consulta.

Para el alta en el ${product(c, 1)} debe pedir cita en la ${product(c)} y aportar DNI/NIE, contrato de alquiler y libro de familia. El certificado se emite en el momento.

Sobre la ayuda por ${H('dependencia')}: la solicitud se tramita en servicios sociales; le atenderá ${full(c.y)}.

Los datos recogidos en actos públicos no se usan para fines relacionados con ${POL('la afiliación política')}; si lo desea, puede ejercer su derecho de acceso.`,
    },
  ],
};
