import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { DIGEST_HOUR, sendDigests } from "@/lib/notifications/digest";
import { markNotificationsRead, unreadCount } from "@/lib/notifications/inbox";
import { addComment } from "@/lib/requests/comment";
import { notificationDelivery, setNotificationDelivery } from "@/lib/users/set-notification-delivery";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { digestSubjectStart, moveSentence } from "../support/mail-text";
import { bellOf, mailSince, makeCast, outboxMark, personCtx, unreadOf, type Cast } from "../support/notifications";
import { COMPLETE_FIELDS, move, requestIn, waiveMissingItems } from "../support/requests";

/**
 * How notifications reach people (docs/product.md, "Owners and notifications"): the bell
 * always; an e-mail at once, one daily digest from 08:00 in their own time zone, or none.
 */

let tdb: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  tdb = await createTestDatabase();
  cast = await makeCast(tdb.db);
  // Paris: the owner reads a digest, the unit's manager the bell only, the national manager
  // e-mails at once. Manila: the first officer a digest, the second e-mails at once.
  for (const [person, delivery] of [
    [cast.magistrate, "digest"],
    [cast.manager, "in_app"],
    [cast.nationalManager, "immediate"],
    [cast.officer, "digest"],
    [cast.secondOfficer, "immediate"],
  ] as const) {
    await setNotificationDelivery(person, { delivery });
  }
});
afterAll(() => tdb?.destroy());

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: () => new Date(iso) });
const mailTo = async (mark: number, person: Ctx) => (await mailSince(tdb.db, mark)).filter((m) => m.toAddress === person.actor.email);
const digestSubject = (person: Ctx, count: number) =>
  `${digestSubjectStart(person.actor.locale)}${count} notification${count > 1 ? "s" : ""}`;

describe("each person's choice", () => {
  it("is theirs to set, and an unknown choice is refused", async () => {
    const person = await personCtx(tdb.db, "magistrate", "FR-PARIS-MINORS");
    expect(await notificationDelivery(person)).toBe("immediate");
    await setNotificationDelivery(person, { delivery: "digest" });
    expect(await notificationDelivery(person)).toBe("digest");
    await expect(setNotificationDelivery(person, { delivery: "sms" as "digest" })).rejects.toMatchObject({
      constructor: Invalid,
      fields: { delivery: ["invalidChoice"] },
    });
    expect(await notificationDelivery(person)).toBe("digest");
  });

  it("immediate: the bell and an e-mail at once; digest and in-app: the bell only", async () => {
    const handle = await requestIn("draft", cast);
    const mark = await outboxMark(tdb.db);
    await move(cast.magistrate, handle, "submit"); // → manager (in_app), national manager (immediate)
    await move(cast.manager, handle, "validate"); // → owner (digest)
    await waiveMissingItems(cast.manager, handle);
    await move(cast.magistrate, handle, "transmit"); // → officer (digest), second officer (immediate)

    const bellActions = async (person: Ctx) =>
      (await bellOf(person)).filter((n) => n.requestId === handle.id).map((n) => n.data.action);
    expect(await bellActions(cast.manager)).toEqual(["submit"]);
    expect(await bellActions(cast.nationalManager)).toEqual(["submit"]);
    expect(await bellActions(cast.magistrate)).toEqual(["validate"]);
    expect(await bellActions(cast.officer)).toEqual(["transmit"]);
    expect(await bellActions(cast.secondOfficer)).toEqual(["transmit"]);
    expect(await unreadCount(cast.officer)).toBeGreaterThanOrEqual(1);

    const mail = await mailSince(tdb.db, mark);
    expect(mail.map((m) => m.toAddress).sort()).toEqual([cast.nationalManager.actor.email, cast.secondOfficer.actor.email].sort());
  });
});

describe("the daily digest", () => {
  it("goes out from 08:00 where each person works, once a day, listing what they have not read, and the next day only what came since", async () => {
    // Everyone starts with nothing unread (the tests above told some of them things).
    for (const person of [cast.magistrate, cast.officer]) await markNotificationsRead(person, { all: true });

    // Monday 2 March, 10:00 in Paris: a request is sent to the Philippines, with two shared comments.
    const handle = await requestIn("validated", cast);
    await waiveMissingItems(cast.manager, handle);
    await markNotificationsRead(cast.magistrate, { all: true });
    await move(cast.magistrate, handle, "transmit");
    await addComment(cast.magistrate, { requestId: handle.id, body: "Les pièces suivent.", visibility: "shared" });
    await addComment(cast.magistrate, { requestId: handle.id, body: "Merci de confirmer.", visibility: "shared" });
    await move(cast.officer, handle, "acknowledge");
    // The officer read the first comment in the app: it is not mailed.
    const readIt = (await unreadOf(cast.officer)).find((n) => n.data.action === "commented")!;
    await markNotificationsRead(cast.officer, { id: readIt.id });

    const mark = await outboxMark(tdb.db);
    // Tuesday 06:30 UTC: 14:30 in Manila, 07:30 in Paris. The officer's digest goes; the owner's waits.
    expect(await sendDigests(tdb.db, new Date("2026-03-03T06:30:00Z"), { appUrl: "https://mla.example" })).toEqual({ mailed: 1 });
    expect(await mailTo(mark, cast.magistrate)).toEqual([]);
    const [officerDigest, ...more] = await mailTo(mark, cast.officer);
    expect(more).toEqual([]);
    expect((await unreadOf(cast.officer)).map((n) => n.data.action)).toEqual(["transmit", "commented"]);
    expect(officerDigest).toMatchObject({ locale: "en", subject: digestSubject(cast.officer, 2) });
    expect(officerDigest!.body).toContain(moveSentence("en", "transmit", handle.reference, cast.magistrate.actor.name));
    // The comment read in the app is not listed: the sentence appears once, for the unread one.
    expect(officerDigest!.body.split(moveSentence("en", "commented", handle.reference, cast.magistrate.actor.name))).toHaveLength(2);
    expect(officerDigest!.body).toContain(`https://mla.example/requests/${handle.id}`);
    expect(officerDigest!.body).not.toContain(COMPLETE_FIELDS.summaryOfFacts);
    expect(officerDigest!.body).not.toContain("Merci de confirmer");

    // 08:05 in Paris, three instances of the job at once: the owner's digest goes out once.
    const eight = new Date(`2026-03-03T0${DIGEST_HOUR - 1}:05:00Z`);
    const runs = await Promise.all([sendDigests(tdb.db, eight), sendDigests(tdb.db, eight), sendDigests(tdb.db, eight)]);
    expect(runs.reduce((sum, r) => sum + r.mailed, 0)).toBe(1);
    const ownerDigests = await mailTo(mark, cast.magistrate);
    expect(ownerDigests).toHaveLength(1);
    expect(ownerDigests[0]).toMatchObject({ locale: "fr", subject: digestSubject(cast.magistrate, 1) });
    expect(ownerDigests[0]!.body).toContain(moveSentence("fr", "acknowledge", handle.reference, cast.officer.actor.name));

    // Later the same day: nothing more, for anyone. The in-app manager never gets an e-mail.
    const afternoon = await outboxMark(tdb.db);
    expect(await sendDigests(tdb.db, new Date("2026-03-03T15:00:00Z"))).toEqual({ mailed: 0 });
    expect(await mailSince(tdb.db, afternoon)).toEqual([]);
    expect(await mailTo(0, cast.manager)).toEqual([]);

    // Tuesday 17:00 in Paris: the officer asks a question.
    await move(at(cast.officer, "2026-03-03T16:00:00Z"), handle, "requestInformation");
    const evening = await outboxMark(tdb.db);
    // Wednesday 07:00 in Paris: not yet.
    expect(await sendDigests(tdb.db, new Date("2026-03-04T06:00:00Z"))).toEqual({ mailed: 0 });
    // 08:30: the question only, not Monday's acknowledgement again (still unread in the app).
    expect(await sendDigests(tdb.db, new Date("2026-03-04T07:30:00Z"))).toEqual({ mailed: 1 });
    const [digest, ...others] = await mailTo(evening, cast.magistrate);
    expect(others).toEqual([]);
    expect(digest).toMatchObject({ subject: digestSubject(cast.magistrate, 1) });
    expect(digest!.body).toContain(moveSentence("fr", "requestInformation", handle.reference, cast.officer.actor.name));
    expect(digest!.body).not.toContain(moveSentence("fr", "acknowledge", handle.reference, cast.officer.actor.name));
    expect(await mailSince(tdb.db, evening)).toHaveLength(1);
  });

  it("nothing unread, nothing mailed; in-app people are never mailed, whatever the hour", async () => {
    const handle = await requestIn("in_review", cast); // → the in-app manager's bell
    for (const person of [cast.magistrate, cast.officer]) await markNotificationsRead(person, { all: true });
    const mark = await outboxMark(tdb.db);
    for (const iso of ["2026-03-05T07:30:00Z", "2026-03-05T12:00:00Z", "2026-03-06T09:00:00Z"]) await sendDigests(tdb.db, new Date(iso));
    expect(await mailSince(tdb.db, mark)).toEqual([]);
    expect((await unreadOf(cast.manager)).some((n) => n.requestId === handle.id)).toBe(true);
  });

  // Exactly once per event and recipient, by e-mail too: a notification mailed at once must
  // not come again in the first digest of someone who has since chosen the digest.
  it("what was already e-mailed at once is not mailed again after switching to the digest", async () => {
    const switcher = await personCtx(tdb.db, "liaison_officer", "PH-DOJ-OOC");
    const handle = await requestIn("validated", cast);
    await waiveMissingItems(cast.manager, handle);
    const mark = await outboxMark(tdb.db);
    await move(cast.magistrate, handle, "transmit");
    expect(await mailTo(mark, switcher)).toHaveLength(1);
    await setNotificationDelivery(switcher, { delivery: "digest" });
    await sendDigests(tdb.db, new Date("2026-03-07T03:00:00Z")); // 11:00 in Manila
    expect(await mailTo(mark, switcher)).toHaveLength(1);
  });
});
