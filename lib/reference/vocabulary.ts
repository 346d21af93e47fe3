import type { LegalBasis } from "@/lib/requests/vocabulary";

/**
 * The vocabulary of the directory (the judicial atlas): the kinds of authorities a request
 * may be addressed to, and the legal bases an administrator records between two countries.
 */
export const AUTHORITY_KINDS = ["central_authority", "judicial", "police", "financial_intelligence", "other"] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/**
 * The legal bases recorded country by country. The other two follow from the countries
 * themselves (lib/reference/legal-bases.ts): the EIO from EU membership, the Budapest
 * Convention from both being parties.
 */
export const RECORDED_LEGAL_BASES = ["bilateral_convention", "multilateral_convention", "reciprocity"] as const satisfies readonly LegalBasis[];
export type RecordedLegalBasis = (typeof RECORDED_LEGAL_BASES)[number];
