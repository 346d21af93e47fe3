import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units, users } from "@/db/schema";

export interface Recipient {
  id: string;
  email: string;
  locale: "fr" | "en";
}

const columns = { id: users.id, email: users.email, locale: users.locale };

/**
 * Who must act on a request's clock: the requesting unit's magistrates, or the requested
 * country's liaison officers; on a breach, the managers of the requesting unit too.
 * Disabled accounts receive nothing.
 */
export async function recipientsFor(
  db: Db,
  request: { requestingUnitId: string; requestedCountryCode: string },
  who: "requesting" | "requested" | "managers",
): Promise<Recipient[]> {
  if (who === "requested") {
    return db
      .select(columns)
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(and(eq(users.active, true), eq(users.role, "liaison_officer"), eq(units.countryCode, request.requestedCountryCode)));
  }
  const role = who === "managers" ? "manager" : "magistrate";
  return db
    .select(columns)
    .from(users)
    .where(and(eq(users.active, true), eq(users.role, role), inArray(users.unitId, [request.requestingUnitId])));
}
