/** The sections of the EIO form, as lettered in Annex A to Directive 2014/41/EU. */
export const ANNEX_A_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"] as const;
export type AnnexASection = (typeof ANNEX_A_SECTIONS)[number];

/** The investigative measures section C lists, each with a box to tick. */
export const ANNEX_A_MEASURES = [
  "alreadyHeld",
  "databases",
  "hearingWitness",
  "hearingExpert",
  "hearingSuspect",
  "hearingVictim",
  "hearingThirdParty",
  "subscriber",
  "transferToIssuing",
  "transferToExecuting",
  "videoconference",
  "telephone",
  "bankAccounts",
  "bankOperations",
  "realTime",
  "covert",
  "interception",
  "provisional",
] as const;
export type AnnexAMeasure = (typeof ANNEX_A_MEASURES)[number];

/**
 * The fixed text of the EIO form in one language: its section headings, the questions and
 * the boxes, following the Directive's Annex A (the form in the Official Journal, L 130 of
 * 1 May 2014, is authoritative).
 */
export interface AnnexAWording {
  title: string;
  subtitle: string;
  certification: string;
  section: (letter: AnnexASection) => string;
  headings: Record<AnnexASection, string>;
  /** Labels of the contact details that sections J, K and L ask for. */
  contact: {
    name: string;
    representative: string;
    post: string;
    fileReference: string;
    address: string;
    phone: string;
    email: string;
    languages: string;
    contactPerson: string;
    signature: string;
    date: string;
    stamp: string;
  };
  a: { issuingState: string; executingState: string };
  b: { intro: string; concealed: string; trial: string; other: string; specify: string; timeLimit: string };
  c: { intro: string; measures: Record<AnnexAMeasure, string>; describe: string };
  d: {
    supplements: string;
    previous: string;
    issuedOn: string;
    authority: string;
    transmittedOn: string;
    issuingReference: string;
    executingReference: string;
    otherState: string;
  };
  e: {
    intro: string;
    naturalPerson: string;
    name: string;
    nationality: string;
    residence: string;
    otherDetails: string;
    location: string;
    other: string;
  };
  f: { intro: string; criminal: string; administrative: string; judicialAdministrative: string; legalPerson: string };
  g: { facts: string; classification: string; annexD: string };
  h: {
    intro: string;
    transfer: { heading: string; toIssuing: string; toExecuting: string; consented: string; notConsented: string; opinionSought: string };
    hearing: { heading: string; authority: string; reasons: string; video: string; consent: string; telephone: string };
    provisional: { heading: string; transferred: string; remains: string; liftDate: string; subsequentRequest: string };
    financial: { heading: string; reasons: string; accounts: string; otherAccounts: string; operations: string; otherOperations: string; period: string };
    realTime: { heading: string; reasons: string };
    covert: { heading: string; reasons: string };
    interception: { heading: string; reasons: string; immediate: string; recorded: string; target: string; duration: string; technical: string };
  };
  i: { formalities: string; officials: string };
  j: { remedy: string; remedyAuthority: string };
  k: { type: string; judicial: string; otherAuthority: string; certify: string };
  l: { type: string; judge: string; investigatingJudge: string; prosecutor: string; mainContact: string; issuing: string; validating: string };
}
