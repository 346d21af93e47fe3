import type { StandaloneWording } from "./types";

/** Spanish: the letter for Colombia (1997 bilateral convention; docs/legal.md, "Legal bases by country"). */
export const es: StandaloneWording = {
  sentences: {
    dateLocale: "es-ES",
    colon: ": ",
    title: "Solicitud de asistencia judicial en materia penal",
    titleEio: "Orden europea de investigación — carta de remisión",
    confidentialBanner: "CONFIDENCIAL",
    labels: {
      requestingAuthority: "Autoridad requirente",
      date: "Fecha",
      ourReference: "Nuestra referencia",
      caseNumber: "Procedimiento n.º",
      yourReference: "Su referencia",
      nature: "Tipo de solicitud",
      addressee: "Destinatario",
      subject: "Asunto",
    },
    nature: {
      initial: "Solicitud inicial",
      supplementary: (parent) => `Solicitud complementaria de la solicitud ${parent}`,
      preservationFollowUp: (parent) => `Solicitud que da seguimiento a la solicitud de conservación rápida ${parent}`,
    },
    competentAuthorities: (country) => `Autoridades competentes — ${country}`,
    subject: (caseReference) => `Solicitud de asistencia judicial en materia penal — procedimiento n.º ${caseReference}`,
    subjectEio: (caseReference) => `Orden europea de investigación — procedimiento n.º ${caseReference}`,
    salutation: "Señora, Señor:",
    opening: (authority) =>
      `Tengo el honor de solicitar su colaboración en el procedimiento penal que tramita ${authority}, ` +
      "para la ejecución de las diligencias que se describen a continuación.",
    freeTextNote:
      "Las partes redactadas de la solicitud (hechos, delitos, diligencias, personas, punto de contacto) se reproducen " +
      "tal como las redactó la autoridad requirente; su traducción se adjunta como documento separado.",
    headings: {
      legalBasis: "Fundamento jurídico",
      facts: "Exposición de los hechos",
      offences: "Delitos, disposiciones aplicables y penas",
      measures: "Diligencias solicitadas",
      persons: "Personas afectadas",
      urgency: "Urgencia",
      confidentiality: "Confidencialidad",
      contact: "Punto de contacto",
    },
    legalBasis: {
      statements: {
        budapest_convention: ({ requesting, requested }) =>
          "La presente solicitud se formula con arreglo al Convenio del Consejo de Europa sobre la Ciberdelincuencia " +
          `(Budapest, 23 de noviembre de 2001), en particular sus artículos 25 a 35, del que son Partes el Estado ` +
          `requirente (${requesting}) y el Estado requerido (${requested}).`,
        bilateral_convention: ({ requesting, requested }) =>
          "La presente solicitud se formula con arreglo al convenio bilateral de asistencia judicial en materia penal " +
          `entre el Estado requirente (${requesting}) y el Estado requerido (${requested}).`,
        european_investigation_order: () =>
          "La presente orden europea de investigación se emite en aplicación de la Directiva 2014/41/UE del " +
          "Parlamento Europeo y del Consejo, de 3 de abril de 2014, relativa a la orden europea de investigación en " +
          "materia penal.",
        reciprocity: ({ requesting, requested }) =>
          "A falta de un tratado de asistencia judicial en materia penal entre el Estado requirente " +
          `(${requesting}) y el Estado requerido (${requested}), la presente solicitud se formula sobre la base de la ` +
          "cortesía internacional y de la reciprocidad. Las autoridades del Estado requirente se comprometen a " +
          "prestar su asistencia a las autoridades del Estado requerido en casos similares.",
        multilateral_convention: ({ requesting, requested }) =>
          "La presente solicitud se formula con arreglo al convenio multilateral indicado a continuación, del que son " +
          `Partes el Estado requirente (${requesting}) y el Estado requerido (${requested}).`,
      },
      basis: "Fundamento",
      detail: "Precisiones",
      channel: "Vía de transmisión",
    },
    measure: {
      heading: (n, type) => `Diligencia n.º ${n} — ${type}`,
      what: "Objeto de la diligencia",
      why: "Motivos y relación con los hechos",
      safeguards: "Garantías",
    },
    safeguards: {
      hearing_minor_victim:
        "Se solicita que la declaración del niño, niña o adolescente se reciba conforme a las normas del Estado " +
        "requerido sobre menores testigos: por un investigador o fiscal capacitado, en presencia de una persona de " +
        "apoyo, con grabación audiovisual, en una sola sesión cuando sea posible para evitar la revictimización, y " +
        "con respeto de su intimidad.",
      hearing_witness:
        "El testigo declara conforme a la ley del Estado requerido. La autoridad requirente solicita que la " +
        "declaración se haga constar por escrito y se firme, y ser informada de la fecha de la diligencia para " +
        "asistir o seguirla por videoconferencia si el Estado requerido lo permite.",
      hearing_suspect:
        "Antes de su declaración, la persona es informada de su derecho a guardar silencio y a ser asistida por un " +
        "abogado, conforme a la ley del Estado requerido; la declaración se hace constar por escrito y se firma.",
      video_link_testimony:
        "La declaración por videoconferencia se realiza bajo la dirección de la autoridad judicial del Estado " +
        "requerido; los aspectos técnicos (contacto técnico, prueba previa, fechas) se acuerdan entre los puntos de " +
        "contacto. Si declara un menor de edad, se aplican las garantías previstas para los menores.",
      victim_travel:
        "El traslado de una víctima menor de edad solo se contempla con el consentimiento de sus representantes " +
        "legales, acompañada de una persona de apoyo y a cargo del Estado requirente.",
    },
    childWitnessRule: (rule) => `Normas aplicables en el Estado requerido: ${rule}.`,
    yes: "sí",
    persons: {
      none: "No se designa ninguna persona en esta fase.",
      identityWithheld: "identidad no comunicada en este documento (víctima menor de edad)",
      nationality: "nacionalidad",
      location: "ubicación",
      childAtRisk: "niño, niña o adolescente en situación de riesgo",
    },
    urgency: {
      level: "Grado de urgencia",
      reasons: "Motivos de la urgencia",
      targetDate: (date) => `Los elementos solicitados se necesitan a más tardar el ${date}.`,
      none: "La presente solicitud no reviste una urgencia particular.",
      childAtRisk:
        "Un niño, niña o adolescente mencionado en la presente solicitud se encuentra en situación de riesgo: la " +
        "autoridad requirente solicita la intervención sin demora de los servicios de protección de la infancia.",
    },
    confidentiality: {
      requested:
        "La autoridad requirente solicita que la existencia y el contenido de la presente solicitud se mantengan " +
        "confidenciales, salvo en la medida necesaria para su ejecución. Si no pudiera garantizarse la " +
        "confidencialidad, le agradecería que se lo comunicara antes de cualquier ejecución.",
      reasons: "Motivos",
      none: "No se solicita una confidencialidad particular.",
    },
    contact: {
      intro: "Para cualquier cuestión relativa a la ejecución de la presente solicitud, puede dirigirse a:",
      quoteReference: (reference) => `Le ruego que indique la referencia ${reference} en toda comunicación.`,
    },
    closing:
      "Agradeciéndole de antemano su colaboración, le ruego acepte, Señora, Señor, el testimonio de mi más alta " +
      "consideración.",
    signature: {
      forAuthority: "Por la autoridad requirente",
      name: "Nombre",
      title: "Cargo",
      signature: "Firma y sello",
      placeAndDate: "Lugar y fecha: …………………………………………",
    },
    notProvided: "(no indicado)",
    footer: (reference, page, pages) => `${reference} — página ${page} / ${pages}`,
  },
  vocabulary: {
    legalBases: {
      budapest_convention: "Convenio de Budapest sobre la Ciberdelincuencia",
      bilateral_convention: "Convenio bilateral",
      european_investigation_order: "Orden europea de investigación",
      reciprocity: "Reciprocidad (sin tratado)",
      multilateral_convention: "Otro convenio multilateral",
    },
    channels: {
      central_authority: "Autoridades centrales",
      diplomatic: "Vía diplomática",
      direct: "Directamente entre autoridades judiciales",
    },
    urgencies: { normal: "Normal", urgent: "Urgente", very_urgent: "Muy urgente" },
    measureTypes: {
      bank_records: "Información bancaria",
      money_transfer_records: "Registros de giros y transferencias de dinero",
      subscriber_data: "Datos de abonado",
      traffic_data: "Datos de tráfico",
      content_data: "Datos de contenido",
      expedited_preservation: "Conservación rápida de datos (art. 29 del Convenio de Budapest)",
      hearing_minor_victim: "Declaración de una víctima menor de edad",
      hearing_witness: "Declaración de un testigo",
      hearing_suspect: "Interrogatorio de un sospechoso",
      identification: "Identificación de una persona",
      search_and_seizure: "Registro e incautación",
      local_proceedings_information: "Información sobre los procedimientos locales",
      video_link_testimony: "Declaración por videoconferencia",
      victim_travel: "Traslado de una víctima para declarar",
      service_of_documents: "Notificación de documentos",
      arrest_of_suspects: "Detención de sospechosos",
      child_safeguarding: "Identificación y protección de niños en situación de riesgo",
    },
    personRoles: {
      suspect: "Sospechoso",
      victim: "Víctima (menor de edad)",
      witness: "Testigo",
      other: "Otra persona",
      civil_party: "Parte civil",
      child_protection_association: "Asociación de protección de la infancia",
    },
    measureDetails: {
      institution: "Entidad",
      provider: "Proveedor o custodio de los datos",
      platform: "Plataforma",
      accounts: "Cuentas e identificadores",
      identifiers: "Identificadores (direcciones IP, números, cuentas)",
      periodFrom: "Período: desde",
      periodTo: "Período: hasta",
      timeZone: "Huso horario de las fechas y horas",
      recordTypes: "Documentos solicitados",
      dataCategories: "Categorías de datos",
      preserveUntil: "Conservación solicitada hasta",
      questions: "Preguntas que deben formularse",
      recording: "Grabación de la declaración",
      psychologist: "Presencia de un psicólogo",
      videoLink: "Declaración por videoconferencia",
      hearingDate: "Fecha de la declaración",
      place: "Lugar",
      coordinationDate: "Fecha de coordinación",
      travel: "Viaje (itinerario, fechas, gastos)",
      escort: "Acompañamiento",
      interpreter: "Intérprete (idioma)",
      testimonyDate: "Fecha de la declaración en Francia",
      protection: "Medidas de protección solicitadas",
    },
    dataCategories: {
      subscriber: "datos de abonado",
      traffic: "datos de tráfico",
      content: "datos de contenido",
      stored_media: "archivos y contenidos multimedia almacenados",
    },
    recordingModes: { audio_video: "grabación audiovisual", audio: "grabación de audio", written: "acta escrita" },
  },
  countryNames: { FR: "Francia", PH: "Filipinas", CO: "Colombia", MG: "Madagascar", RO: "Rumania" },
};
