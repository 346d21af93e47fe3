import type { LetterSentences } from "./types";

export const en: LetterSentences = {
  dateLocale: "en-GB",
  colon: ": ",
  title: "Request for mutual legal assistance in criminal matters",
  titleEio: "European Investigation Order — covering letter",
  confidentialBanner: "CONFIDENTIAL",
  labels: {
    requestingAuthority: "Requesting authority",
    date: "Date",
    ourReference: "Our reference",
    caseNumber: "Case no.",
    yourReference: "Your reference",
    nature: "Type of request",
    addressee: "To",
    subject: "Subject",
  },
  nature: {
    initial: "New request",
    supplementary: (parent) => `Supplementary request to request ${parent}`,
    preservationFollowUp: (parent) => `Follow-up to the expedited preservation request ${parent}`,
  },
  competentAuthorities: (country) => `Competent authorities — ${country}`,
  subject: (caseReference) => `Request for mutual legal assistance in criminal matters — case no. ${caseReference}`,
  subjectEio: (caseReference) => `European Investigation Order — case no. ${caseReference}`,
  salutation: "Madam, Sir,",
  opening: (authority) =>
    `I have the honour to request your assistance in the criminal proceedings conducted by ${authority}, ` +
    "for the execution of the measures described below.",
  freeTextNote:
    "The drafted parts of this request (facts, offences, measures, persons, contact point) are reproduced as written " +
    "by the requesting authority; their translation is provided as a separate document.",
  headings: {
    legalBasis: "Legal basis",
    facts: "Summary of facts",
    offences: "Offences, applicable provisions and penalties",
    measures: "Measures requested",
    persons: "Persons concerned",
    urgency: "Urgency",
    confidentiality: "Confidentiality",
    contact: "Contact point",
  },
  legalBasis: {
    statements: {
      budapest_convention: ({ requesting, requested }) =>
        "This request is made under the Council of Europe Convention on Cybercrime (Budapest, 23 November 2001), " +
        `in particular Articles 25 to 35, to which the requesting State (${requesting}) and the requested State ` +
        `(${requested}) are parties.`,
      bilateral_convention: ({ requesting, requested }) =>
        "This request is made under the bilateral convention on mutual legal assistance in criminal matters between " +
        `the requesting State (${requesting}) and the requested State (${requested}).`,
      european_investigation_order: () =>
        "This European Investigation Order is issued under Directive 2014/41/EU of the European Parliament and of " +
        "the Council of 3 April 2014 regarding the European Investigation Order in criminal matters.",
      reciprocity: ({ requesting, requested }) =>
        "In the absence of a treaty on mutual legal assistance in criminal matters between the requesting State " +
        `(${requesting}) and the requested State (${requested}), this request is made on the basis of international ` +
        "comity and reciprocity. The authorities of the requesting State undertake to assist the authorities of the " +
        "requested State in similar cases.",
      multilateral_convention: ({ requesting, requested }) =>
        "This request is made under the multilateral convention specified below, to which the requesting State " +
        `(${requesting}) and the requested State (${requested}) are parties.`,
    },
    basis: "Basis",
    detail: "Legal basis details",
    channel: "Transmission channel",
  },
  measure: {
    heading: (n, type) => `Measure no. ${n} — ${type}`,
    what: "Measure requested",
    why: "Reasons and link with the facts",
    safeguards: "Safeguards",
  },
  safeguards: {
    hearing_minor_victim:
      "The hearing of the child is requested under the requested State's rules on child witnesses: by a trained " +
      "investigator or magistrate, in the presence of a support person, with audio-visual recording, in a single " +
      "session where possible so as to avoid repeated questioning, and with respect for the child's privacy.",
    hearing_witness:
      "The witness is heard under the law of the requested State. The requesting authority asks that the statement " +
      "be recorded in writing and signed, and to be informed of the date of the hearing so as to attend it or follow " +
      "it by video link if the requested State allows.",
    hearing_suspect:
      "Before the hearing, the person is informed of the right to remain silent and to be assisted by a lawyer, " +
      "under the law of the requested State; the statement is recorded in writing and signed.",
    video_link_testimony:
      "The hearing by video link is conducted under the authority of the requested State's judicial authority; the " +
      "technical arrangements (technical contact, test call, dates) are agreed between the contact points. Where " +
      "the person heard is a child, the safeguards for hearing minors apply.",
    victim_travel:
      "The travel of a minor victim is considered only with the consent of the child's legal representatives, " +
      "accompanied by a support person, at the expense of the requesting State.",
  },
  childWitnessRule: (rule) => `Rules applicable in the requested State: ${rule}.`,
  yes: "yes",
  persons: {
    none: "No person is named at this stage.",
    identityWithheld: "identity not disclosed in this document (minor victim)",
    nationality: "nationality",
    location: "location",
    childAtRisk: "child at risk",
  },
  urgency: {
    level: "Level of urgency",
    reasons: "Reasons for urgency",
    targetDate: (date) => `The evidence requested is needed by ${date} at the latest.`,
    none: "This request is not of particular urgency.",
    childAtRisk:
      "A child named in this request is at risk: the requesting authority asks that the child-protection services " +
      "act without delay.",
  },
  confidentiality: {
    requested:
      "The requesting authority asks that the existence and content of this request be kept confidential, except " +
      "to the extent necessary for its execution. Should confidentiality not be possible, it would be grateful to " +
      "be informed before any execution.",
    reasons: "Reasons for confidentiality",
    none: "No particular confidentiality is requested.",
  },
  contact: {
    intro: "For any question on the execution of this request, please contact:",
    quoteReference: (reference) => `Please quote the reference ${reference} in any correspondence.`,
  },
  closing:
    "Thank you in advance for your assistance. Please accept, Madam, Sir, the assurance of my highest consideration.",
  signature: {
    forAuthority: "For the requesting authority",
    name: "Name",
    title: "Title",
    signature: "Signature and seal",
    placeAndDate: "Place and date: …………………………………………",
  },
  notProvided: "(not provided)",
  footer: (reference, page, pages) => `${reference} — page ${page} / ${pages}`,
};
