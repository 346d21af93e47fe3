import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authorities, countries, countryLegalBases } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import type { LegalBasis } from "@/lib/requests/vocabulary";
import { offeredBases, type CountryTreatyFacts, type OfferedBasis, type RecordedBasis } from "./legal-bases";
import type { AuthorityEntry } from "./propose";

/**
 * The directory as drafting reads it: the legal bases a pair of countries offers (the rule is
 * lib/reference/legal-bases.ts) and the authorities of a country with their competences.
 * Reference data: every signed-in role may read it, like the countries themselves.
 */

/** What the request form needs of one requested country. */
export interface CountryDirectory {
  bases: OfferedBasis[];
  authorities: AuthorityEntry[];
}

const treatyColumns = { code: countries.code, euMember: countries.euMember, budapestPartySince: countries.budapestPartySince };

/** The bases recorded between `code` and each other country (either side of the pair), not withdrawn. */
async function recordedWith(db: Db, code: string): Promise<Map<string, RecordedBasis[]>> {
  const rows = await db
    .select()
    .from(countryLegalBases)
    .where(and(isNull(countryLegalBases.withdrawnAt), or(eq(countryLegalBases.countryCode, code), eq(countryLegalBases.partnerCode, code))));
  const byOther = new Map<string, RecordedBasis[]>();
  for (const row of rows) {
    const other = row.countryCode === code ? row.partnerCode : row.countryCode;
    const list = byOther.get(other) ?? [];
    list.push({ basis: row.basis, instrument: row.instrument, signedOn: row.signedOn });
    byOther.set(other, list);
  }
  return byOther;
}

/** The legal bases `from` (the requesting side's country) and `to` offer each other. */
export async function legalBasesBetween(db: Db, from: string, to: string): Promise<OfferedBasis[]> {
  const facts = await db.select(treatyColumns).from(countries).where(inArray(countries.code, [from, to]));
  const fromFacts = facts.find((c) => c.code === from);
  const toFacts = facts.find((c) => c.code === to);
  if (!fromFacts || !toFacts) return [];
  return offeredBases(fromFacts, toFacts, (await recordedWith(db, from)).get(to) ?? []);
}

/**
 * Refuses a legal basis the two countries do not offer each other (an EIO to the Philippines),
 * with the message next to the form's field. Called by the draft verbs inside their transaction.
 */
export async function assertLegalBasisOffered(db: Db, pair: { from: string; to: string; basis: LegalBasis }): Promise<void> {
  const offered = await legalBasesBetween(db, pair.from, pair.to);
  if (!offered.some((o) => o.basis === pair.basis)) throw new Invalid("invalid", { legalBasis: ["legalBasisNotOffered"] });
}

/**
 * The directory of each country the actor may send a request to (or only of `countryCodes`),
 * seen from the actor's country: the form offers these bases and proposes these authorities.
 */
export async function draftingDirectory(ctx: Ctx, countryCodes?: string[]): Promise<Record<string, CountryDirectory>> {
  const from = ctx.actor.countryCode;
  if (!from) return {};
  const all = await ctx.db.select(treatyColumns).from(countries).orderBy(asc(countries.code));
  const own = all.find((c) => c.code === from);
  const targets = all.filter((c) => c.code !== from && (!countryCodes || countryCodes.includes(c.code)));
  if (!own || targets.length === 0) return {};
  const [recorded, authorityRows] = await Promise.all([
    recordedWith(ctx.db, from),
    ctx.db
      .select()
      .from(authorities)
      .where(inArray(authorities.countryCode, targets.map((c) => c.code)))
      .orderBy(asc(authorities.name)),
  ]);
  return Object.fromEntries(
    targets.map((to: CountryTreatyFacts) => [
      to.code,
      {
        bases: offeredBases(own, to, recorded.get(to.code) ?? []),
        authorities: authorityRows.filter((a) => a.countryCode === to.code).map(authorityEntry),
      },
    ]),
  );
}

export function authorityEntry(row: typeof authorities.$inferSelect): AuthorityEntry {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    measureTypes: row.measureTypes,
    address: row.address,
    email: row.email,
    phone: row.phone,
    officeHours: row.officeHours,
  };
}
