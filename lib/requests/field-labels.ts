/**
 * The fields a person fills in or reads on a request, its measures and its persons. Each has
 * one label, the message `fields.<name>`, that the draft form, the request page, the timeline,
 * the list, the export, the checklist items backed by a field and the letters all use, so that
 * a field reads the same everywhere (tests/unit/field-labels.test.ts holds them to it).
 * Names are those of the forms and of the stored event data (`updated` lists changed fields).
 */
/** The fields of a draft, as its form sends them (caseId apart, chosen once). */
export const DRAFT_FIELDS = [
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

export const REQUEST_FIELDS = ["caseId", ...DRAFT_FIELDS, "foreignReference", "transmissionChannel", "transmittedOn"] as const;

export const MEASURE_FIELDS = ["type", "description", "status", "resultNote"] as const;

export const PERSON_FIELDS = ["pseudonym", "role", "identity", "nationality", "location"] as const;

export const LABELLED_FIELDS = [...REQUEST_FIELDS, ...MEASURE_FIELDS, ...PERSON_FIELDS] as const;

export type RequestField = (typeof REQUEST_FIELDS)[number];
export type LabelledField = (typeof LABELLED_FIELDS)[number];

/** The message key of a field's one label. */
export function fieldLabelKey(field: LabelledField): `fields.${LabelledField}` {
  return `fields.${field}`;
}

const labelled = new Set<string>(LABELLED_FIELDS);

/** The label key of a field named by a form or by stored event data, if it is one of these fields. */
export function fieldLabelKeyOf(name: string): string | undefined {
  return labelled.has(name) ? fieldLabelKey(name as LabelledField) : undefined;
}
