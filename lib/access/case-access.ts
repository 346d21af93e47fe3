import { inArray, sql, type SQL } from "drizzle-orm";
import { cases } from "@/db/schema";
import type { Actor } from "./actor";
import { managedUnitIds } from "./request-access";

/**
 * Cases belong to a unit: its magistrates, and the managers overseeing it, see them. The
 * requested side never sees the case, only the requests sent to it.
 */
export function caseUnitIds(actor: Actor): string[] {
  if (actor.role === "magistrate") return actor.unitId ? [actor.unitId] : [];
  return managedUnitIds(actor);
}

/** The same rule as a WHERE condition on `cases`. */
export function caseScopeCondition(actor: Actor): SQL {
  const unitIds = caseUnitIds(actor);
  return unitIds.length ? inArray(cases.unitId, unitIds) : sql`false`;
}
