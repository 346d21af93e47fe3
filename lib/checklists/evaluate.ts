import type { DocumentLanguage, DocumentType } from "@/lib/documents/vocabulary";
import type { LegalBasis, MeasureType } from "@/lib/requests/vocabulary";
import type { ChecklistRule } from "./rules";

/**
 * The checklist of one request, computed from the rules and the request's facts: a pure
 * function, so that the request page, the transmission gate and the tests read one answer.
 *
 * A rule applies when each of its conditions that is set matches (requested country, legal
 * basis, "except" legal basis, and some measure of its type). An applicable item is then:
 * - `provided` by a current document linked to it (`checklistItemKey`, the uploader's own
 *   statement of what the document is), or by the request field it names being filled in —
 *   for "measureLinks", every measure saying why the evidence is in the requested State;
 * - `provided` also by an unlinked current document of the rule's type (and language, if the
 *   rule sets one) when that is unambiguous: never an annex (an annex can be anything, and
 *   several rules ask for annexes), and only when the document fits no other applicable item
 *   (with a hearing of a minor victim in the Philippines, "an English translation" could be
 *   the request's or the questions': the uploader must say which);
 * - otherwise `waived` when a manager waived it, with the reason; otherwise `missing`.
 */

/** The request fields a rule may name; "measureLinks" stands for every measure's justification. */
export type RequestField = NonNullable<ChecklistRule["field"]>;
export type TextField = Exclude<RequestField, "measureLinks">;

/**
 * A rule as stored (`null` for an unset condition) or as written in rules.ts (`undefined`).
 * `field` is a plain string here: an administrator may name a field that does not exist, and
 * such an item can then only be provided by a linked document or waived (it fails closed).
 */
export interface Rule extends Pick<ChecklistRule, "key" | "labelFr" | "labelEn" | "reasonFr" | "reasonEn"> {
  countryCode?: string | null;
  legalBasis?: LegalBasis | null;
  exceptLegalBasis?: LegalBasis | null;
  measureType?: MeasureType | null;
  documentType?: DocumentType | null;
  documentLanguage?: DocumentLanguage | null;
  field?: string | null;
}

export interface ChecklistWaiver {
  itemKey: string;
  reason: string;
  waivedBy: { id: string; name: string };
  waivedAt: Date;
}

export interface ChecklistFacts {
  requestedCountryCode: string;
  legalBasis: LegalBasis;
  fields: Record<TextField, string>;
  measures: { type: MeasureType; justification: string }[];
  /** The request's current documents (replaced versions left out). */
  documents: { id: string; type: DocumentType; language: DocumentLanguage; checklistItemKey: string | null }[];
  waivers: ChecklistWaiver[];
}

export type ChecklistStatus = "provided" | "waived" | "missing";

export type ProvidedBy = { kind: "document"; documentId: string } | { kind: "field"; field: string };

export interface ChecklistItem {
  key: string;
  labelFr: string;
  labelEn: string;
  reasonFr: string;
  reasonEn: string;
  status: ChecklistStatus;
  /** What the item asks for: a document (type, language) and/or a request field. */
  expects: { documentType: DocumentType | null; documentLanguage: DocumentLanguage | null; field: string | null };
  providedBy: ProvidedBy | null;
  /** The manager's waiver, if one was recorded (it stays on record if the item is provided later). */
  waiver: ChecklistWaiver | null;
}

/** Whether every condition of the rule that is set matches the request. */
export function ruleApplies(rule: Rule, facts: Pick<ChecklistFacts, "requestedCountryCode" | "legalBasis" | "measures">): boolean {
  if (rule.countryCode && rule.countryCode !== facts.requestedCountryCode) return false;
  if (rule.legalBasis && rule.legalBasis !== facts.legalBasis) return false;
  if (rule.exceptLegalBasis && rule.exceptLegalBasis === facts.legalBasis) return false;
  if (rule.measureType && !facts.measures.some((m) => m.type === rule.measureType)) return false;
  return true;
}

type Doc = ChecklistFacts["documents"][number];

const fits = (rule: Rule, doc: Doc) =>
  Boolean(rule.documentType) && doc.type === rule.documentType && (!rule.documentLanguage || doc.language === rule.documentLanguage);

function fieldFilled(field: string, facts: ChecklistFacts): boolean {
  // With no measure, nothing links the facts to a measure yet.
  if (field === "measureLinks") return facts.measures.length > 0 && facts.measures.every((m) => m.justification.trim() !== "");
  return ((facts.fields as Record<string, string | undefined>)[field] ?? "").trim() !== "";
}

/** The checklist items of the rules that apply to the request, in the rules' order. */
export function evaluateChecklist(rules: readonly Rule[], facts: ChecklistFacts): ChecklistItem[] {
  const applicable = rules.filter((rule) => ruleApplies(rule, facts));
  const unlinked = facts.documents.filter((doc) => !doc.checklistItemKey);

  return applicable.map((rule) => {
    const linked = facts.documents.find((doc) => doc.checklistItemKey === rule.key);
    const unambiguous =
      rule.documentType && rule.documentType !== "annex"
        ? unlinked.find((doc) => fits(rule, doc) && applicable.filter((other) => fits(other, doc)).length === 1)
        : undefined;
    const document = linked ?? unambiguous;
    const providedBy: ProvidedBy | null = document
      ? { kind: "document", documentId: document.id }
      : rule.field && fieldFilled(rule.field, facts)
        ? { kind: "field", field: rule.field }
        : null;
    const waiver = facts.waivers.find((w) => w.itemKey === rule.key) ?? null;
    return {
      key: rule.key,
      labelFr: rule.labelFr,
      labelEn: rule.labelEn,
      reasonFr: rule.reasonFr,
      reasonEn: rule.reasonEn,
      status: providedBy ? "provided" : waiver ? "waived" : "missing",
      expects: { documentType: rule.documentType ?? null, documentLanguage: rule.documentLanguage ?? null, field: rule.field ?? null },
      providedBy,
      waiver,
    };
  });
}

/** The keys of the items that still block transmission. */
export function missingItemKeys(items: readonly ChecklistItem[]): string[] {
  return items.filter((item) => item.status === "missing").map((item) => item.key);
}
