import { describe, expect, it } from "vitest";
import { letterLanguages } from "@/lib/letters/languages";
import { COUNTRIES } from "@/db/seed/reference-data";

const languagesOf = (code: string) => COUNTRIES.find((c) => c.code === code)!.languages;

describe("the languages of a request letter", () => {
  it("are French and the requested country's working language, for a French unit", () => {
    expect(letterLanguages(languagesOf("PH"))).toEqual(["fr", "en"]);
    expect(letterLanguages(languagesOf("CO"))).toEqual(["fr", "es"]);
    expect(letterLanguages(languagesOf("RO"))).toEqual(["fr", "ro"]);
    expect(letterLanguages(languagesOf("MG"))).toEqual(["fr"]);
  });

  it("fall back to English when no working language is supported", () => {
    expect(letterLanguages(["de"])).toEqual(["fr", "en"]);
    expect(letterLanguages([])).toEqual(["fr", "en"]);
    expect(letterLanguages(["pt-BR", "es-CO"])).toEqual(["fr", "es"]);
  });

  it("follow the requesting side: a Philippine request to France is in English and French", () => {
    expect(letterLanguages(languagesOf("FR"), languagesOf("PH"))).toEqual(["en", "fr"]);
  });
});
