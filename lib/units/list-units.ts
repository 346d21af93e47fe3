import { asc, count, eq } from "drizzle-orm";
import { countries, requests, units, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { UnitKind } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  closedAt: Date | null;
  activeUsers: number;
  requests: number;
}

export interface CountryUnits {
  countryCode: string;
  nameFr: string;
  nameEn: string;
  units: UnitRow[];
}

/** The units as their administrators read them (/admin/units): one group per country, open and closed alike. */
export async function listUnitsForAdmin(ctx: Ctx): Promise<CountryUnits[]> {
  assertCan(ctx.actor, "reference.manage");
  const [rows, activeUsers, requestCounts] = await Promise.all([
    ctx.db
      .select({
        id: units.id,
        code: units.code,
        name: units.name,
        kind: units.kind,
        closedAt: units.closedAt,
        countryCode: units.countryCode,
        countryNameFr: countries.nameFr,
        countryNameEn: countries.nameEn,
      })
      .from(units)
      .innerJoin(countries, eq(countries.code, units.countryCode))
      .orderBy(asc(units.countryCode), asc(units.name)),
    ctx.db.select({ unitId: users.unitId, n: count() }).from(users).where(eq(users.active, true)).groupBy(users.unitId),
    ctx.db.select({ unitId: requests.requestingUnitId, n: count() }).from(requests).groupBy(requests.requestingUnitId),
  ]);
  const countOf = (counts: { unitId: string | null; n: number }[], id: string) => counts.find((c) => c.unitId === id)?.n ?? 0;

  const groups: CountryUnits[] = [];
  for (const { countryCode, countryNameFr, countryNameEn, ...unit } of rows) {
    const row = { ...unit, activeUsers: countOf(activeUsers, unit.id), requests: countOf(requestCounts, unit.id) };
    const last = groups.at(-1);
    if (last?.countryCode === countryCode) last.units.push(row);
    else groups.push({ countryCode, nameFr: countryNameFr, nameEn: countryNameEn, units: [row] });
  }
  return groups;
}
