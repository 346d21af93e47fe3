import type { LegalBasis } from "@/lib/requests/vocabulary";

/**
 * Which legal bases two countries offer each other (docs/legal.md, "Legal bases by country"):
 * the one rule the request form, the draft verbs and the directory's pages read. Pure, so
 * that the form can run it in the browser and the unit tests without a database.
 */

/** What the directory knows of a country that decides its legal bases. */
export interface CountryTreatyFacts {
  code: string;
  euMember: boolean;
  /** ISO date (YYYY-MM-DD) from which it is a party to the Budapest Convention, or null. */
  budapestPartySince: string | null;
}

/** A basis an administrator recorded between the two countries (a convention, reciprocity). */
export interface RecordedBasis {
  basis: LegalBasis;
  instrument: string;
  signedOn: string | null;
}

/** A basis the pair offers: `since` is when it applies between them, when known. */
export interface OfferedBasis {
  basis: LegalBasis;
  instrument: string;
  since: string | null;
}

/**
 * Member states that do not take part in Directive 2014/41/EU (recitals 45 and 46): between
 * them and the others, requests still go by the 2000 convention, not by an EIO.
 */
export const NOT_BOUND_BY_EIO: readonly string[] = ["DK", "IE"];

/** The order in which the form offers them: the instrument that prevails first, reciprocity last. */
const ORDER: readonly LegalBasis[] = [
  "european_investigation_order",
  "bilateral_convention",
  "budapest_convention",
  "multilateral_convention",
  "reciprocity",
];

export function bindsEio(country: CountryTreatyFacts): boolean {
  return country.euMember && !NOT_BOUND_BY_EIO.includes(country.code);
}

/** The legal bases available between `from` (the requesting side) and `to`; they hold both ways. */
export function offeredBases(from: CountryTreatyFacts, to: CountryTreatyFacts, recorded: readonly RecordedBasis[]): OfferedBasis[] {
  if (from.code === to.code) return [];
  const offered: OfferedBasis[] = recorded.map((r) => ({ basis: r.basis, instrument: r.instrument, since: r.signedOn }));
  if (bindsEio(from) && bindsEio(to)) offered.push({ basis: "european_investigation_order", instrument: "", since: null });
  if (from.budapestPartySince && to.budapestPartySince) {
    // It applies between two parties from the later of their two dates.
    const since = from.budapestPartySince > to.budapestPartySince ? from.budapestPartySince : to.budapestPartySince;
    offered.push({ basis: "budapest_convention", instrument: "", since });
  }
  return offered.sort((a, b) => ORDER.indexOf(a.basis) - ORDER.indexOf(b.basis) || a.instrument.localeCompare(b.instrument));
}

/** The distinct bases of an offer, in its order: what the form's select lists. */
export function basesOf(offered: readonly OfferedBasis[]): LegalBasis[] {
  return [...new Set(offered.map((o) => o.basis))];
}
