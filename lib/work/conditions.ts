import { and, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { requests, users } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { requestedScopeCondition, requestingScopeCondition } from "@/lib/access/request-access";
import { dueCondition, stageCondition } from "@/lib/requests/request-filters";
import { REQUEST_STATUSES, WAITING_ON, type Mover } from "@/lib/requests/vocabulary";

/**
 * The home page's sections as WHERE conditions on `requests` alone: due dates are the requests'
 * copies of their deadline summary (lib/deadlines/refresh.ts), which the work indexes include
 * (migration 0026). Each is ANDed with a part of the actor's scope by the query that runs it.
 */

function waitingOn(mover: Mover): SQL {
  return inArray(requests.status, REQUEST_STATUSES.filter((status) => WAITING_ON[status] === mover));
}

/** The person in charge has been disabled: like the notifications (lib/notifications/recipients.ts), the ball falls back. */
function disabled(userId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${users} where ${users.id} = ${userId} and not ${users.active})`;
}

/**
 * Where the ball is in the actor's court (vocabulary.ts, WAITING_ON): the owner's moves are
 * the owner's (their managers' if the owner is disabled); a review is the requesting
 * unit's managers'; the requested side's moves are the assignee's, or, while nobody (active)
 * handles the request, every officer of the requested country's.
 */
export function waitingForActorCondition(actor: Actor): SQL {
  const manager = actor.role === "manager";
  const officer = actor.role === "liaison_officer";
  return or(
    and(waitingOn("owner"), requestingScopeCondition(actor), or(eq(requests.ownerId, actor.id), manager ? disabled(requests.ownerId) : undefined)),
    manager ? and(waitingOn("requestingManagers"), requestingScopeCondition(actor)) : undefined,
    and(
      waitingOn("requestedHandler"),
      requestedScopeCondition(actor),
      or(eq(requests.assigneeId, actor.id), officer ? or(isNull(requests.assigneeId), disabled(requests.assigneeId)) : undefined),
    ),
  )!;
}

/** Requests the actor is in charge of (owner or assignee); a manager answers for their whole scope. */
function involvingActor(actor: Actor): SQL | undefined {
  if (actor.role === "manager") return undefined;
  return or(and(requestingScopeCondition(actor), eq(requests.ownerId, actor.id)), and(requestedScopeCondition(actor), eq(requests.assigneeId, actor.id)));
}

/** Open requests involving the actor whose next deadline falls within the next 7 days. */
export function dueSoonCondition(actor: Actor, now: Date): SQL {
  return and(stageCondition("open"), dueCondition("7", now, requests), involvingActor(actor))!;
}

/** A manager's: requests of their requesting units waiting for review. */
export function awaitingValidationCondition(actor: Actor): SQL {
  return and(eq(requests.status, "in_review"), requestingScopeCondition(actor))!;
}

/** A manager's: open requests of their scope past their next deadline (the list's `due=overdue&stage=open`). */
export function overdueCondition(now: Date): SQL {
  return and(stageCondition("open"), dueCondition("overdue", now, requests))!;
}

/** A manager's: open incoming requests of their countries that nobody handles yet. */
export function unassignedCondition(actor: Actor): SQL {
  return and(requestedScopeCondition(actor), stageCondition("open"), isNull(requests.assigneeId))!;
}
