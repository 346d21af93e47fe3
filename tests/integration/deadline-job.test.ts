import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, notifications, reminders, requestDeadlines } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { scanDeadlines } from "@/lib/deadlines/scan";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure } from "@/lib/requests/draft-parts";
import { transitionRequest } from "@/lib/requests/transition-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { actorFor, makeUser } from "../support/factories";
import { waiveMissingItems } from "../support/requests";
import { startSmtpServer } from "../support/smtp";

let tdb: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let requestId: string;
let reference: string;
let officer: Actor;
let manager: Actor;
/** The e-mails of the moves before the scan (the submission, validation and transmission). */
let mailedBeforeScan: number;

const at = (iso: string) => new Date(iso);
const appUrl = "https://mla.example";
const from = "MLA Tracker <no-reply@mla.example>";

beforeAll(async () => {
  tdb = await createTestDatabase();
  smtp = await startSmtpServer();
  const magistrate = await actorFor(tdb.db, await makeUser(tdb.db, { role: "magistrate", locale: "fr" }));
  manager = await actorFor(tdb.db, await makeUser(tdb.db, { role: "manager", locale: "fr" }));
  officer = await actorFor(tdb.db, await makeUser(tdb.db, { role: "liaison_officer", locale: "en" }));
  const as = (actor: Actor, iso: string) => ({ actor, db: tdb.db, now: () => at(iso) });

  // Sent to the Philippines on Tuesday 6 January 2026 and never acknowledged: the 30-day
  // acknowledgement falls due on Thursday 5 February (Manila) and is breached after.
  const kase = await createCase(as(magistrate, "2026-01-05T09:00:00Z"), { reference: "P-JOB-1", title: "Job test", offences: "art. 222-23" });
  const created = await createRequest(as(magistrate, "2026-01-05T09:00:00Z"), {
    caseId: kase.id, requestedCountryCode: "PH", requestedAuthority: "DOJ Office of Cybercrime", legalBasis: "reciprocity",
    channel: "central_authority", summaryOfFacts: "Facts.", offencesAndPenalties: "Art. 222-23.", contactPoint: "Contact.",
  });
  requestId = created.id;
  reference = created.reference;
  await addMeasure(as(magistrate, "2026-01-05T09:10:00Z"), { requestId, version: 1, type: "money_transfer_records", description: "Transfers 2023–2025." });
  await transitionRequest(as(magistrate, "2026-01-05T10:00:00Z"), { requestId, version: 2, transition: "submit" });
  await transitionRequest(as(manager, "2026-01-06T08:00:00Z"), { requestId, version: 3, transition: "validate" });
  // The manager settles the checklist (what was sent outside the application) before it goes.
  const handle = { id: requestId, reference, version: 4, measureIds: [] };
  await waiveMissingItems(as(manager, "2026-01-06T08:30:00Z"), handle);
  await transitionRequest(as(magistrate, "2026-01-06T09:00:00Z"), { requestId, version: handle.version, transition: "transmit", channel: "central_authority", transmittedOn: "2026-01-06" });
  // Each move told the person who then held the ball (notifications-moves.test.ts): those
  // e-mails go out now, so that what follows is the scan's alone.
  expect(await deliverPendingMail(tdb.db, smtp.transport, { from, now: at("2026-01-06T09:00:00Z") })).toEqual({ sent: 3, failed: 0 });
  mailedBeforeScan = smtp.received.length;
});

afterAll(async () => {
  await smtp?.close();
  await tdb?.destroy();
});

// 10 March: 33 days after the due date — breached, one 30-day repeat, escalation.
const scanTime = at("2026-03-10T08:00:00Z");

describe("the deadline job", () => {
  it("records each reminder once, however often and however concurrently it runs", async () => {
    const [first, second] = await Promise.all([
      scanDeadlines(tdb.db, scanTime, { appUrl }),
      scanDeadlines(tdb.db, scanTime, { appUrl }),
    ]);
    const third = await scanDeadlines(tdb.db, scanTime, { appUrl });
    expect(first.reminders + second.reminders).toBe(6);
    expect(third.reminders).toBe(0);

    const rows = await tdb.db.select().from(reminders).where(eq(reminders.requestId, requestId));
    expect(rows.map((r) => `${r.clock}:${r.threshold}`).sort()).toEqual(
      ["50", "80", "due", "breach", "breach+30", "escalation"].map((t) => `acknowledgement:${t}`).sort(),
    );
    expect(rows[0]?.dueAt.toISOString()).toBe("2026-02-05T15:59:59.999Z");

    // Seen late, the clock is told once at its most advanced threshold, plus the escalation
    // (besides the moves that handed them the ball: the transmission, the submission).
    const notesOf = async (actor: Actor) =>
      (await tdb.db.select().from(notifications).where(eq(notifications.userId, actor.id)).orderBy(notifications.id)).map((n) =>
        n.kind === "move" ? [n.kind, n.data.action] : [n.kind, n.data.threshold],
      );
    expect(await notesOf(officer)).toEqual([["move", "transmit"], ["reminder", "breach+30"]]);
    expect(await notesOf(manager)).toEqual([["move", "submit"], ["escalation", "escalation"]]);

    const [summary] = await tdb.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, requestId));
    expect(summary?.nextDueAt?.toISOString()).toBe("2026-02-05T15:59:59.999Z");
    expect(summary?.error).toBeNull();
  });

  it("sends each e-mail once, in the recipient's language, to a real SMTP server", async () => {
    const sentFirst = await deliverPendingMail(tdb.db, smtp.transport, { from, now: scanTime });
    const sentAgain = await deliverPendingMail(tdb.db, smtp.transport, { from, now: scanTime });
    expect(sentFirst).toEqual({ sent: 2, failed: 0 });
    expect(sentAgain).toEqual({ sent: 0, failed: 0 });
    const scanMail = smtp.received.slice(mailedBeforeScan);
    expect(scanMail.map((m) => m.to).sort()).toEqual([manager.email, officer.email].sort());

    const toOfficer = scanMail.find((m) => m.to === officer.email)!.text;
    expect(toOfficer).toContain(`Subject: [MLA Tracker] ${reference}: acknowledgement of receipt`);
    // Seen 33 days late (5 February to 10 March, Manila), it says so, as the request page
    // counts it — not the 30 of the threshold it reached.
    expect(toOfficer).toMatch(/acknowledgement of receipt is 33 days overdue \(due February 5, 2026\)/);
    expect(toOfficer).toContain(`${appUrl}/requests/${requestId}`);

    const toManager = scanMail.find((m) => m.to === manager.email)!.text;
    expect(toManager).toContain(`Alerte — demande ${reference} — accusé de réception : délai dépassé (échéance le 5 février 2026).`);
  });

  it("retries a refused send later instead of losing it", async () => {
    // 12 April: the acknowledgement is 66 days late (its 60-day repeat), and half the execution time has passed.
    const later = at("2026-04-12T08:00:00Z");
    await scanDeadlines(tdb.db, later, { appUrl });
    smtp.refuseNext(1);
    const before = smtp.received.length;
    expect(await deliverPendingMail(tdb.db, smtp.transport, { from, now: later })).toEqual({ sent: 1, failed: 1 });
    const [pending] = await tdb.db.select().from(mailOutbox).where(eq(mailOutbox.status, "pending"));
    expect(pending).toMatchObject({ attempts: 1, toAddress: officer.email });
    expect(pending?.lastError).toMatch(/busy/);
    // Not before its retry time…
    expect(await deliverPendingMail(tdb.db, smtp.transport, { from, now: later })).toEqual({ sent: 0, failed: 0 });
    // …and sent once it comes.
    const retryTime = new Date(later.getTime() + 60_000);
    expect(await deliverPendingMail(tdb.db, smtp.transport, { from, now: retryTime })).toEqual({ sent: 1, failed: 0 });
    const texts = smtp.received.slice(before).map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes("acknowledgement of receipt is 66 days overdue (due February 5, 2026)"))).toBe(true);
    expect(texts.some((t) => t.includes("half of the time for execution has passed"))).toBe(true);
  });
});
