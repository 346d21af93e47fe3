import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, deadlineTargets, requestDeadlines } from "@/db/schema";
import { verifyLog } from "@/lib/audit/log";
import { listDeadlineTargets, restoreDeadlineTarget, setDeadlineTarget, targetSubjectId } from "@/lib/deadlines/targets";
import { Forbidden } from "@/lib/errors";
import { getRequest } from "@/lib/requests/get-request";
import { ctxAs } from "../support/factories";
import { requestSuite } from "../support/request-suite";
import { draftRequest, move, waiveMissingItems, type RequestHandle } from "../support/requests";

/**
 * Deadline targets are run by administrators (issue 12): a product target's length changes
 * the open requests' stored deadlines at once and the next requests', audited with its
 * reason; a limit a text fixes cannot be changed, and bad input writes nothing.
 */
const suite = requestSuite();
const REASON = "Décision du comité de direction du 2 mars 2026 : les demandes urgentes sont suivies de plus près.";

async function transmitted(urgency: "normal" | "urgent"): Promise<RequestHandle> {
  const { magistrate, manager } = suite.parties;
  const handle = await draftRequest(magistrate, { fields: { urgency, urgencyReasons: urgency === "urgent" ? "Victims still at risk." : "" } });
  await move(magistrate, handle, "submit");
  await move(manager, handle, "validate");
  await waiveMissingItems(manager, handle);
  await move(magistrate, handle, "transmit");
  return handle;
}

const summaryOf = async (requestId: string) => {
  const [row] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, requestId));
  return { nextDueAt: row?.nextDueAt?.toISOString(), expectedCompletion: row?.expectedCompletion?.toISOString() };
};
const executionClock = async (requestId: string) => {
  const view = await getRequest(suite.parties.magistrate, requestId);
  if (!view.clocks.ok) throw new Error(view.clocks.error);
  return view.clocks.clocks.find((c) => c.kind === "execution")!;
};
const targetLog = () => suite.db.select().from(auditLog).where(eq(auditLog.subjectType, "deadlineTarget")).orderBy(auditLog.id);
const overrides = () => suite.db.select().from(deadlineTargets);

// Transmitted on Monday 2 March (Manila): urgent, 90 days → Sun 31 May → Mon 1 June;
// the acknowledgement's 30 days → Wed 1 April. Cut to 20 days: Sun 22 March → Mon 23 March.
const SHIPPED_URGENT_DUE = "2026-06-01T15:59:59.999Z";
const ACKNOWLEDGEMENT_DUE = "2026-04-01T15:59:59.999Z";
const TWENTY_DAYS_DUE = "2026-03-23T15:59:59.999Z";

describe("changing the execution target of urgent requests", () => {
  it("moves the stored deadlines of the open urgent requests at once, and the next one's, audited with its reason", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const urgent = await transmitted("urgent");
    const normal = await transmitted("normal");
    expect(await summaryOf(urgent.id)).toEqual({ nextDueAt: ACKNOWLEDGEMENT_DUE, expectedCompletion: SHIPPED_URGENT_DUE });
    const normalBefore = await summaryOf(normal.id);

    const change = await setDeadlineTarget(admin, { key: "execution.urgent", days: "20", reason: REASON });
    expect(change.changed).toBe(true);
    expect(change.recomputed).toBeGreaterThanOrEqual(2);

    // The list and the dashboard read the stored summary: it already says 23 March.
    expect(await summaryOf(urgent.id)).toEqual({ nextDueAt: TWENTY_DAYS_DUE, expectedCompletion: TWENTY_DAYS_DUE });
    expect(await executionClock(urgent.id)).toMatchObject({ days: 20, unit: "calendar", source: "target" });
    expect(await summaryOf(normal.id)).toEqual(normalBefore);
    const next = await transmitted("urgent");
    expect(await summaryOf(next.id)).toEqual({ nextDueAt: TWENTY_DAYS_DUE, expectedCompletion: TWENTY_DAYS_DUE });

    const listed = (await listDeadlineTargets(admin)).find((p) => p.key === "execution.urgent");
    expect(listed).toMatchObject({ days: 20, shippedDays: 90, editedByName: admin.actor.name });
    const [entry] = await targetLog();
    expect(entry).toMatchObject({ action: "deadlineTargetChanged", actorId: admin.actor.id, subjectId: targetSubjectId("execution.urgent") });
    expect(entry!.data).toMatchObject({ key: "execution.urgent", reason: REASON, before: 90, after: 20, restored: false });

    // Restored: the override is gone, and the shipped 90 days apply again at once.
    await restoreDeadlineTarget(admin, { key: "execution.urgent", reason: "Retour à la pratique antérieure." });
    expect(await overrides()).toEqual([]);
    expect(await summaryOf(urgent.id)).toEqual({ nextDueAt: ACKNOWLEDGEMENT_DUE, expectedCompletion: SHIPPED_URGENT_DUE });
    const entries = await targetLog();
    expect(entries).toHaveLength(2);
    expect(entries[1]!.subjectId).toBe(entry!.subjectId);
    expect(entries[1]!.data).toMatchObject({ before: 20, after: 90, restored: true, reason: "Retour à la pratique antérieure." });
    expect((await verifyLog(suite.db)).problems).toEqual([]);
  });
});

describe("what cannot be changed", () => {
  it("refuses a limit a text fixes, even from a forged form, and writes nothing", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const logBefore = (await targetLog()).length;
    for (const key of ["execution.eio", "recognition.eio", "acknowledgement.eio", "preservation"]) {
      await expect(setDeadlineTarget(admin, { key, days: "30", reason: REASON })).rejects.toMatchObject({ code: "deadlineFixedByLaw", status: 400 });
      await expect(restoreDeadlineTarget(admin, { key, reason: REASON })).rejects.toMatchObject({ code: "deadlineFixedByLaw" });
    }
    await expect(setDeadlineTarget(admin, { key: "execution.whenever", days: "30", reason: REASON })).rejects.toMatchObject({ status: 404 });
    expect(await overrides()).toEqual([]);
    expect(await targetLog()).toHaveLength(logBefore);
    // EIO art. 12(4) still reads 90 days, whatever was attempted.
    expect((await listDeadlineTargets(admin)).find((p) => p.key === "execution.eio")).toMatchObject({ days: 90, target: null });
  });

  it("refuses zero, a negative, a fraction, an absurd length or no reason, and writes nothing", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const request = await transmitted("urgent");
    const summaryBefore = await summaryOf(request.id);
    const logBefore = (await targetLog()).length;
    const refused: [unknown, string][] = [
      ["0", "targetDaysOutOfRange"],
      ["-5", "targetDaysOutOfRange"],
      ["3651", "targetDaysOutOfRange"],
      ["99999999999999999999", "targetDaysOutOfRange"],
      ["2.5", "targetDaysWholeNumber"],
      [2.5, "targetDaysWholeNumber"],
      ["1e3", "targetDaysWholeNumber"],
      ["thirty", "targetDaysWholeNumber"],
      ["", "required"],
    ];
    for (const [days, key] of refused) {
      await expect(setDeadlineTarget(admin, { key: "execution.urgent", days, reason: REASON }), String(days)).rejects.toMatchObject({ fields: { days: [key] } });
    }
    await expect(setDeadlineTarget(admin, { key: "execution.urgent", days: "20", reason: "   " })).rejects.toMatchObject({ fields: { reason: ["reasonRequired"] } });
    await expect(restoreDeadlineTarget(admin, { key: "execution.urgent", reason: "" })).rejects.toMatchObject({ fields: { reason: ["reasonRequired"] } });

    expect(await overrides()).toEqual([]);
    expect(await targetLog()).toHaveLength(logBefore);
    expect(await summaryOf(request.id)).toEqual(summaryBefore);
    // The database refuses such a row too, whoever writes it.
    await expect(
      suite.db.insert(deadlineTargets).values({ key: "execution.urgent", days: 0, editedAt: new Date(), editedBy: admin.actor.id }),
    ).rejects.toThrow();
  });

  it("is for administrators only", async () => {
    const { magistrate, manager, officer } = suite.parties;
    for (const ctx of [magistrate, manager, officer]) {
      await expect(listDeadlineTargets(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(setDeadlineTarget(ctx, { key: "execution.urgent", days: "20", reason: REASON })).rejects.toBeInstanceOf(Forbidden);
      await expect(restoreDeadlineTarget(ctx, { key: "execution.urgent", reason: REASON })).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await overrides()).toEqual([]);
  });
});
