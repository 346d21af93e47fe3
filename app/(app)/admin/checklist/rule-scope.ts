import type { ChecklistRule } from "@/lib/checklists/rules";
import type { Translate } from "@/lib/i18n/translator";
import { fieldLabelKeyOf } from "@/lib/requests/field-labels";

/** A rule's conditions and what provides its item, as shipped (unset: undefined) or stored (unset: null). */
type RuleConditions = {
  [K in "countryCode" | "legalBasis" | "exceptLegalBasis" | "measureType" | "documentType" | "documentLanguage"]?: ChecklistRule[K] | null;
} & { field?: string | null };

/**
 * What a rule says, in words for the administrator: which requests it concerns (requested
 * State, legal basis, measure) and what provides its item (a document, in a language, or a
 * field of the request) — each named by its label, never by its code.
 */
export function ruleScope(rule: RuleConditions, t: Translate, countryName: (code: string) => string) {
  const conditions = [
    rule.countryCode && t("referenceData.checklist.scope.country", { country: countryName(rule.countryCode) }),
    rule.legalBasis && t("referenceData.checklist.scope.legalBasis", { basis: t(`legalBases.${rule.legalBasis}`) }),
    rule.exceptLegalBasis && t("referenceData.checklist.scope.exceptLegalBasis", { basis: t(`legalBases.${rule.exceptLegalBasis}`) }),
    rule.measureType && t("referenceData.checklist.scope.measure", { measure: t(`measureTypes.${rule.measureType}`) }),
  ].filter(Boolean);
  const document = rule.documentType && t(`documents.types.${rule.documentType}`);
  const providedBy = document
    ? rule.documentLanguage
      ? t("referenceData.checklist.scope.documentIn", { document, language: t(`documents.languages.${rule.documentLanguage}`) })
      : t("referenceData.checklist.scope.document", { document })
    : rule.field === "measureLinks"
      ? t("referenceData.checklist.scope.measureLinks")
      : rule.field
        ? t("referenceData.checklist.scope.field", { field: t(fieldLabelKeyOf(rule.field) ?? rule.field) })
        : "";
  return {
    conditions: conditions.length ? conditions.join(" · ") : t("referenceData.checklist.everyRequest"),
    providedBy,
  };
}
