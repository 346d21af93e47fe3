import { describe, expect, it } from "vitest";
import { ruleScope } from "@/app/(app)/admin/checklist/rule-scope";
import { DEFAULT_CHECKLIST_RULES } from "@/lib/checklists/rules";
import { translatorFor } from "@/lib/i18n/translator";

const names: Record<string, string> = { PH: "Philippines", CO: "Colombia", MG: "Madagascar", RO: "Romania" };
const rule = (key: string) => DEFAULT_CHECKLIST_RULES.find((r) => r.key === key)!;

describe("a checklist rule, as the administrator reads it", () => {
  it("names every condition and what provides the item by its label, in both languages", () => {
    const en = translatorFor("en");
    const fr = translatorFor("fr");
    expect(ruleScope(rule("signed_letter"), en, (c) => names[c] ?? c)).toEqual({
      conditions: "any legal basis but European Investigation Order",
      providedBy: "the document “Request letter”",
    });
    expect(ruleScope(rule("signed_letter"), fr, (c) => c).conditions).toBe("toute base juridique sauf Décision d'enquête européenne");
    expect(ruleScope({ field: "summaryOfFacts" }, en, (c) => c)).toEqual({ conditions: "every request", providedBy: "the field “Summary of facts”" });
    expect(ruleScope({ countryCode: "PH", documentType: "translation", documentLanguage: "en" }, en, (c) => names[c] ?? c)).toEqual({
      conditions: "requested State: Philippines",
      providedBy: "the document “Translation” (English)",
    });
  });

  it("shows no code of the reference data for any shipped rule", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translatorFor(locale);
      for (const shipped of DEFAULT_CHECKLIST_RULES) {
        const { conditions, providedBy } = ruleScope(shipped, t, (c) => names[c] ?? c);
        const text = `${conditions} ${providedBy}`;
        // A code reads as snake_case or camelCase (european_investigation_order, summaryOfFacts, measureLinks).
        expect(text, `${shipped.key} (${locale})`).not.toMatch(/\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][A-Za-z]*\b/);
        expect(providedBy, `${shipped.key} (${locale})`).not.toBe("");
      }
    }
  });
});
