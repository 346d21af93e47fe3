import type { Locale } from "@/lib/access/roles";
import { translatorFor } from "@/lib/i18n/translator";
import { DATA_CATEGORIES, DETAIL_NAMES, RECORDING_MODES } from "@/lib/requests/measure-details";
import { CHANNELS, LEGAL_BASES, MEASURE_TYPES, PERSON_ROLES, URGENCIES } from "@/lib/requests/vocabulary";
import type { LetterLanguage } from "./languages";
import { en } from "./wording/en";
import { es } from "./wording/es";
import { fr } from "./wording/fr";
import { ro } from "./wording/ro";
import type { LetterSentences, LetterVocabulary } from "./wording/types";

export type { LetterSentences, LetterVocabulary } from "./wording/types";

/** A country as the reference data names it. */
export interface CountryNames {
  code: string;
  nameFr: string;
  nameEn: string;
}

/** Everything fixed in a letter of one language: sentences, vocabulary labels, country names. */
export interface LetterWording {
  sentences: LetterSentences;
  vocabulary: LetterVocabulary;
  countryName: (country: CountryNames) => string;
}

/**
 * The letter's wording. French and English labels are the UI's own (vocabulary.json), so
 * that the letter and the screen say the same; Spanish and Romanian are written here.
 */
export function wordingFor(language: LetterLanguage): LetterWording {
  switch (language) {
    case "fr":
      return { sentences: fr, vocabulary: uiVocabulary("fr"), countryName: (c) => c.nameFr };
    case "en":
      return { sentences: en, vocabulary: uiVocabulary("en"), countryName: (c) => c.nameEn };
    case "es":
    case "ro": {
      const { sentences, vocabulary, countryNames } = language === "es" ? es : ro;
      return { sentences, vocabulary, countryName: (c) => countryNames[c.code] ?? c.nameEn };
    }
  }
}

function uiVocabulary(locale: Locale): LetterVocabulary {
  const t = translatorFor(locale);
  const labels = <K extends string>(group: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, t(`${group}.${key}`)])) as Record<K, string>;
  return {
    legalBases: labels("legalBases", LEGAL_BASES),
    channels: labels("channels", CHANNELS),
    urgencies: labels("urgencies", URGENCIES),
    measureTypes: labels("measureTypes", MEASURE_TYPES),
    personRoles: labels("personRoles", PERSON_ROLES),
    measureDetails: labels("measureDetails", DETAIL_NAMES),
    dataCategories: labels("dataCategories", DATA_CATEGORIES),
    recordingModes: labels("recordingModes", RECORDING_MODES),
  };
}
