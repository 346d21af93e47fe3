import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { countries, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { managedUnitIds, requestScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Invalid, type FieldIssues } from "@/lib/errors";
import { checkPeriod, populationFilterShape, requestFilterCondition } from "@/lib/requests/request-filters";
import { parseInput } from "@/lib/validation/parse";

/**
 * The dashboard's filters: a period (requests created in it), a unit of the manager's
 * scope, a requested country, a legal basis, an urgency and a measure type. They are the
 * request list's population filters (lib/requests/request-filters.ts) under the same
 * names, so that every count links to the list of the requests it counts.
 */
export const dashboardFilterSchema = z.object(populationFilterShape).superRefine(checkPeriod);
export type DashboardFilterInput = z.input<typeof dashboardFilterSchema>;

declare const resolved: unique symbol;
/** Filters checked against the database and the actor's scope: only `resolveDashboardFilters` makes them. */
export type DashboardFilters = z.output<typeof dashboardFilterSchema> & { readonly [resolved]: true };

/** The names of the filters, in the order of the form and of the URL. */
export const DASHBOARD_FILTER_KEYS = ["direction", "from", "to", "unit", "country", "legalBasis", "urgency", "measureType"] as const;

/**
 * Parses and checks the filters. Refusals (Invalid, with a message key per field): a
 * malformed, inverted or absurd period, a country that is not in the reference data, a
 * unit outside the manager's scope — refused rather than ignored, so that nobody reads
 * figures they did not ask for; a filter can never widen the scope.
 */
export async function resolveDashboardFilters(ctx: Ctx, raw: DashboardFilterInput): Promise<DashboardFilters> {
  assertCan(ctx.actor, "dashboard.view");
  const filters = parseInput(dashboardFilterSchema, raw);
  const fields: FieldIssues = {};
  if (filters.unit && !managedUnitIds(ctx.actor).includes(filters.unit)) fields.unit = ["unitOutOfScope"];
  if (filters.country) {
    const [known] = await ctx.db.select({ code: countries.code }).from(countries).where(eq(countries.code, filters.country));
    if (!known) fields.country = ["unknownCountry"];
  }
  if (Object.keys(fields).length) throw new Invalid("invalid", fields);
  return filters as DashboardFilters;
}

/** The requests a dashboard figure counts: the actor's scope, narrowed by the filters. */
export function dashboardCondition(ctx: Ctx, filters: DashboardFilters): SQL {
  assertCan(ctx.actor, "dashboard.view");
  return and(requestScopeCondition(ctx.actor), requestFilterCondition(filters, { actor: ctx.actor, now: ctx.now() }))!;
}

/** The units a manager may choose in the unit filter. */
export async function dashboardUnits(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "dashboard.view");
  const ids = managedUnitIds(ctx.actor);
  if (ids.length === 0) return [];
  return ctx.db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)).orderBy(asc(units.name));
}
