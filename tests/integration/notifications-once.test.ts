import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, requests } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { recipientsOf } from "@/lib/notifications/recipients";
import { addComment } from "@/lib/requests/comment";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW } from "../support/factories";
import { assignTo, idsOf, mailSince, makeCast, notifiedOf, outboxMark, type Cast } from "../support/notifications";
import { eventsOf, MOVE_DETAILS, requestIn, storedRequest, type RequestHandle } from "../support/requests";

/**
 * Exactly once per event and recipient, whatever the number of writers (docs/product.md,
 * "Owners and notifications"): the notification is written in the event's own transaction,
 * and a unique index on (event, user) refuses a second one.
 */

let tdb: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  tdb = await createTestDatabase();
  cast = await makeCast(tdb.db);
});
afterAll(() => tdb?.destroy());

const attempt = (ctx: Ctx, handle: RequestHandle, transition: TransitionInput["transition"]) => () =>
  transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition });

async function noticesOn(requestId: string) {
  return tdb.db.select().from(notifications).where(eq(notifications.requestId, requestId));
}

/** Runs the moves at once; exactly one wins, the others are told the request changed (409) and leave no trace. */
async function race(handle: RequestHandle, moves: { who: Ctx; transition: TransitionInput["transition"] }[]) {
  const before = await eventsOf(tdb.db, handle.id);
  const noticesBefore = await noticesOn(handle.id);
  const mark = await outboxMark(tdb.db);
  const results = await Promise.allSettled(moves.map(({ who, transition }) => attempt(who, handle, transition)()));
  const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [moves[i]!] : []));
  expect(winners).toHaveLength(1);
  for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ constructor: Conflict, code: "stale" });
  const events = await eventsOf(tdb.db, handle.id);
  expect(events).toHaveLength(before.length + 1);
  const event = events.at(-1)!;
  expect(event).toMatchObject({ action: winners[0]!.transition, actorId: winners[0]!.who.actor.id });
  // Every new notification is about the winning event.
  const fresh = (await noticesOn(handle.id)).filter((n) => !noticesBefore.some((b) => b.id === n.id));
  expect(fresh.every((n) => n.eventId === event.id)).toBe(true);
  return { winner: winners[0]!, event, fresh, mail: await mailSince(tdb.db, mark) };
}

describe("concurrent writers", () => {
  it("three managers decide on one review at once: one decision, its notices only, once each", async () => {
    const handle = await requestIn("in_review", cast);
    const { fresh, mail } = await race(handle, [
      { who: cast.manager, transition: "validate" },
      { who: cast.nationalManager, transition: "validate" },
      { who: cast.manager, transition: "returnToDraft" },
    ]);
    // Validated or returned, the owner is told once, by one e-mail.
    expect(fresh.map((n) => n.userId)).toEqual([cast.magistrate.actor.id]);
    expect(mail.map((m) => m.toAddress)).toEqual([cast.magistrate.actor.email]);
  });

  it("the requested side answers while the requesting side withdraws: the notices of the move that stood, and no other", async () => {
    const handle = await requestIn("transmitted", cast);
    await assignTo(cast.requestedManager, handle, cast.officer);
    const { winner, fresh, mail } = await race(handle, [
      { who: cast.officer, transition: "acknowledge" },
      { who: cast.officer, transition: "refuse" },
      { who: cast.officer, transition: "requestInformation" },
      { who: cast.magistrate, transition: "withdraw" },
    ]);
    const expected = winner.transition === "withdraw" ? [] : [cast.magistrate];
    expect(fresh.map((n) => n.userId).sort()).toEqual(idsOf(expected));
    expect(mail.map((m) => m.toAddress)).toEqual(expected.map((p) => p.actor.email));
    expect((await storedRequest(tdb.db, handle.id)).version).toBe(handle.version + 1);
  });

  it("comments written at once: each tells the person in charge once", async () => {
    const handle = await requestIn("acknowledged", cast);
    await assignTo(cast.requestedManager, handle, cast.officer);
    const before = (await noticesOn(handle.id)).length;
    const mark = await outboxMark(tdb.db);
    const authors = [cast.magistrate, cast.manager, cast.nationalManager, cast.magistrate, cast.manager];
    await Promise.all(authors.map((author, i) => addComment(author, { requestId: handle.id, body: `Relance ${i}`, visibility: "shared" })));
    const comments = (await eventsOf(tdb.db, handle.id)).filter((e) => e.action === "commented");
    expect(comments).toHaveLength(authors.length);
    for (const event of comments) expect(await notifiedOf(tdb.db, event.id)).toEqual(idsOf([cast.officer]));
    expect(await noticesOn(handle.id)).toHaveLength(before + authors.length);
    const mail = await mailSince(tdb.db, mark);
    expect(mail.map((m) => m.toAddress)).toEqual(authors.map(() => cast.officer.actor.email));
  });
});

describe("a second notice of the same event", () => {
  it("told again (a retried job, a replayed event), nobody gets a second notification or e-mail", async () => {
    const handle = await requestIn("transmitted", cast);
    const transmit = (await eventsOf(tdb.db, handle.id)).find((e) => e.action === "transmit")!;
    const [request] = await tdb.db.select().from(requests).where(eq(requests.id, handle.id));
    const recipients = await recipientsOf(tdb.db, request!, "requestedHandler", cast.magistrate.actor.id);
    expect(idsOf([cast.officer, cast.secondOfficer])).toEqual(recipients.map((r) => r.id).sort());
    const notice = {
      kind: "move" as const, requestId: handle.id, reference: handle.reference, action: "transmit" as const,
      actorName: cast.magistrate.actor.name, eventId: transmit.id,
    };
    const mark = await outboxMark(tdb.db);

    await Promise.all([1, 2, 3].map(() => tdb.db.transaction((tx) => notify(tx, recipients, notice, FIXED_NOW))));

    expect(await notifiedOf(tdb.db, transmit.id)).toEqual(idsOf([cast.officer, cast.secondOfficer]));
    expect(await mailSince(tdb.db, mark)).toEqual([]);
  });

  it("the database itself refuses a second row for one event and one person", async () => {
    const handle = await requestIn("transmitted", cast);
    const transmit = (await eventsOf(tdb.db, handle.id)).find((e) => e.action === "transmit")!;
    const row = (userId: string) => ({ userId, requestId: handle.id, kind: "move", data: {}, eventId: transmit.id, createdAt: FIXED_NOW });
    // The same row for someone not yet told of it is accepted: only the pair is unique.
    await tdb.db.insert(notifications).values(row(cast.colleague.actor.id));
    const error = await tdb.db.insert(notifications).values(row(cast.officer.actor.id)).then(() => null, (e: unknown) => e);
    expect(`${(error as Error)?.message} ${(error as { cause?: Error })?.cause?.message}`).toMatch(/duplicate key|notifications_once_idx/);
    const rows = await tdb.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.eventId, transmit.id), inArray(notifications.userId, [cast.officer.actor.id, cast.colleague.actor.id])));
    expect(rows).toHaveLength(2);
  });
});
