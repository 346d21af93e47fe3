import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { auditLog, requestEvents, securityEvents } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import {
  managedUnitIds, requestedScopeCondition, requestingScopeCondition, visibleTo, type Relation,
} from "@/lib/access/request-access";

/**
 * What the audit review shows to whom, as WHERE conditions on each trail (each joined with
 * `requests`), all read from the one access policy (lib/access/request-access.ts):
 *
 * - administrators: every trail, everything — the review never selects case content;
 * - managers: the request events of the requests in their scope that their side may read
 *   (`visibleTo`: never the other side's internal events), the downloads of those requests'
 *   documents on the same terms, and the security events of their units' people;
 * - anyone else: nothing (the policy refuses them the page anyway).
 *
 * `undefined` means "no restriction".
 */
export interface ReviewScope {
  requestEvents: SQL | undefined;
  auditLog: SQL | undefined;
  securityEvents: SQL | undefined;
}

const NOTHING: ReviewScope = { requestEvents: sql`false`, auditLog: sql`false`, securityEvents: sql`false` };

/** The two sides a manager may stand on, with the relation they then have to a request. */
function managerSides(actor: Actor): { scope: SQL; relation: Relation }[] {
  return [
    { scope: requestingScopeCondition(actor), relation: "requesting_manager" },
    { scope: requestedScopeCondition(actor), relation: "requested_manager" },
  ];
}

export function reviewScope(actor: Actor): ReviewScope {
  if (actor.role === "admin") return { requestEvents: undefined, auditLog: undefined, securityEvents: undefined };
  if (actor.role !== "manager") return NOTHING;
  const sides = managerSides(actor);
  const units = managedUnitIds(actor);
  return {
    requestEvents: or(...sides.map((s) => and(s.scope, inArray(requestEvents.visibility, visibleTo(s.relation))))),
    // Of the general log, a manager's scope holds only document downloads (accounts and
    // reference data are the administrators'); a download is as visible as its document's events.
    auditLog: and(
      eq(auditLog.subjectType, "document"),
      or(...sides.map((s) => and(s.scope, inArray(sql`${auditLog.data}->>'visibility'`, visibleTo(s.relation))))),
    ),
    securityEvents: units.length ? inArray(securityEvents.unitId, units) : sql`false`,
  };
}
