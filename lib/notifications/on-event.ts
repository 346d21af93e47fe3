import type { Db } from "@/db/client";
import type { Actor } from "@/lib/access/actor";
import { sideOf, type Relation } from "@/lib/access/request-access";
import type { NewEvent } from "@/lib/audit/append";
import { notify } from "./notify";
import { commentAudience, EVENT_AUDIENCE, recipientsOf, type Audience, type RequestParties } from "./recipients";

/** A measure's progress is not a hand-over; its result (or that it cannot be done) is. */
const SETTLED_MEASURE = ["returned", "not_executable"];

/**
 * Notifies whoever now holds the ball after an event of a request, in the event's own
 * transaction: the notification exists exactly when the event does.
 */
export async function notifyEvent(
  tx: Db,
  request: RequestParties & { id: string; reference: string },
  event: NewEvent & { id: number },
  by: { actor: Actor; relation: Relation },
  now: Date,
): Promise<void> {
  const audience = audienceOf(event, by.relation);
  if (!audience) return;
  const recipients = await recipientsOf(tx, request, audience, by.actor.id);
  const measureStatus = event.action === "measureReported" ? String(event.data?.status ?? "") : undefined;
  await notify(
    tx,
    recipients,
    { kind: "move", requestId: request.id, reference: request.reference, action: event.action, actorName: by.actor.name, measureStatus, eventId: event.id },
    now,
  );
}

function audienceOf(event: NewEvent, relation: Relation): Audience | undefined {
  if (event.action === "commented") return event.visibility === "shared" ? commentAudience(sideOf(relation)) : undefined;
  if (event.action === "measureReported" && !SETTLED_MEASURE.includes(String(event.data?.status))) return undefined;
  return EVENT_AUDIENCE[event.action];
}
