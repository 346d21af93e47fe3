import type { LetterLanguage } from "../../languages";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ro } from "./ro";
import type { AnnexAWording } from "./types";

export type { AnnexAMeasure, AnnexASection, AnnexAWording } from "./types";
export { ANNEX_A_MEASURES, ANNEX_A_SECTIONS } from "./types";

export const ANNEX_A_WORDING: Record<LetterLanguage, AnnexAWording> = { fr, en, es, ro };
