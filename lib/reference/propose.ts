import type { MeasureType } from "@/lib/requests/vocabulary";
import type { AuthorityKind } from "./vocabulary";

/**
 * Which authority of the requested country the request form proposes (the directory's
 * competences by measure type). Pure, so that the form ranks in the browser as the drafter
 * chooses, and tests read the rule without a page.
 */

export interface AuthorityEntry {
  id: string;
  name: string;
  kind: AuthorityKind;
  measureTypes: MeasureType[];
  address: string;
  email: string;
  phone: string;
  officeHours: string;
}

export interface RankedAuthority {
  authority: AuthorityEntry;
  /** The request's measure types this authority is competent for. */
  covers: MeasureType[];
  /** 0 competent for every measure, 1 a central authority, 2 competent for some, 3 neither. */
  tier: 0 | 1 | 2 | 3;
}

/**
 * Every authority of a country, best first: one competent for every measure of the request;
 * else a central authority, which receives any request and dispatches one that spans several
 * authorities — the one competent for more of its measures first, then the general one rather
 * than a specialised one; then those competent for some of the measures; then the others. By
 * name within a rank.
 */
export function rankAuthorities(authorities: readonly AuthorityEntry[], measureTypes: readonly MeasureType[]): RankedAuthority[] {
  const wanted = new Set(measureTypes);
  return authorities
    .map((authority) => {
      const covers = authority.measureTypes.filter((type) => wanted.has(type));
      const tier = wanted.size > 0 && covers.length === wanted.size ? 0 : authority.kind === "central_authority" ? 1 : covers.length > 0 ? 2 : 3;
      return { authority, covers, tier } as RankedAuthority;
    })
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        b.covers.length - a.covers.length ||
        b.authority.measureTypes.length - a.authority.measureTypes.length ||
        a.authority.name.localeCompare(b.authority.name),
    );
}

/** The one authority to propose: the best ranked, if it is competent for every measure or is a central authority. */
export function proposedAuthority(ranked: readonly RankedAuthority[]): RankedAuthority | null {
  const best = ranked[0];
  return best && best.tier <= 1 ? best : null;
}
