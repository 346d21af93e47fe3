import type { LegalBasis, MeasureType } from "@/lib/requests/vocabulary";
import type { RequestView } from "@/lib/requests/get-request";
import { overdueOnRequestedSide, type OverdueClock } from "./overdue";

/**
 * The documents a magistrate signs for a request, and when each applies: the letter always;
 * the EIO form (Directive 2014/41/EU, Annex A) for an EIO; the expedited preservation request
 * (Budapest Convention, art. 29) when a measure asks for preservation; the reminder once the
 * requested side is late.
 */
export const LETTER_DOCUMENTS = ["letter", "annex-a", "preservation", "reminder"] as const;
export type LetterDocument = (typeof LETTER_DOCUMENTS)[number];

export const LETTER_FORMATS = ["pdf", "docx"] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export function isLetterDocument(value: unknown): value is LetterDocument {
  return typeof value === "string" && (LETTER_DOCUMENTS as readonly string[]).includes(value);
}

export function isLetterFormat(value: unknown): value is LetterFormat {
  return typeof value === "string" && (LETTER_FORMATS as readonly string[]).includes(value);
}

/** What decides which documents apply: read from the request as its reader sees it. */
export interface DocumentFacts {
  legalBasis: LegalBasis;
  measures: readonly { type: MeasureType }[];
  overdue: readonly OverdueClock[];
}

/** Why a document does not apply to a request: a key under `letters.errors`, or null when it does. */
export function whyNotAvailable(document: LetterDocument, facts: DocumentFacts): string | null {
  switch (document) {
    case "letter":
      return null;
    case "annex-a":
      return facts.legalBasis === "european_investigation_order" ? null : "annexANotEio";
    case "preservation":
      return facts.measures.some((m) => m.type === "expedited_preservation") ? null : "noPreservation";
    case "reminder":
      return facts.overdue.length > 0 ? null : "notOverdue";
  }
}

export function availableDocuments(facts: DocumentFacts): LetterDocument[] {
  return LETTER_DOCUMENTS.filter((document) => whyNotAvailable(document, facts) === null);
}

/** The facts of a request page's view: the page offers what the route would answer. */
export function documentFactsOf(view: RequestView): DocumentFacts {
  return { legalBasis: view.request.legalBasis, measures: view.measures, overdue: overdueOnRequestedSide(view.clocks) };
}
