import { DRAFT_FIELDS, fieldLabelKey } from "@/lib/requests/field-labels";

/** The fields of a request that the draft form sends, shared by its create and edit actions. */
export const REQUEST_FORM_FIELDS = DRAFT_FIELDS;

export type RequestFormField = (typeof REQUEST_FORM_FIELDS)[number] | "caseId";

/**
 * The message keys of each field of the form: its label is the field's one label (the page,
 * the checklist and the letter say the same); what to write in it is the form's own help.
 */
export const REQUEST_FORM_TEXTS = Object.fromEntries(
  (["caseId", ...REQUEST_FORM_FIELDS] as const).map((name) => [name, { label: fieldLabelKey(name), help: `requests.form.help.${name}` }]),
) as Record<RequestFormField, { label: string; help: string }>;

export interface CaseOption {
  id: string;
  label: string;
}
