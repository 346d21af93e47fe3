import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { managerScopes, units, users } from "@/db/schema";
import type { Locale } from "@/lib/access/roles";
import type { RequestEventAction } from "@/lib/requests/events";
import type { Mover } from "@/lib/requests/vocabulary";
import type { NotificationDelivery } from "./vocabulary";

/**
 * Who is told what (docs/product.md, "Owners and notifications"). A move that hands over the ball
 * notifies the person who now holds it: the request's owner on the requesting side, its
 * handler on the requested side (its assignee, or while nobody is assigned every officer of
 * the requested country), the managers for a review or an escalation — never every member
 * of a unit, and never the person who made the move.
 */

export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
  delivery: NotificationDelivery;
}

/** The people of a request a notice can go to; "requestedManagers" are those receiving the requested country. */
export type Audience = Mover | "requestedManagers";

/** The facts of a request that decide its recipients. */
export interface RequestParties {
  requestingUnitId: string;
  requestedCountryCode: string;
  ownerId: string;
  assigneeId: string | null;
}

/** The events that hand over the ball, and to whom; every other event notifies nobody. */
export const EVENT_AUDIENCE: Partial<Record<RequestEventAction, Audience>> = {
  submit: "requestingManagers",
  validate: "owner",
  returnToDraft: "owner",
  transmit: "requestedHandler",
  acknowledge: "owner",
  requestInformation: "owner",
  answerInformation: "requestedHandler",
  reportPartialExecution: "owner",
  reportExecution: "owner",
  refuse: "owner",
  // A measure executed or found not executable (its progress alone is not a hand-over).
  measureReported: "owner",
  ownerAssigned: "owner",
  handlerAssigned: "requestedHandler",
  // Not a hand-over, but the requesting unit's managers must know that a document of theirs
  // no longer matches its hash (docs/product.md, "Security"); the one who found it was told.
  documentIntegrityFailure: "requestingManagers",
};

/** A comment shared with the other side goes to whoever is in charge there. */
export function commentAudience(authorSide: "requesting" | "requested"): Audience {
  return authorSide === "requesting" ? "requestedHandler" : "owner";
}

const columns = { id: users.id, email: users.email, locale: users.locale, delivery: users.notificationDelivery };

/** The active accounts of an audience, without `exceptUserId` (who made the move). */
export async function recipientsOf(db: Db, request: RequestParties, audience: Audience, exceptUserId?: string): Promise<Recipient[]> {
  const people = await db
    .select(columns)
    .from(users)
    .where(and(eq(users.active, true), exceptUserId ? ne(users.id, exceptUserId) : undefined, await audienceCondition(db, request, audience)));
  return people;
}

async function audienceCondition(db: Db, request: RequestParties, audience: Audience): Promise<SQL> {
  switch (audience) {
    case "owner":
      // A disabled owner must not let the ball drop: their unit's managers hear instead.
      return (await isActive(db, request.ownerId)) ? eq(users.id, request.ownerId) : requestingManagers(request);
    case "requestingManagers":
      return requestingManagers(request);
    case "requestedHandler":
      if (request.assigneeId && (await isActive(db, request.assigneeId))) return eq(users.id, request.assigneeId);
      return and(
        eq(users.role, "liaison_officer"),
        inArray(users.unitId, db.select({ id: units.id }).from(units).where(eq(units.countryCode, request.requestedCountryCode))),
      )!;
    case "requestedManagers":
      return and(eq(users.role, "manager"), scoped(eq(managerScopes.countryCode, request.requestedCountryCode)))!;
  }
}

/** The managers overseeing the requesting unit: its own, and those whose scope includes it. */
function requestingManagers(request: RequestParties): SQL {
  return and(eq(users.role, "manager"), or(eq(users.unitId, request.requestingUnitId), scoped(eq(managerScopes.unitId, request.requestingUnitId))))!;
}

/** The manager has a scope row matching `target` (a correlated subquery on the user). */
function scoped(target: SQL): SQL {
  return sql`exists (select 1 from ${managerScopes} where ${managerScopes.userId} = ${users.id} and ${target})`;
}

async function isActive(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ active: users.active }).from(users).where(eq(users.id, userId));
  return row?.active ?? false;
}
