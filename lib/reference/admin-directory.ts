import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import { authorities, countries, countryLegalBases } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { hasHolidayData } from "@/lib/deadlines/calendar";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { authorityEntry } from "./directory";
import { bindsEio } from "./legal-bases";

/** The directory as its administrators read it (/admin/directory). */

/** Every country, with how many authorities it has and whether its public holidays are known. */
export async function listDirectory(ctx: Ctx) {
  assertCan(ctx.actor, "directory.manage");
  const [rows, counts] = await Promise.all([
    ctx.db.select().from(countries).orderBy(asc(countries.code)),
    ctx.db.select({ code: authorities.countryCode, n: count() }).from(authorities).groupBy(authorities.countryCode),
  ]);
  return rows.map((c) => ({
    ...c,
    authorityCount: counts.find((k) => k.code === c.code)?.n ?? 0,
    holidaysKnown: hasHolidayData(c.code),
  }));
}

/** One country's page: its facts, the legal bases recorded with others, and its authorities. */
export async function countryForAdmin(ctx: Ctx, code: string) {
  assertCan(ctx.actor, "directory.manage");
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) throw new NotFound();
  const all = await ctx.db.select().from(countries).orderBy(asc(countries.code));
  const country = all.find((c) => c.code === upper);
  if (!country) throw new NotFound();
  const [recorded, authorityRows] = await Promise.all([
    ctx.db
      .select()
      .from(countryLegalBases)
      .where(and(isNull(countryLegalBases.withdrawnAt), or(eq(countryLegalBases.countryCode, upper), eq(countryLegalBases.partnerCode, upper))))
      .orderBy(asc(countryLegalBases.createdAt)),
    ctx.db.select().from(authorities).where(eq(authorities.countryCode, upper)).orderBy(asc(authorities.name)),
  ]);
  return {
    country,
    holidaysKnown: hasHolidayData(upper),
    bindsEio: bindsEio(country),
    legalBases: recorded.map((r) => ({
      id: r.id,
      partnerCode: r.countryCode === upper ? r.partnerCode : r.countryCode,
      basis: r.basis,
      instrument: r.instrument,
      signedOn: r.signedOn,
    })),
    authorities: authorityRows.map(authorityEntry),
    /** The countries a legal basis may be recorded with. */
    partners: all.filter((c) => c.code !== upper).map((c) => ({ code: c.code, nameFr: c.nameFr, nameEn: c.nameEn })),
  };
}

export async function authorityForAdmin(ctx: Ctx, countryCode: string, id: string) {
  assertCan(ctx.actor, "directory.manage");
  if (!isUuid(id)) throw new NotFound();
  const [row] = await ctx.db.select().from(authorities).where(eq(authorities.id, id));
  if (!row || row.countryCode !== countryCode.toUpperCase()) throw new NotFound();
  const [country] = await ctx.db.select().from(countries).where(eq(countries.code, row.countryCode));
  return { authority: authorityEntry(row), country: country! };
}
