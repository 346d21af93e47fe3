import { assertCan } from "@/lib/access/policy";
import { actorSides } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import {
  awaitingValidationCondition, dueSoonCondition, overdueCondition, unassignedCondition, waitingForActorCondition,
} from "./conditions";
import { workList, type WorkList } from "./items";
import { lastVisit, newSince } from "./new-since";

/** The home page's sections, in the order shown: the ball in my court first. */
export const WORK_SECTIONS = ["waitingForMe", "newSinceLastVisit", "dueSoon", "awaitingValidation", "overdue", "unassigned"] as const;
export type WorkSection = (typeof WORK_SECTIONS)[number];

/** The request list's filters that show the whole of a section, where the list can express it. */
export const SECTION_LIST_FILTERS: Partial<Record<WorkSection, Record<string, string>>> = {
  awaitingValidation: { status: "in_review", direction: "outgoing" },
  overdue: { due: "overdue", stage: "open" },
};

export interface MyWork {
  /** The sections that apply to the actor; a manager's depend on the sides they oversee. */
  sections: Partial<Record<WorkSection, WorkList>>;
  /** Where "new since my last visit" starts, and whether it is a first visit (the last 7 days then). */
  since: Date;
  firstVisit: boolean;
}

/**
 * Everything waiting on the actor, each list bounded and read within their scope
 * (docs/product.md, "Owners and notifications"). Administrators see no case content: 403.
 */
export async function myWork(ctx: Ctx): Promise<MyWork> {
  assertCan(ctx.actor, "requests.list");
  const { actor } = ctx;
  const now = ctx.now();
  const sides = actorSides(actor);
  const manager = actor.role === "manager";
  const { since, firstVisit } = await lastVisit(ctx);
  const none = Promise.resolve(undefined);
  const [waitingForMe, newSinceLastVisit, dueSoon, awaitingValidation, overdue, unassigned] = await Promise.all([
    workList(ctx, waitingForActorCondition(actor)),
    newSince(ctx, since),
    workList(ctx, dueSoonCondition(actor, now)),
    manager && sides.requesting ? workList(ctx, awaitingValidationCondition(actor)) : none,
    manager ? workList(ctx, overdueCondition(now)) : none,
    manager && sides.requested ? workList(ctx, unassignedCondition(actor)) : none,
  ]);
  return { sections: { waitingForMe, newSinceLastVisit, dueSoon, awaitingValidation, overdue, unassigned }, since, firstVisit };
}
