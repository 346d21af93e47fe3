import { describe, expect, it } from "vitest";
import { evaluateChecklist, missingItemKeys, type ChecklistFacts, type ChecklistItem, type Rule } from "@/lib/checklists/evaluate";
import { DEFAULT_CHECKLIST_RULES } from "@/lib/checklists/rules";

// The default rules, read as the application reads them once seeded: unset conditions are null.
const RULES: Rule[] = DEFAULT_CHECKLIST_RULES.map((rule) => ({
  countryCode: null,
  legalBasis: null,
  exceptLegalBasis: null,
  measureType: null,
  documentType: null,
  documentLanguage: null,
  field: null,
  ...rule,
}));

const FILLED = {
  summaryOfFacts: "A Paris resident paid for live-streamed abuse of children in Pampanga.",
  offencesAndPenalties: "Art. 222-23 of the French Criminal Code: 15 years.",
  legalBasisDetail: "Reciprocity: France undertakes to grant a similar request.",
  contactPoint: "Parquet de Paris, section des mineurs.",
};

/** A France → Philippines request under reciprocity, every field filled, one justified transfer-records measure. */
function facts(overrides: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    requestedCountryCode: "PH",
    legalBasis: "reciprocity",
    fields: FILLED,
    measures: [{ type: "money_transfer_records", justification: "The transfers were paid out in Pampanga." }],
    documents: [],
    waivers: [],
    ...overrides,
  };
}

const MINOR_HEARING = { type: "hearing_minor_victim", justification: "The child lives in the Philippines, in care." } as const;
const keys = (items: ChecklistItem[]) => items.map((i) => i.key);
const item = (items: ChecklistItem[], key: string) => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
const doc = (id: string, type: ChecklistFacts["documents"][number]["type"], language: ChecklistFacts["documents"][number]["language"], checklistItemKey: string | null = null) => ({
  id,
  type,
  language,
  checklistItemKey,
});
const waiver = (itemKey: string, reason = "Sent on paper through the BEPI before the application was in use.") => ({
  itemKey,
  reason,
  waivedBy: { id: "00000000-0000-4000-8000-000000000001", name: "Head of unit" },
  waivedAt: new Date("2026-03-02T09:00:00Z"),
});

const EVERY_REQUEST = ["signed_letter", "summary_of_facts", "facts_linked_to_measures", "offences_and_penalties", "legal_basis_statement", "contact_point"];

describe("which items apply", () => {
  it("Philippines, reciprocity, hearing of a minor victim: questions, child protection, both English translations, reciprocity undertaking", () => {
    const items = evaluateChecklist(RULES, facts({ measures: [MINOR_HEARING] }));
    expect(keys(items)).toEqual([
      ...EVERY_REQUEST,
      "ph_translation_request",
      "ph_translation_offences",
      "ph_reciprocity_undertaking",
      "minor_hearing_questions",
      "minor_hearing_protection",
      "minor_hearing_translation",
    ]);
    // Nothing uploaded yet: every document item is missing, every field item provided.
    expect(missingItemKeys(items)).toEqual(keys(items).filter((k) => !["summary_of_facts", "facts_linked_to_measures", "offences_and_penalties", "legal_basis_statement", "contact_point"].includes(k)));
    expect(item(items, "minor_hearing_translation")).toMatchObject({
      labelEn: "English translation of the questions",
      labelFr: "Traduction anglaise des questions",
      reasonEn: expect.stringContaining("English"),
      expects: { documentType: "translation", documentLanguage: "en", field: null },
    });
  });

  it("Philippines under the Budapest Convention: no reciprocity undertaking", () => {
    const items = evaluateChecklist(RULES, facts({ legalBasis: "budapest_convention" }));
    expect(keys(items)).not.toContain("ph_reciprocity_undertaking");
    expect(keys(items)).toEqual(expect.arrayContaining(["ph_translation_request", "ph_translation_offences", "financial_identifiers"]));
  });

  it("Romania, EIO: the EIO form (Annex A) and its Romanian translation, not the signed letter", () => {
    const items = evaluateChecklist(
      RULES,
      facts({ requestedCountryCode: "RO", legalBasis: "european_investigation_order", measures: [{ type: "bank_records", justification: "Account held in Bucharest." }] }),
    );
    expect(keys(items)).toEqual(expect.arrayContaining(["ro_eio_form", "ro_eio_translation", "bank_identifiers"]));
    expect(keys(items)).not.toContain("signed_letter");
    expect(keys(items).filter((k) => k.startsWith("ph_") || k.startsWith("co_"))).toEqual([]);
  });

  it("Colombia, bilateral convention: the signed letter and the Spanish translation", () => {
    const items = evaluateChecklist(RULES, facts({ requestedCountryCode: "CO", legalBasis: "bilateral_convention" }));
    expect(keys(items)).toEqual([...EVERY_REQUEST, "co_translation_request", "financial_identifiers"]);
    expect(item(items, "co_translation_request").expects).toMatchObject({ documentType: "translation", documentLanguage: "es" });
  });

  it("Madagascar (French accepted): no translation asked", () => {
    const items = evaluateChecklist(RULES, facts({ requestedCountryCode: "MG", legalBasis: "bilateral_convention" }));
    expect(keys(items)).toEqual([...EVERY_REQUEST, "financial_identifiers"]);
  });

  it("a measure's items apply only when the request asks that measure", () => {
    expect(keys(evaluateChecklist(RULES, facts()))).not.toContain("minor_hearing_questions");
    const preservation = evaluateChecklist(RULES, facts({ legalBasis: "budapest_convention", measures: [{ type: "expedited_preservation", justification: "Held by Philippine providers." }] }));
    expect(keys(preservation)).toContain("preservation_details");
    expect(keys(preservation)).not.toContain("financial_identifiers");
  });
});

describe("what satisfies an item", () => {
  it("a manager's waiver: the item is waived, with its reason, and no longer blocks", () => {
    const items = evaluateChecklist(RULES, facts({ waivers: [waiver("ph_reciprocity_undertaking", "Undertaking given in the letter itself.")] }));
    expect(item(items, "ph_reciprocity_undertaking")).toMatchObject({
      status: "waived",
      providedBy: null,
      waiver: { reason: "Undertaking given in the letter itself.", waivedBy: { name: "Head of unit" } },
    });
    expect(missingItemKeys(items)).not.toContain("ph_reciprocity_undertaking");
    expect(missingItemKeys(items)).toContain("signed_letter");
  });

  it("a waiver of an item that does not apply changes nothing", () => {
    const items = evaluateChecklist(RULES, facts({ waivers: [waiver("ro_eio_form")] }));
    expect(keys(items)).not.toContain("ro_eio_form");
  });

  it("a current document linked to the item provides it — an annex only when linked", () => {
    const unlinkedAnnex = evaluateChecklist(RULES, facts({ documents: [doc("d1", "annex", "en")] }));
    expect(item(unlinkedAnnex, "ph_translation_offences").status).toBe("missing");
    expect(item(unlinkedAnnex, "financial_identifiers").status).toBe("missing");

    const linked = evaluateChecklist(RULES, facts({ documents: [doc("d1", "annex", "en", "financial_identifiers")] }));
    expect(item(linked, "financial_identifiers")).toMatchObject({ status: "provided", providedBy: { kind: "document", documentId: "d1" } });
    expect(item(linked, "ph_translation_offences").status).toBe("missing");
  });

  it("an unlinked document of the rule's type and language provides it when nothing else could be meant", () => {
    const items = evaluateChecklist(RULES, facts({ documents: [doc("t1", "translation", "en"), doc("l1", "request_letter", "fr")] }));
    expect(item(items, "ph_translation_request")).toMatchObject({ status: "provided", providedBy: { documentId: "t1" } });
    expect(item(items, "signed_letter")).toMatchObject({ status: "provided", providedBy: { documentId: "l1" } });
    // A translation in the wrong language is not the English translation.
    const spanish = evaluateChecklist(RULES, facts({ documents: [doc("t2", "translation", "es")] }));
    expect(item(spanish, "ph_translation_request").status).toBe("missing");
  });

  it("with a minor's hearing, an unlinked English translation is ambiguous: each translation must be linked", () => {
    const ambiguous = evaluateChecklist(RULES, facts({ measures: [MINOR_HEARING], documents: [doc("t1", "translation", "en")] }));
    expect(item(ambiguous, "ph_translation_request").status).toBe("missing");
    expect(item(ambiguous, "minor_hearing_translation").status).toBe("missing");

    const linked = evaluateChecklist(
      RULES,
      facts({
        measures: [MINOR_HEARING],
        documents: [doc("t1", "translation", "en", "ph_translation_request"), doc("t2", "translation", "en", "minor_hearing_translation")],
      }),
    );
    expect(item(linked, "ph_translation_request").providedBy).toEqual({ kind: "document", documentId: "t1" });
    expect(item(linked, "minor_hearing_translation").providedBy).toEqual({ kind: "document", documentId: "t2" });
  });

  it("a document linked to another item does not count for this one", () => {
    const items = evaluateChecklist(RULES, facts({ documents: [doc("t1", "translation", "en", "something_else")] }));
    expect(item(items, "ph_translation_request").status).toBe("missing");
  });

  it("a provided item stays provided when it was also waived", () => {
    const items = evaluateChecklist(RULES, facts({ documents: [doc("l1", "request_letter", "fr")], waivers: [waiver("signed_letter")] }));
    expect(item(items, "signed_letter")).toMatchObject({ status: "provided", waiver: { itemKey: "signed_letter" } });
  });

  it("field items: provided by the field filled in, missing when blank", () => {
    const items = evaluateChecklist(RULES, facts({ fields: { ...FILLED, legalBasisDetail: "  ", contactPoint: "" } }));
    expect(item(items, "summary_of_facts")).toMatchObject({ status: "provided", providedBy: { kind: "field", field: "summaryOfFacts" } });
    expect(item(items, "legal_basis_statement").status).toBe("missing");
    expect(item(items, "contact_point").status).toBe("missing");
  });

  it("the link between facts and measures: every measure must say why the evidence is in the requested State", () => {
    const justified = { type: "subscriber_data", justification: "The numbers are Philippine." } as const;
    const all = evaluateChecklist(RULES, facts({ measures: [justified, MINOR_HEARING] }));
    expect(item(all, "facts_linked_to_measures")).toMatchObject({ status: "provided", providedBy: { kind: "field", field: "measureLinks" } });

    const oneBlank = evaluateChecklist(RULES, facts({ measures: [justified, { type: "traffic_data", justification: "   " }] }));
    expect(item(oneBlank, "facts_linked_to_measures").status).toBe("missing");

    expect(item(evaluateChecklist(RULES, facts({ measures: [] })), "facts_linked_to_measures").status).toBe("missing");
  });

  it("a rule naming a field that does not exist fails closed: missing until linked or waived", () => {
    const rule: Rule = { key: "custom", labelFr: "x", labelEn: "x", reasonFr: "x", reasonEn: "x", field: "noSuchField" };
    expect(evaluateChecklist([rule], facts())[0]!.status).toBe("missing");
    expect(evaluateChecklist([rule], facts({ waivers: [waiver("custom")] }))[0]!.status).toBe("waived");
  });

  it("a complete Philippine request has nothing missing", () => {
    const items = evaluateChecklist(
      RULES,
      facts({
        documents: [
          doc("l1", "request_letter", "fr"),
          doc("t1", "translation", "en"),
          doc("a1", "annex", "en", "ph_translation_offences"),
          doc("r1", "reciprocity_undertaking", "fr"),
          doc("a2", "annex", "fr", "financial_identifiers"),
        ],
      }),
    );
    expect(missingItemKeys(items)).toEqual([]);
    expect(items.every((i) => i.status === "provided")).toBe(true);
  });
});
