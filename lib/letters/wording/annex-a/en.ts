import type { AnnexAWording } from "./types";

export const en: AnnexAWording = {
  title: "EUROPEAN INVESTIGATION ORDER (EIO)",
  subtitle: "Annex A to Directive 2014/41/EU of the European Parliament and of the Council of 3 April 2014",
  certification:
    "This EIO has been issued by a competent authority. The issuing authority certifies that the issuing of this EIO " +
    "is necessary and proportionate for the purpose of the proceedings specified within it taking into account the " +
    "rights of the suspected or accused person and that the investigative measures requested could have been ordered " +
    "under the same conditions in a similar domestic case. I request that the investigative measure or measures " +
    "specified below be carried out taking due account of the confidentiality of the investigation and that the " +
    "evidence obtained as a result of the execution of the EIO be transferred.",
  section: (letter) => `SECTION ${letter}`,
  headings: {
    A: "Issuing State and executing State",
    B: "Urgency",
    C: "Investigative measure(s) to be carried out",
    D: "Relation to an earlier EIO",
    E: "Identity of the person concerned",
    F: "Type of proceedings for which the EIO is issued",
    G: "Grounds for issuing the EIO",
    H: "Additional requirements for certain measures",
    I: "Formalities and procedures requested for the execution",
    J: "Legal remedies",
    K: "Details of the authority that issued the EIO",
    L: "Details of the judicial authority that validated the EIO",
  },
  contact: {
    name: "Name of the authority",
    representative: "Name of its representative",
    post: "Post held (title/grade)",
    fileReference: "File reference",
    address: "Address",
    phone: "Tel. No",
    email: "E-mail",
    languages: "Languages in which it is possible to communicate with the authority",
    contactPerson: "Contact details of the person(s) to contact for additional information or practical arrangements",
    signature: "Signature",
    date: "Date",
    stamp: "Official stamp (if available)",
  },
  a: { issuingState: "Issuing State", executingState: "Executing State" },
  b: {
    intro: "Please indicate if there is any urgency due to:",
    concealed: "evidence being concealed or destroyed",
    trial: "imminent trial date",
    other: "any other reason",
    specify: "Please specify",
    timeLimit:
      "Time limits for execution of the EIO are laid down in Directive 2014/41/EU. If a shorter or specific time " +
      "limit is necessary, the date and the reason for it",
  },
  c: {
    intro: "Indicate, where applicable, if the investigative measure is one of the following:",
    measures: {
      alreadyHeld: "obtaining information or evidence which is already in the possession of the executing authority",
      databases: "obtaining information contained in databases held by police or judicial authorities",
      hearingWitness: "hearing of a witness",
      hearingExpert: "hearing of an expert",
      hearingSuspect: "hearing of a suspected or accused person",
      hearingVictim: "hearing of a victim",
      hearingThirdParty: "hearing of a third party",
      subscriber: "identification of persons holding a subscription of a specified phone number or IP address",
      transferToIssuing: "temporary transfer of a person held in custody to the issuing State",
      transferToExecuting: "temporary transfer of a person held in custody to the executing State",
      videoconference: "hearing by videoconference or other audiovisual transmission",
      telephone: "hearing by telephone conference",
      bankAccounts: "information on bank and other financial accounts",
      bankOperations: "information on banking and other financial operations",
      realTime: "investigative measure implying the gathering of evidence in real time, continuously and over a certain period of time",
      covert: "covert investigation",
      interception: "interception of telecommunications",
      provisional:
        "provisional measure(s) to prevent the destruction, transformation, moving, transfer or disposal of an item " +
        "that may be used as evidence",
    },
    describe: "Describe the assistance / investigative measure(s) required",
  },
  d: {
    supplements: "This EIO supplements an earlier EIO",
    previous: "Information relevant to identify the previous EIO",
    issuedOn: "Date of issue",
    authority: "Authority to which it was transmitted",
    transmittedOn: "Date of transmission",
    issuingReference: "Reference number given by the issuing authority",
    executingReference: "Reference number given by the executing authority",
    otherState: "An EIO has been addressed to another Member State in the same case (which)",
  },
  e: {
    intro: "Information, as far as known, on the identity of the person(s) against whom the proceedings are or may be taking place",
    naturalPerson: "Natural person",
    name: "Name and first name(s)",
    nationality: "Nationality",
    residence: "Residence and/or known address",
    otherDetails: "Sex, date and place of birth, identity documents, language(s) the person understands",
    location: "If different from the address above, the location where the investigative measure is to be carried out",
    other: "Any other information that will assist with the execution of the EIO",
  },
  f: {
    intro: "The EIO is issued:",
    criminal:
      "with respect to criminal proceedings brought by, or that may be brought before, a judicial authority in " +
      "respect of a criminal offence under the national law of the issuing State",
    administrative:
      "in proceedings brought by administrative authorities in respect of acts which are punishable under the national " +
      "law of the issuing State by virtue of being infringements of the rules of law, where the decision may give rise " +
      "to proceedings before a court having jurisdiction in particular in criminal matters",
    judicialAdministrative:
      "in proceedings brought by judicial authorities in respect of acts which are punishable under the national law " +
      "of the issuing State by virtue of being infringements of the rules of law, where the decision may give rise to " +
      "further proceedings before a court having jurisdiction in particular in criminal matters",
    legalPerson:
      "in connection with proceedings which relate to offences or infringements for which a legal person may be held " +
      "liable or punished in the issuing State",
  },
  g: {
    facts:
      "Summary of the facts: the reasons why the EIO is issued, the offences charged or under investigation, the stage " +
      "the investigation has reached and any other relevant information",
    classification: "Nature and legal classification of the offence(s) and the applicable statutory provisions",
    annexD:
      "Offence punishable in the issuing State by a custodial sentence of a maximum of at least three years and listed " +
      "in Annex D (which)",
  },
  h: {
    intro: "Fill out the parts relevant to the investigative measure(s) requested.",
    transfer: {
      heading: "H1 — Temporary transfer of a person held in custody",
      toIssuing: "Transfer to the issuing State",
      toExecuting: "Transfer to the executing State",
      consented: "the person has consented",
      notConsented: "the person has not consented",
      opinionSought: "the person's opinion is to be sought",
    },
    hearing: {
      heading: "H2 — Hearing by videoconference, telephone conference or other audiovisual transmission",
      authority: "Authority that will conduct the hearing",
      reasons: "Reasons for requesting this measure",
      video: "hearing by videoconference or other audiovisual transmission",
      consent: "the suspected or accused person has given consent",
      telephone: "hearing by telephone conference",
    },
    provisional: {
      heading: "H3 — Provisional measures",
      transferred: "the item is to be transferred to the issuing State",
      remains: "the item is to remain in the executing State",
      liftDate: "Estimated date for lifting the provisional measure",
      subsequentRequest: "Estimated date for the submission of a subsequent request concerning the item",
    },
    financial: {
      heading: "H4 — Information on bank and other financial accounts and operations",
      reasons: "Why the information is relevant to the proceedings and on what grounds the accounts are presumed to be held in the executing State",
      accounts: "information on bank accounts the person holds or has powers of attorney for",
      otherAccounts: "information on other financial accounts the person holds or has powers of attorney for",
      operations: "information on banking operations",
      otherOperations: "information on other financial operations",
      period: "Relevant time period and related accounts",
    },
    realTime: {
      heading: "H5 — Gathering of evidence in real time, continuously and over a certain period of time",
      reasons: "Why the information is relevant to the proceedings",
    },
    covert: { heading: "H6 — Covert investigations", reasons: "Why the measure is likely to be relevant to the proceedings" },
    interception: {
      heading: "H7 — Interception of telecommunications",
      reasons: "Why the measure is relevant to the proceedings",
      immediate: "immediate transmission",
      recorded: "recording and subsequent transmission",
      target: "Data necessary to identify the target of the interception",
      duration: "Desired duration of the interception",
      technical: "Technical data (target identifier: telephone number, e-mail address, internet connection)",
    },
  },
  i: {
    formalities: "The executing authority is asked to comply with the following formalities and procedures",
    officials: "One or several officials of the issuing State are to assist in the execution of the EIO (contact details, languages)",
  },
  j: {
    remedy: "A legal remedy has already been sought against the issuing of the EIO (details)",
    remedyAuthority:
      "Authority in the issuing State which can supply further information on legal remedies and on whether legal aid, " +
      "interpretation and translation are available",
  },
  k: {
    type: "Type of authority which issued the EIO:",
    judicial: "judge, court, investigating judge, public prosecutor",
    otherAuthority: "other competent authority as designated by the issuing State (validation is required: section L)",
    certify: "Signature of the issuing authority and/or its representative certifying the content of the EIO as accurate and correct",
  },
  l: {
    type: "Type of judicial authority which validated this EIO:",
    judge: "judge or court",
    investigatingJudge: "investigating judge",
    prosecutor: "public prosecutor",
    mainContact: "The main contact point for the executing authority should be:",
    issuing: "the issuing authority",
    validating: "the validating authority",
  },
};
