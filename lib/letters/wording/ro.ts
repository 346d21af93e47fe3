import type { StandaloneWording } from "./types";

/** Romanian: the letter accompanying a European Investigation Order to Romania (docs/legal.md, "Legal bases by country"). */
export const ro: StandaloneWording = {
  sentences: {
    dateLocale: "ro-RO",
    colon: ": ",
    title: "Cerere de asistență judiciară în materie penală",
    titleEio: "Ordin european de anchetă — scrisoare de însoțire",
    confidentialBanner: "CONFIDENȚIAL",
    labels: {
      requestingAuthority: "Autoritatea solicitantă",
      date: "Data",
      ourReference: "Referința noastră",
      caseNumber: "Dosarul nr.",
      yourReference: "Referința dumneavoastră",
      nature: "Tipul cererii",
      addressee: "Către",
      subject: "Obiect",
    },
    nature: {
      initial: "Cerere inițială",
      supplementary: (parent) => `Cerere suplimentară la cererea ${parent}`,
      preservationFollowUp: (parent) => `Cerere ulterioară cererii de conservare rapidă ${parent}`,
    },
    competentAuthorities: (country) => `Autoritățile competente — ${country}`,
    subject: (caseReference) => `Cerere de asistență judiciară în materie penală — dosarul nr. ${caseReference}`,
    subjectEio: (caseReference) => `Ordin european de anchetă — dosarul nr. ${caseReference}`,
    salutation: "Stimată doamnă, stimate domn,",
    opening: (authority) =>
      `Am onoarea de a vă solicita sprijinul în procedura penală desfășurată de ${authority}, ` +
      "pentru executarea măsurilor descrise mai jos.",
    freeTextNote:
      "Părțile redactate ale cererii (fapte, infracțiuni, măsuri, persoane, punct de contact) sunt reproduse așa cum " +
      "au fost redactate de autoritatea solicitantă; traducerea lor este furnizată într-un document separat.",
    headings: {
      legalBasis: "Temeiul juridic",
      facts: "Expunerea faptelor",
      offences: "Infracțiuni, dispoziții aplicabile și pedepse",
      measures: "Măsuri solicitate",
      persons: "Persoane vizate",
      urgency: "Urgență",
      confidentiality: "Confidențialitate",
      contact: "Punct de contact",
    },
    legalBasis: {
      statements: {
        budapest_convention: ({ requesting, requested }) =>
          "Prezenta cerere este formulată în temeiul Convenției Consiliului Europei privind criminalitatea " +
          "informatică (Budapesta, 23 noiembrie 2001), în special al articolelor 25–35, la care statul solicitant " +
          `(${requesting}) și statul solicitat (${requested}) sunt părți.`,
        bilateral_convention: ({ requesting, requested }) =>
          "Prezenta cerere este formulată în temeiul convenției bilaterale de asistență judiciară în materie penală " +
          `dintre statul solicitant (${requesting}) și statul solicitat (${requested}).`,
        european_investigation_order: () =>
          "Prezentul ordin european de anchetă este emis în temeiul Directivei 2014/41/UE a Parlamentului European " +
          "și a Consiliului din 3 aprilie 2014 privind ordinul european de anchetă în materie penală.",
        reciprocity: ({ requesting, requested }) =>
          "În lipsa unui tratat de asistență judiciară în materie penală între statul solicitant " +
          `(${requesting}) și statul solicitat (${requested}), prezenta cerere este formulată pe baza curtoaziei ` +
          "internaționale și a reciprocității. Autoritățile statului solicitant se angajează să acorde asistență " +
          "autorităților statului solicitat în cazuri similare.",
        multilateral_convention: ({ requesting, requested }) =>
          "Prezenta cerere este formulată în temeiul convenției multilaterale precizate mai jos, la care statul " +
          `solicitant (${requesting}) și statul solicitat (${requested}) sunt părți.`,
      },
      basis: "Temei",
      detail: "Precizări",
      channel: "Calea de transmitere",
    },
    measure: {
      heading: (n, type) => `Măsura nr. ${n} — ${type}`,
      what: "Obiectul măsurii",
      why: "Motive și legătura cu faptele",
      safeguards: "Garanții",
    },
    safeguards: {
      hearing_minor_victim:
        "Audierea copilului este solicitată potrivit normelor statului solicitat privind audierea minorilor: de " +
        "către un anchetator sau magistrat pregătit în acest scop, în prezența unei persoane de sprijin, cu " +
        "înregistrare audio-video, dacă este posibil într-o singură ședință pentru a evita audierile repetate, și cu " +
        "respectarea vieții private a copilului.",
      hearing_witness:
        "Martorul este audiat potrivit legii statului solicitat. Autoritatea solicitantă solicită ca declarația să " +
        "fie consemnată în scris și semnată și să fie informată cu privire la data audierii, pentru a participa sau " +
        "a o urmări prin videoconferință, dacă statul solicitat permite acest lucru.",
      hearing_suspect:
        "Înainte de audiere, persoana este informată cu privire la dreptul de a nu face nicio declarație și de a fi " +
        "asistată de un avocat, potrivit legii statului solicitat; declarația este consemnată în scris și semnată.",
      video_link_testimony:
        "Audierea prin videoconferință se desfășoară sub autoritatea autorității judiciare a statului solicitat; " +
        "aspectele tehnice (contact tehnic, test prealabil, date) se stabilesc între punctele de contact. Dacă " +
        "persoana audiată este un copil, se aplică garanțiile prevăzute pentru audierea minorilor.",
      victim_travel:
        "Deplasarea unei victime minore este avută în vedere numai cu acordul reprezentanților săi legali, însoțită " +
        "de o persoană de sprijin, cu cheltuielile suportate de statul solicitant.",
    },
    childWitnessRule: (rule) => `Norme aplicabile în statul solicitat: ${rule}.`,
    yes: "da",
    persons: {
      none: "Nicio persoană nu este desemnată în această etapă.",
      identityWithheld: "identitate necomunicată în acest document (victimă minoră)",
      nationality: "cetățenie",
      location: "localizare",
      childAtRisk: "copil în pericol",
    },
    urgency: {
      level: "Gradul de urgență",
      reasons: "Motivele urgenței",
      targetDate: (date) => `Elementele solicitate sunt necesare cel târziu la data de ${date}.`,
      none: "Prezenta cerere nu prezintă o urgență deosebită.",
      childAtRisk:
        "Un copil menționat în prezenta cerere se află în pericol: autoritatea solicitantă solicită intervenția fără " +
        "întârziere a serviciilor de protecție a copilului.",
    },
    confidentiality: {
      requested:
        "Autoritatea solicitantă solicită ca existența și conținutul prezentei cereri să rămână confidențiale, cu " +
        "excepția măsurii în care este necesar pentru executarea acesteia. Dacă confidențialitatea nu poate fi " +
        "garantată, vă rog să o informați înainte de orice executare.",
      reasons: "Motive",
      none: "Nu se solicită o confidențialitate deosebită.",
    },
    contact: {
      intro: "Pentru orice întrebare privind executarea prezentei cereri, vă puteți adresa:",
      quoteReference: (reference) => `Vă rog să menționați referința ${reference} în orice corespondență.`,
    },
    closing:
      "Vă mulțumesc anticipat pentru sprijinul acordat și vă rog să primiți, stimată doamnă, stimate domn, " +
      "asigurarea înaltei mele considerații.",
    signature: {
      forAuthority: "Pentru autoritatea solicitantă",
      name: "Nume",
      title: "Funcția",
      signature: "Semnătura și ștampila",
      placeAndDate: "Locul și data: …………………………………………",
    },
    notProvided: "(necompletat)",
    footer: (reference, page, pages) => `${reference} — pagina ${page} / ${pages}`,
  },
  vocabulary: {
    legalBases: {
      budapest_convention: "Convenția de la Budapesta privind criminalitatea informatică",
      bilateral_convention: "Convenție bilaterală",
      european_investigation_order: "Ordin european de anchetă",
      reciprocity: "Reciprocitate (fără tratat)",
      multilateral_convention: "Altă convenție multilaterală",
    },
    channels: {
      central_authority: "Autorități centrale",
      diplomatic: "Cale diplomatică",
      direct: "Direct între autoritățile judiciare",
    },
    urgencies: { normal: "Normală", urgent: "Urgentă", very_urgent: "Foarte urgentă" },
    measureTypes: {
      bank_records: "Documente bancare",
      money_transfer_records: "Evidențe privind transferurile de bani",
      subscriber_data: "Date privind abonații",
      traffic_data: "Date de trafic",
      content_data: "Date de conținut",
      expedited_preservation: "Conservarea rapidă a datelor (art. 29 din Convenția de la Budapesta)",
      hearing_minor_victim: "Audierea unei victime minore",
      hearing_witness: "Audierea unui martor",
      hearing_suspect: "Audierea unui suspect",
      identification: "Identificarea unei persoane",
      search_and_seizure: "Percheziție și ridicare de obiecte",
      local_proceedings_information: "Informații privind procedurile locale",
      video_link_testimony: "Audiere prin videoconferință",
      victim_travel: "Deplasarea unei victime pentru a depune mărturie",
      service_of_documents: "Comunicarea actelor",
      arrest_of_suspects: "Arestarea suspecților",
      child_safeguarding: "Identificarea și protejarea copiilor aflați în pericol",
    },
    personRoles: {
      suspect: "Suspect",
      victim: "Victimă (minoră)",
      witness: "Martor",
      other: "Altă persoană",
      civil_party: "Parte civilă",
      child_protection_association: "Asociație de protecție a copilului",
    },
    measureDetails: {
      institution: "Instituția",
      provider: "Furnizorul sau custodele datelor",
      platform: "Platforma",
      accounts: "Conturi și identificatori",
      identifiers: "Identificatori (adrese IP, numere, conturi)",
      periodFrom: "Perioada: de la",
      periodTo: "Perioada: până la",
      timeZone: "Fusul orar al datelor și orelor",
      recordTypes: "Documentele solicitate",
      dataCategories: "Categorii de date",
      preserveUntil: "Conservare solicitată până la",
      questions: "Întrebările care trebuie adresate",
      recording: "Înregistrarea audierii",
      psychologist: "Prezența unui psiholog",
      videoLink: "Audiere prin videoconferință",
      hearingDate: "Data audierii",
      place: "Locul",
      coordinationDate: "Data de coordonare",
      travel: "Călătoria (itinerar, date, cheltuieli)",
      escort: "Însoțire",
      interpreter: "Interpret (limba)",
      testimonyDate: "Data mărturiei în Franța",
      protection: "Măsurile de protecție solicitate",
    },
    dataCategories: {
      subscriber: "date privind abonații",
      traffic: "date de trafic",
      content: "date de conținut",
      stored_media: "fișiere și conținut media stocat",
    },
    recordingModes: { audio_video: "înregistrare audio-video", audio: "înregistrare audio", written: "proces-verbal scris" },
  },
  countryNames: { FR: "Franța", PH: "Filipine", CO: "Columbia", MG: "Madagascar", RO: "România" },
};
