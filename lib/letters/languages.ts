import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries } from "@/db/schema";

/** The languages a request letter can be generated in. */
export const LETTER_LANGUAGES = ["fr", "en", "es", "ro"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return typeof value === "string" && (LETTER_LANGUAGES as readonly string[]).includes(value);
}

/** A country's letter language: its first working language we can write, else English. */
function letterLanguageOf(workingLanguages: readonly string[]): LetterLanguage {
  const supported = workingLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLetterLanguage);
  return supported ?? "en";
}

/**
 * The letters a request needs (docs/legal.md, "Legal bases by country", language column): one in the requesting
 * authority's language — French for a French unit — and one in the requested country's
 * working language (countries.languages): English for the Philippines, Spanish for
 * Colombia, French for Madagascar, Romanian for Romania; English when none is supported.
 */
export function letterLanguages(requestedLanguages: readonly string[], requestingLanguages: readonly string[] = ["fr"]): LetterLanguage[] {
  return [...new Set([letterLanguageOf(requestingLanguages), letterLanguageOf(requestedLanguages)])];
}

/** Working languages of the two countries of a request, read from the reference data. */
export async function letterLanguagesFor(db: Db, request: { requestingCountryCode: string; requestedCountryCode: string }) {
  const rows = await db
    .select({ code: countries.code, languages: countries.languages })
    .from(countries)
    .where(inArray(countries.code, [request.requestingCountryCode, request.requestedCountryCode]));
  const languagesOf = (code: string) => rows.find((r) => r.code === code)?.languages ?? [];
  return letterLanguages(languagesOf(request.requestedCountryCode), languagesOf(request.requestingCountryCode));
}
