import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units, users } from "@/db/schema";
import type { RequestRow } from "./write";

/**
 * Who may be put in charge of a request, on each side: an active magistrate of the
 * requesting unit (its owner), or an active liaison officer of the requested country (its
 * handler). The assignment verbs refuse anyone else; the request page offers these.
 */
export async function eligibleOwners(db: Db, request: Pick<RequestRow, "requestingUnitId">) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), eq(users.role, "magistrate"), eq(users.unitId, request.requestingUnitId)))
    .orderBy(asc(users.name));
}

export async function eligibleHandlers(db: Db, request: Pick<RequestRow, "requestedCountryCode">) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.active, true), eq(users.role, "liaison_officer"), eq(units.countryCode, request.requestedCountryCode)))
    .orderBy(asc(users.name));
}
