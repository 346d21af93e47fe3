import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { INBOX_LIMIT, markNotificationsRead, notificationInbox } from "@/lib/notifications/inbox";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { actorFor, FIXED_NOW, makeUser } from "../support/factories";

/** The notifications page for someone with months of notifications: nothing waiting is out of reach. */

let tdb: TestDatabase;
let reader: Ctx;
let other: Ctx;
const MINUTE = 60_000;

/** `count` reminders for `ctx`, one a minute up to `before` minutes before FIXED_NOW (the last the newest), the first `read` of them read. */
async function remind(ctx: Ctx, count: number, read: number, before = 0) {
  await tdb.db.insert(notifications).values(
    Array.from({ length: count }, (_, i) => ({
      userId: ctx.actor.id,
      kind: "reminder",
      data: { reference: `MLA-2026-FR-PH-${String(i).padStart(4, "0")}`, clock: "execution", threshold: "due", dueAt: FIXED_NOW.toISOString(), timeZone: "Asia/Manila" },
      createdAt: new Date(FIXED_NOW.getTime() - (before + count - i) * MINUTE),
      readAt: i < read ? FIXED_NOW : null,
      digestedAt: FIXED_NOW,
    })),
  );
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  const as = async (role: "magistrate" | "liaison_officer") => ({ actor: await actorFor(tdb.db, await makeUser(tdb.db, { role })), db: tdb.db, now: () => FIXED_NOW });
  reader = await as("magistrate");
  other = await as("liaison_officer");
  // 130 notifications: the 20 oldest unread, the next 100 read, the 10 newest unread.
  await remind(reader, 20, 0, 110);
  await remind(reader, 110, 100);
  await remind(other, 3, 0);
});
afterAll(() => tdb?.destroy());

describe("the notifications page", () => {
  it("shows the latest, says that older ones lie beyond, and counts every unread one", async () => {
    const inbox = await notificationInbox(reader);
    expect(inbox.items).toHaveLength(INBOX_LIMIT);
    expect(inbox.more).toBe(true);
    expect(inbox.unread).toBe(30);
    const times = inbox.items.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The 20 oldest unread are past the latest hundred…
    expect(inbox.items.filter((n) => !n.read)).toHaveLength(10);
  });

  it("the unread ones alone, the oldest waiting among them, and only the reader's", async () => {
    const inbox = await notificationInbox(reader, { unreadOnly: true });
    // …and within reach here.
    expect(inbox.items).toHaveLength(30);
    expect(inbox.items.every((n) => !n.read)).toBe(true);
    expect(inbox.more).toBe(false);
    expect(inbox.items.map((n) => n.text)).not.toContain(undefined);
    expect((await notificationInbox(other, { unreadOnly: true })).items).toHaveLength(3);

    await markNotificationsRead(reader, { all: true });
    const after = await notificationInbox(reader, { unreadOnly: true });
    expect(after).toMatchObject({ items: [], more: false, unread: 0 });
    expect((await notificationInbox(other)).unread).toBe(3);
  });
});
