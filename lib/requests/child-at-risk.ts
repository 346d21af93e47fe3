import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestPersons } from "@/db/schema";
import { Invalid } from "@/lib/errors";
import type { Urgency } from "./vocabulary";

/**
 * A child at risk (a child in danger now, not only a victim of past acts) makes the request
 * urgent, and it stays so while the child is named on it: adding such a child raises a
 * normal request to "urgent" (a "very urgent" one stays), and a draft naming one cannot be
 * set back to "normal". The drafter still gives the reasons for the urgency (the review's
 * guard asks for them); the letter and the request page say a child is at risk, to both sides.
 */

/** The urgency a request takes when a child at risk is added to it. */
export function urgencyWithChildAtRisk(current: Urgency): Urgency {
  return current === "normal" ? "urgent" : current;
}

export async function namesChildAtRisk(tx: Db, requestId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: requestPersons.id })
    .from(requestPersons)
    .where(and(eq(requestPersons.requestId, requestId), eq(requestPersons.childAtRisk, true)))
    .limit(1);
  return Boolean(row);
}

/** Refuses a normal urgency for a request that names a child at risk. */
export async function assertUrgencyFitsChildren(tx: Db, requestId: string, urgency: Urgency): Promise<void> {
  if (urgency === "normal" && (await namesChildAtRisk(tx, requestId))) throw new Invalid("invalid", { urgency: ["childAtRiskUrgent"] });
}
