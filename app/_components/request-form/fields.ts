/** The fields of a request that the draft form sends, shared by its create and edit actions. */
export const REQUEST_FORM_FIELDS = [
  "requestedCountryCode",
  "requestedAuthority",
  "legalBasis",
  "legalBasisDetail",
  "channel",
  "urgency",
  "urgencyReasons",
  "targetDate",
  "confidential",
  "confidentialityReasons",
  "summaryOfFacts",
  "offencesAndPenalties",
  "contactPoint",
] as const;

export type RequestFormField = (typeof REQUEST_FORM_FIELDS)[number] | "caseId";

export interface CaseOption {
  id: string;
  label: string;
}
