import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reminders, requests } from "@/db/schema";
import { notify } from "@/lib/notifications/notify";
import { recipientsOf, type Audience } from "@/lib/notifications/recipients";
import type { Clock } from "./compute";
import { openRequestIds, refreshDeadlines, waitForWriters } from "./refresh";
import { thresholdsReached } from "./reminders";

export interface ScanReport {
  requests: number;
  reminders: number;
  notComputable: number;
}

/**
 * The deadline job: recomputes the clocks of every open request, records the reminders and
 * escalations now due, and notifies — each reminder once, however many instances run the
 * job or how often (the reminders table's unique index decides who records it).
 */
export async function scanDeadlines(db: Db, now: Date, options: { appUrl: string; pageSize?: number }): Promise<ScanReport> {
  const report: ScanReport = { requests: 0, reminders: 0, notComputable: 0 };
  for await (const ids of openRequestIds(db, options.pageSize ?? 500)) {
    await db.transaction(async (tx) => {
      await waitForWriters(tx, ids);
      const results = await refreshDeadlines(tx, ids, now);
      const meta = new Map(
        (
          await tx
            .select({
              id: requests.id,
              reference: requests.reference,
              requestingUnitId: requests.requestingUnitId,
              requestedCountryCode: requests.requestedCountryCode,
              ownerId: requests.ownerId,
              assigneeId: requests.assigneeId,
            })
            .from(requests)
            .where(inArray(requests.id, ids))
        ).map((r) => [r.id, r]),
      );
      for (const [requestId, result] of results) {
        report.requests++;
        if (!result.ok) {
          report.notComputable++;
          continue;
        }
        const request = meta.get(requestId)!;
        for (const clock of result.clocks) {
          const reached = thresholdsReached(clock, now);
          if (reached.includes("breach")) reached.push("escalation");
          if (reached.length === 0) continue;
          const recorded = await tx
            .insert(reminders)
            .values(
              reached.map((threshold) => ({
                requestId,
                clock: clock.kind,
                clockStartedAt: clock.startedAt,
                threshold,
                dueAt: clock.dueAt,
                // Each measure's clock is reminded of on its own, though they start together.
                subject: clock.measure?.id ?? "",
                createdAt: now,
              })),
            )
            .onConflictDoNothing()
            .returning({ threshold: reminders.threshold });
          report.reminders += recorded.length;
          // Several thresholds recorded at once (a clock seen late): tell only the most advanced.
          const fresh = new Set(recorded.map((r) => r.threshold));
          const latest = reached.filter((t) => t !== "escalation" && fresh.has(t)).at(-1);
          for (const threshold of [latest, fresh.has("escalation") ? "escalation" : undefined]) {
            if (!threshold) continue;
            const notice = {
              requestId,
              reference: request.reference,
              clock: clock.kind,
              threshold,
              dueAt: clock.dueAt,
              timeZone: clock.timeZone,
              ...(threshold.startsWith("breach+") && clock.daysLeft !== null
                ? { late: { days: -clock.daysLeft, working: clock.unit === "working" } }
                : {}),
            };
            const kind = threshold === "escalation" ? "escalation" : "reminder";
            for (const audience of audiencesOf(clock, threshold)) {
              await notify(tx, await recipientsOf(tx, request, audience), { ...notice, kind }, now, options.appUrl);
            }
          }
        }
      }
    });
  }
  return report;
}

/**
 * Reminders go to whoever holds the ball on the clock's side (a review: the managers); an
 * escalation to the managers of the requesting unit, and for the requested side's clocks
 * to the managers receiving for that country too.
 */
function audiencesOf(clock: Clock, threshold: string): Audience[] {
  if (threshold === "escalation") return clock.side === "requested" ? ["requestingManagers", "requestedManagers"] : ["requestingManagers"];
  if (clock.kind === "review") return ["requestingManagers"];
  return [clock.side === "requesting" ? "owner" : "requestedHandler"];
}
