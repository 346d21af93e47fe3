import type { AnnexAWording } from "./types";

export const es: AnnexAWording = {
  title: "ORDEN EUROPEA DE INVESTIGACIÓN (OEI)",
  subtitle: "Anexo A de la Directiva 2014/41/UE del Parlamento Europeo y del Consejo, de 3 de abril de 2014",
  certification:
    "La presente OEI ha sido emitida por una autoridad competente. La autoridad de emisión certifica que la emisión de " +
    "la presente OEI es necesaria y proporcionada para el fin del procedimiento en ella especificado, teniendo en " +
    "cuenta los derechos de la persona sospechosa o acusada, y que las medidas de investigación solicitadas podrían " +
    "haberse ordenado en las mismas condiciones en un caso interno similar. Solicito que la medida o medidas de " +
    "investigación especificadas a continuación se lleven a cabo teniendo debidamente en cuenta la confidencialidad de " +
    "la investigación y que se transfieran las pruebas obtenidas como resultado de la ejecución de la OEI.",
  section: (letter) => `SECCIÓN ${letter}`,
  headings: {
    A: "Estado de emisión y Estado de ejecución",
    B: "Urgencia",
    C: "Medida(s) de investigación que deben llevarse a cabo",
    D: "Relación con una OEI anterior",
    E: "Identidad de la persona afectada",
    F: "Tipo de procedimiento para el que se emite la OEI",
    G: "Motivos de la emisión de la OEI",
    H: "Requisitos adicionales para determinadas medidas",
    I: "Formalidades y procedimientos solicitados para la ejecución",
    J: "Recursos",
    K: "Datos de la autoridad que ha emitido la OEI",
    L: "Datos de la autoridad judicial que ha validado la OEI",
  },
  contact: {
    name: "Nombre de la autoridad",
    representative: "Nombre de su representante",
    post: "Cargo (título/grado)",
    fileReference: "Número de expediente",
    address: "Dirección",
    phone: "N.º de teléfono",
    email: "Correo electrónico",
    languages: "Lenguas en las que es posible comunicarse con la autoridad",
    contactPerson: "Datos de contacto de la persona o personas a las que dirigirse para información adicional o cuestiones prácticas",
    signature: "Firma",
    date: "Fecha",
    stamp: "Sello oficial (si lo hubiera)",
  },
  a: { issuingState: "Estado de emisión", executingState: "Estado de ejecución" },
  b: {
    intro: "Indique si existe urgencia debido a:",
    concealed: "que las pruebas puedan ocultarse o destruirse",
    trial: "la inminencia de la fecha del juicio",
    other: "cualquier otro motivo",
    specify: "Especifíquese",
    timeLimit:
      "Los plazos de ejecución de la OEI están establecidos en la Directiva 2014/41/UE. Si fuera necesario un plazo más " +
      "breve o específico, la fecha y el motivo",
  },
  c: {
    intro: "Indique, cuando proceda, si se trata de una de las siguientes medidas de investigación:",
    measures: {
      alreadyHeld: "obtención de información o pruebas que ya obran en poder de la autoridad de ejecución",
      databases: "obtención de información contenida en bases de datos de la policía o de las autoridades judiciales",
      hearingWitness: "toma de declaración a un testigo",
      hearingExpert: "toma de declaración a un perito",
      hearingSuspect: "toma de declaración a una persona sospechosa o acusada",
      hearingVictim: "toma de declaración a una víctima",
      hearingThirdParty: "toma de declaración a un tercero",
      subscriber: "identificación de personas titulares de un abono de un número de teléfono o de una dirección IP determinados",
      transferToIssuing: "traslado temporal al Estado de emisión de una persona detenida",
      transferToExecuting: "traslado temporal al Estado de ejecución de una persona detenida",
      videoconference: "comparecencia por videoconferencia u otro medio de transmisión audiovisual",
      telephone: "comparecencia por conferencia telefónica",
      bankAccounts: "información sobre cuentas bancarias y otras cuentas financieras",
      bankOperations: "información sobre operaciones bancarias y otras operaciones financieras",
      realTime: "medida de investigación que implique la obtención de pruebas en tiempo real, de manera continua y durante un período determinado",
      covert: "investigación encubierta",
      interception: "intervención de telecomunicaciones",
      provisional:
        "medida(s) provisional(es) para impedir la destrucción, transformación, desplazamiento, transferencia o " +
        "enajenación de un elemento que pueda servir de prueba",
    },
    describe: "Descripción de la asistencia / de la medida o medidas de investigación solicitadas",
  },
  d: {
    supplements: "La presente OEI complementa una OEI anterior",
    previous: "Información que permita identificar la OEI anterior",
    issuedOn: "Fecha de emisión",
    authority: "Autoridad a la que se transmitió",
    transmittedOn: "Fecha de transmisión",
    issuingReference: "Número de referencia asignado por la autoridad de emisión",
    executingReference: "Número de referencia asignado por la autoridad de ejecución",
    otherState: "Se ha dirigido una OEI a otro Estado miembro en el mismo asunto (cuál)",
  },
  e: {
    intro: "Información conocida sobre la identidad de la persona o personas contra las que se sigue o puede seguirse el procedimiento",
    naturalPerson: "Persona física",
    name: "Apellidos y nombre(s)",
    nationality: "Nacionalidad",
    residence: "Residencia y/o domicilio conocido",
    otherDetails: "Sexo, fecha y lugar de nacimiento, documentos de identidad, lengua(s) que entiende la persona",
    location: "Si difiere del domicilio anterior, lugar en el que debe ejecutarse la medida de investigación",
    other: "Cualquier otra información que facilite la ejecución de la OEI",
  },
  f: {
    intro: "La OEI se emite:",
    criminal:
      "en relación con un procedimiento penal incoado por una autoridad judicial, o que pueda entablarse ante ella, por " +
      "una infracción penal con arreglo al Derecho nacional del Estado de emisión",
    administrative:
      "en procedimientos incoados por autoridades administrativas por hechos tipificados en el Derecho nacional del " +
      "Estado de emisión como infracciones de normas jurídicas, cuando la decisión pueda dar lugar a un procedimiento " +
      "ante un órgano jurisdiccional competente, en particular, en el orden penal",
    judicialAdministrative:
      "en procedimientos incoados por autoridades judiciales por hechos tipificados en el Derecho nacional del Estado de " +
      "emisión como infracciones de normas jurídicas, cuando la decisión pueda dar lugar a un ulterior procedimiento " +
      "ante un órgano jurisdiccional competente, en particular, en el orden penal",
    legalPerson:
      "en relación con procedimientos por infracciones de las que pueda ser considerada responsable o sancionada una " +
      "persona jurídica en el Estado de emisión",
  },
  g: {
    facts:
      "Resumen de los hechos: los motivos de la emisión de la OEI, las infracciones imputadas u objeto de " +
      "investigación, la fase en que se encuentra la investigación y cualquier otra información pertinente",
    classification: "Naturaleza y tipificación jurídica de la infracción o infracciones y disposiciones legales aplicables",
    annexD:
      "Infracción castigada en el Estado de emisión con una pena privativa de libertad de un máximo de al menos tres " +
      "años e incluida en la lista del anexo D (cuál)",
  },
  h: {
    intro: "Cumplimente las partes correspondientes a la medida o medidas de investigación solicitadas.",
    transfer: {
      heading: "H1 — Traslado temporal de una persona detenida",
      toIssuing: "Traslado al Estado de emisión",
      toExecuting: "Traslado al Estado de ejecución",
      consented: "la persona ha dado su consentimiento",
      notConsented: "la persona no ha dado su consentimiento",
      opinionSought: "debe recabarse la opinión de la persona",
    },
    hearing: {
      heading: "H2 — Comparecencia por videoconferencia, conferencia telefónica u otro medio de transmisión audiovisual",
      authority: "Autoridad que llevará a cabo la comparecencia",
      reasons: "Motivos por los que se solicita esta medida",
      video: "comparecencia por videoconferencia u otro medio de transmisión audiovisual",
      consent: "la persona sospechosa o acusada ha dado su consentimiento",
      telephone: "comparecencia por conferencia telefónica",
    },
    provisional: {
      heading: "H3 — Medidas provisionales",
      transferred: "el elemento debe trasladarse al Estado de emisión",
      remains: "el elemento debe permanecer en el Estado de ejecución",
      liftDate: "Fecha estimada para el levantamiento de la medida provisional",
      subsequentRequest: "Fecha estimada para la presentación de una solicitud posterior relativa al elemento",
    },
    financial: {
      heading: "H4 — Información sobre cuentas y operaciones bancarias y otras cuentas y operaciones financieras",
      reasons: "Por qué la información es pertinente para el procedimiento y por qué motivos se presume que las cuentas se encuentran en el Estado de ejecución",
      accounts: "información sobre las cuentas bancarias de las que la persona es titular o sobre las que tiene poderes",
      otherAccounts: "información sobre otras cuentas financieras de las que la persona es titular o sobre las que tiene poderes",
      operations: "información sobre operaciones bancarias",
      otherOperations: "información sobre otras operaciones financieras",
      period: "Período de que se trate y cuentas relacionadas",
    },
    realTime: {
      heading: "H5 — Obtención de pruebas en tiempo real, de manera continua y durante un período determinado",
      reasons: "Por qué la información es pertinente para el procedimiento",
    },
    covert: { heading: "H6 — Investigaciones encubiertas", reasons: "Por qué la medida puede ser pertinente para el procedimiento" },
    interception: {
      heading: "H7 — Intervención de telecomunicaciones",
      reasons: "Por qué la medida es pertinente para el procedimiento",
      immediate: "transmisión inmediata",
      recorded: "grabación y transmisión posterior",
      target: "Datos necesarios para identificar al sujeto de la intervención",
      duration: "Duración deseada de la intervención",
      technical: "Datos técnicos (identificador del objetivo: número de teléfono, dirección de correo electrónico, conexión a internet)",
    },
  },
  i: {
    formalities: "Se solicita a la autoridad de ejecución que observe las formalidades y procedimientos siguientes",
    officials: "Uno o varios funcionarios del Estado de emisión asistirán en la ejecución de la OEI (datos de contacto, lenguas)",
  },
  j: {
    remedy: "Ya se ha interpuesto un recurso contra la emisión de la OEI (detalles)",
    remedyAuthority:
      "Autoridad del Estado de emisión que puede facilitar información sobre los recursos y sobre la disponibilidad de " +
      "asistencia jurídica gratuita, interpretación y traducción",
  },
  k: {
    type: "Tipo de autoridad que ha emitido la OEI:",
    judicial: "juez, órgano jurisdiccional, juez de instrucción, fiscal",
    otherAuthority: "otra autoridad competente designada por el Estado de emisión (se requiere validación: sección L)",
    certify: "Firma de la autoridad de emisión o de su representante que certifica que el contenido de la OEI es exacto y correcto",
  },
  l: {
    type: "Tipo de autoridad judicial que ha validado la presente OEI:",
    judge: "juez u órgano jurisdiccional",
    investigatingJudge: "juez de instrucción",
    prosecutor: "fiscal",
    mainContact: "El punto de contacto principal para la autoridad de ejecución debe ser:",
    issuing: "la autoridad de emisión",
    validating: "la autoridad de validación",
  },
};
