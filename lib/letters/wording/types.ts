import type { DataCategory, DetailName, RecordingMode } from "@/lib/requests/measure-details";
import type { Channel, LegalBasis, MeasureType, PersonRole, Urgency } from "@/lib/requests/vocabulary";

/** The two States of a request, named in the letter's language. */
export interface Parties {
  requesting: string;
  requested: string;
}

/** Labels of the request vocabulary in one letter language. */
export interface LetterVocabulary {
  legalBases: Record<LegalBasis, string>;
  channels: Record<Channel, string>;
  urgencies: Record<Urgency, string>;
  measureTypes: Record<MeasureType, string>;
  personRoles: Record<PersonRole, string>;
  /** The structured details of a measure (lib/requests/measure-details.ts): a label per field, the choices' names. */
  measureDetails: Record<DetailName, string>;
  dataCategories: Record<DataCategory, string>;
  recordingModes: Record<RecordingMode, string>;
}

/**
 * The fixed text of a request letter in one language: headings, labels and the formal
 * sentences around the magistrate's own text. Formal register throughout.
 */
export interface LetterSentences {
  /** BCP 47 locale for dates, e.g. "fr-FR". */
  dateLocale: string;
  /** Between a label and its value: French typography puts a (no-break) space before the colon. */
  colon: string;
  title: string;
  titleEio: string;
  confidentialBanner: string;
  labels: {
    requestingAuthority: string;
    date: string;
    ourReference: string;
    caseNumber: string;
    yourReference: string;
    nature: string;
    addressee: string;
    subject: string;
  };
  nature: {
    initial: string;
    supplementary: (parentReference: string) => string;
    preservationFollowUp: (parentReference: string) => string;
  };
  competentAuthorities: (country: string) => string;
  subject: (caseReference: string) => string;
  subjectEio: (caseReference: string) => string;
  salutation: string;
  opening: (requestingAuthority: string) => string;
  /** Where the letter is not in the language the request was drafted in. */
  freeTextNote: string;
  headings: {
    legalBasis: string;
    facts: string;
    offences: string;
    measures: string;
    persons: string;
    urgency: string;
    confidentiality: string;
    contact: string;
  };
  legalBasis: {
    statements: Record<LegalBasis, (parties: Parties) => string>;
    basis: string;
    detail: string;
    channel: string;
  };
  measure: {
    heading: (n: number, type: string) => string;
    what: string;
    why: string;
    safeguards: string;
  };
  /** Safeguards that go with hearings and testimony, stated for each such measure. */
  safeguards: Partial<Record<MeasureType, string>>;
  childWitnessRule: (rule: string) => string;
  /** A ticked box of a measure's details (a psychologist present, a video link). */
  yes: string;
  persons: {
    none: string;
    identityWithheld: string;
    nationality: string;
    location: string;
    /** Beside a person flagged as a child at risk. */
    childAtRisk: string;
  };
  urgency: {
    level: string;
    reasons: string;
    targetDate: (date: string) => string;
    none: string;
    /** Why a request naming a child at risk is urgent, whatever else it says. */
    childAtRisk: string;
  };
  confidentiality: {
    requested: string;
    reasons: string;
    none: string;
  };
  contact: {
    intro: string;
    quoteReference: (reference: string) => string;
  };
  closing: string;
  signature: {
    forAuthority: string;
    name: string;
    title: string;
    signature: string;
    placeAndDate: string;
  };
  notProvided: string;
  footer: (reference: string, page: string, pages: string) => string;
}

/** A language written here entirely (no UI messages to borrow from). */
export interface StandaloneWording {
  sentences: LetterSentences;
  vocabulary: LetterVocabulary;
  /** Country names by ISO code; others fall back to the English name. */
  countryNames: Record<string, string>;
}
