import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_ROWS } from "@/app/(app)/requests/[id]/summary";
import { REQUEST_FORM_FIELDS, REQUEST_FORM_TEXTS } from "@/app/_components/request-form/fields";
import { LOCALES, type Locale } from "@/lib/access/roles";
import { DEFAULT_CHECKLIST_RULES } from "@/lib/checklists/rules";
import { MESSAGES } from "@/lib/i18n/messages";
import type { LetterSentences } from "@/lib/letters/wording/types";
import { en as letterEn } from "@/lib/letters/wording/en";
import { fr as letterFr } from "@/lib/letters/wording/fr";
import { LABELLED_FIELDS, fieldLabelKey, fieldLabelKeyOf, type LabelledField } from "@/lib/requests/field-labels";

/** The message at a dotted key, or undefined. */
function message(locale: Locale, key: string): string | undefined {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** The key of `fields.*` whose text is `text` in `locale`, for the places that hold text rather than keys. */
function fieldKeyWithText(locale: Locale, text: string): string {
  const match = LABELLED_FIELDS.find((field) => message(locale, fieldLabelKey(field)) === text);
  return match ? fieldLabelKey(match) : `(no field label reads "${text}")`;
}

/** The letters' labels that name a field of the request (their section headings and the labels under them). */
const LETTER_LABELS: [LabelledField, (s: LetterSentences) => string][] = [
  ["legalBasis", (s) => s.headings.legalBasis],
  ["legalBasisDetail", (s) => s.legalBasis.detail],
  ["channel", (s) => s.legalBasis.channel],
  ["summaryOfFacts", (s) => s.headings.facts],
  ["offencesAndPenalties", (s) => s.headings.offences],
  ["urgency", (s) => s.headings.urgency],
  ["urgencyReasons", (s) => s.urgency.reasons],
  ["confidential", (s) => s.headings.confidentiality],
  ["confidentialityReasons", (s) => s.confidentiality.reasons],
  ["contactPoint", (s) => s.headings.contact],
];
const LETTERS: Record<Locale, LetterSentences> = { fr: letterFr, en: letterEn };

/** Every label key each place uses for each field: the form's table, the page's summary, the checklist, the letters. */
function labelKeysByField(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const record = (field: string, key: string) => keys.set(field, (keys.get(field) ?? new Set()).add(key));
  for (const [field, texts] of Object.entries(REQUEST_FORM_TEXTS)) record(field, texts.label);
  for (const row of SUMMARY_ROWS) if (row.field) record(row.field, row.label);
  for (const rule of DEFAULT_CHECKLIST_RULES) {
    if (!rule.field || rule.field === "measureLinks") continue;
    // The rules are data in both languages: each must read as the field's label in that language.
    record(rule.field, fieldKeyWithText("fr", rule.labelFr));
    record(rule.field, fieldKeyWithText("en", rule.labelEn));
  }
  for (const locale of LOCALES) for (const [field, label] of LETTER_LABELS) record(field, fieldKeyWithText(locale, label(LETTERS[locale])));
  return keys;
}

describe("one label per field of a request, in French and in English", () => {
  it("every field has its label in both languages", () => {
    for (const field of LABELLED_FIELDS) {
      for (const locale of LOCALES) expect(message(locale, fieldLabelKey(field))?.trim(), `${locale} ${field}`).toBeTruthy();
    }
  });

  it("the form, the request page, the checklist and the letters use the same key for each field", () => {
    const keys = labelKeysByField();
    // The places do cover the fields: the form all of its own, the page, checklist and letters theirs.
    expect([...keys.keys()]).toEqual(expect.arrayContaining(["caseId", ...REQUEST_FORM_FIELDS]));
    for (const [field, used] of keys) expect([...used], field).toEqual([fieldLabelKey(field as LabelledField)]);
  });

  it("the page's summary shows each field once, and only under a field's label or a line of its own", () => {
    const fields = SUMMARY_ROWS.flatMap((row) => (row.field ? [row.field] : []));
    expect(new Set(fields).size).toBe(fields.length);
    for (const row of SUMMARY_ROWS) if (!row.field) expect(row.label.startsWith("fields."), row.label).toBe(false);
  });

  it("the timeline names every field a draft edit records", () => {
    for (const field of REQUEST_FORM_FIELDS) expect(fieldLabelKeyOf(field), field).toBe(fieldLabelKey(field));
    expect(fieldLabelKeyOf("notAField")).toBeUndefined();
  });

  it("the form's own help exists in both languages", () => {
    for (const [field, texts] of Object.entries(REQUEST_FORM_TEXTS)) {
      for (const locale of LOCALES) expect(message(locale, texts.help), `${locale} ${field}`).toBeTruthy();
    }
  });

  it("no code looks a field's label up under another key", () => {
    const sources = readdirSync("app", { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
    expect(sources.length).toBeGreaterThan(10);
    const oldKey = new RegExp(`requestPage\\.fields\\.(${LABELLED_FIELDS.join("|")})\\b`);
    for (const file of sources) {
      const text = readFileSync(join("app", file), "utf8");
      expect(text, file).not.toMatch(oldKey);
      // A label looked up by a field's name goes through fieldLabelKeyOf first.
      if (text.includes("requestPage.fields.${")) expect(text, file).toContain("fieldLabelKeyOf(");
    }
  });

  it("no field keeps a second label under an old key", () => {
    for (const locale of LOCALES) {
      expect(message(locale, "requests.form.fields.legalBasis.label")).toBeUndefined();
      const pageFields = (MESSAGES[locale].requestPage as { fields: Record<string, string> }).fields;
      expect(Object.keys(pageFields).filter((key) => (LABELLED_FIELDS as readonly string[]).includes(key)), locale).toEqual([]);
      for (const group of ["requests.list.columns", "requests.filters", "requests.csv", "cases.detail.columns"]) {
        for (const old of ["case", "country", "urgency", "legalBasis", "foreignReference", "targetDate", "transmittedAt"]) {
          expect(message(locale, `${group}.${old}`), `${locale} ${group}.${old}`).toBeUndefined();
        }
      }
    }
  });
});
