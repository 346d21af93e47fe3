import { and, desc, eq, gt, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { countries, requestDeadlines, requestEvents, requests, units, users } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { requestedScopeCondition, requestScopeCondition, requestingScopeCondition, visibleTo } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { literalLimit } from "@/db/literal-limit";
import { toWorkItem, WORK_LIMIT, workColumns, type WorkList } from "./items";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without a previous sign-in (a first visit), "new" means the last 7 days. */
const FIRST_VISIT_DAYS = 7;

/**
 * The events an actor may read, in SQL: what a side reads depends on its side only
 * (`visibleTo`), and on each request the actor stands on one side (the requesting side first, as `relationTo`).
 */
function visibleEventCondition(actor: Actor): SQL {
  return or(
    and(requestingScopeCondition(actor), inArray(requestEvents.visibility, visibleTo("requesting_magistrate"))),
    and(requestedScopeCondition(actor), inArray(requestEvents.visibility, visibleTo("requested_officer"))),
  )!;
}

/** Where "new since my last visit" starts: the sign-in before the current one, else 7 days ago. */
export async function lastVisit(ctx: Ctx): Promise<{ since: Date; firstVisit: boolean }> {
  const [user] = await ctx.db.select({ previousLoginAt: users.previousLoginAt }).from(users).where(eq(users.id, ctx.actor.id));
  const previous = user?.previousLoginAt ?? null;
  return previous
    ? { since: previous, firstVisit: false }
    : { since: new Date(ctx.now().getTime() - FIRST_VISIT_DAYS * DAY_MS), firstVisit: true };
}

/**
 * Requests of the actor's scope on which someone else did something the actor may see since
 * `since`, the most recent first, each with its latest such event.
 */
export async function newSince(ctx: Ctx, since: Date): Promise<WorkList> {
  const { actor } = ctx;
  const latest = ctx.db
    .selectDistinctOn([requestEvents.requestId], { requestId: requestEvents.requestId, action: requestEvents.action, at: requestEvents.at })
    .from(requestEvents)
    .innerJoin(requests, eq(requests.id, requestEvents.requestId))
    .where(
      and(
        requestScopeCondition(actor),
        // Implied by the event's own instant (requests.lastEventAt): the scope's requests with news
        // come from their index, and only their events are read.
        gt(requests.lastEventAt, since),
        visibleEventCondition(actor),
        gt(requestEvents.at, since),
        ne(requestEvents.actorId, actor.id),
      ),
    )
    .orderBy(requestEvents.requestId, desc(requestEvents.at), desc(requestEvents.seq))
    .as("latest");
  // The page and the count from the latest events alone; only the page's requests joined for display.
  const page = ctx.db
    .select({
      requestId: latest.requestId,
      action: latest.action,
      at: latest.at,
      // Counted before LIMIT: the section's total in the same query.
      total: sql<number>`count(*) over ()`.as("total"),
    })
    .from(latest)
    .orderBy(desc(latest.at), desc(latest.requestId))
    .limit(literalLimit(WORK_LIMIT))
    .as("page");
  const rows = await ctx.db
    .select({ ...workColumns, total: sql<number>`${page.total}`.mapWith(Number), latestAction: page.action, latestAt: page.at })
    .from(page)
    .innerJoin(requests, eq(requests.id, page.requestId))
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .innerJoin(units, eq(units.id, requests.requestingUnitId))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .orderBy(desc(page.at), desc(page.requestId));
  return {
    items: rows.map((row) => ({ ...toWorkItem(ctx, row), latest: { action: row.latestAction, at: row.latestAt } })),
    total: rows[0]?.total ?? 0,
    // Requests with news since the last visit: as many as the events say, counted exactly.
    exact: true,
  };
}
