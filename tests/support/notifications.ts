import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mailOutbox, notifications, requestEvents, requests, users } from "@/db/schema";
import { relationTo, visibleTo } from "@/lib/access/request-access";
import type { Locale, Role } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import type { NotificationDelivery } from "@/lib/notifications/vocabulary";
import { assignHandler } from "@/lib/requests/assign";
import { setNotificationDelivery } from "@/lib/users/set-notification-delivery";
import { setUserActive } from "@/lib/users/set-user-active";
import { loadActor } from "@/lib/users/actor";
import { actorFor, FIXED_NOW, makeUser } from "./factories";
import { userCtx, withManagerScope, type RequestHandle, type SuiteParties } from "./requests";

/**
 * Who is told what, read back from the database: the bell (notifications) and the outbox,
 * and the people of a request with the languages and delivery choices that tests vary.
 */

/** A person with a chosen language and delivery (set through the user's own verb). */
export async function personCtx(
  db: Db,
  role: Role,
  unitCode: string,
  options: { locale?: Locale; delivery?: NotificationDelivery } = {},
): Promise<Ctx> {
  const user = await makeUser(db, { role, unitCode, locale: options.locale ?? "en" });
  const ctx: Ctx = { actor: await actorFor(db, user), db, now: () => FIXED_NOW };
  if (options.delivery) await setNotificationDelivery(ctx, { delivery: options.delivery });
  return ctx;
}

/**
 * The people around a FR-PARIS-MINORS → PH request, and those who must never hear of it.
 * Languages differ within each audience so that every e-mail's language is checked.
 */
export interface Cast extends SuiteParties {
  /** Another magistrate of the requesting unit: not the owner, so never told of its moves. */
  colleague: Ctx;
  /** A manager of the BEPI whose scope includes the requesting unit (a national view). */
  nationalManager: Ctx;
  secondOfficer: Ctx;
  outsiders: { otherUnitMagistrate: Ctx; otherUnitManager: Ctx; otherCountryOfficer: Ctx };
}

export async function makeCast(db: Db): Promise<Cast> {
  // One after the other: the first user seeds the reference data.
  const magistrate = await personCtx(db, "magistrate", "FR-PARIS-MINORS", { locale: "fr" });
  const manager = await personCtx(db, "manager", "FR-PARIS-MINORS", { locale: "fr" });
  const officer = await personCtx(db, "liaison_officer", "PH-DOJ-OOC", { locale: "en" });
  const secondOfficer = await personCtx(db, "liaison_officer", "PH-DOJ-OCSC", { locale: "fr" });
  const requestedManager = await withManagerScope(await personCtx(db, "manager", "PH-DOJ-OOC", { locale: "en" }), { countryCodes: ["PH"] });
  const nationalManager = await withManagerScope(await personCtx(db, "manager", "FR-BEPI", { locale: "en" }), { unitCodes: ["FR-PARIS-MINORS"] });
  return {
    magistrate,
    manager,
    officer,
    requestedManager,
    colleague: await personCtx(db, "magistrate", "FR-PARIS-MINORS", { locale: "fr" }),
    nationalManager,
    secondOfficer,
    outsiders: {
      otherUnitMagistrate: await userCtx(db, "magistrate", "FR-BEPI"),
      otherUnitManager: await userCtx(db, "manager", "FR-BEPI"),
      otherCountryOfficer: await userCtx(db, "liaison_officer", "CO-FGN"),
    },
  };
}

/** Who got a bell notification for this event (kind "move"), by user id, sorted. */
export async function notifiedOf(db: Db, eventId: number): Promise<string[]> {
  const rows = await db
    .select({ userId: notifications.userId, kind: notifications.kind })
    .from(notifications)
    .where(eq(notifications.eventId, eventId));
  for (const row of rows) if (row.kind !== "move") throw new Error(`notification of event ${eventId} of kind ${row.kind}`);
  return rows.map((r) => r.userId).sort();
}

export const idsOf = (people: Ctx[]) => people.map((p) => p.actor.id).sort();

/** The request's latest audit event. */
export async function lastEvent(db: Db, requestId: string) {
  const [event] = await db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).orderBy(desc(requestEvents.seq)).limit(1);
  if (!event) throw new Error(`no event on ${requestId}`);
  return event;
}

/** Where the outbox stands now: `mailSince` reads what was queued after. */
export async function outboxMark(db: Db): Promise<number> {
  const [row] = await db.select({ id: mailOutbox.id }).from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(1);
  return row?.id ?? 0;
}

export async function mailSince(db: Db, mark: number) {
  return db.select().from(mailOutbox).where(gt(mailOutbox.id, mark)).orderBy(asc(mailOutbox.id));
}

/** A person's bell, oldest first. */
export async function bellOf(ctx: Ctx) {
  return ctx.db.select().from(notifications).where(eq(notifications.userId, ctx.actor.id)).orderBy(asc(notifications.id));
}

/** A person's unread notifications. */
export async function unreadOf(ctx: Ctx) {
  return (await bellOf(ctx)).filter((n) => n.readAt === null);
}

/** The requested side's manager gives the request to an officer; advances the handle's version. */
export async function assignTo(manager: Ctx, handle: RequestHandle, officer: Ctx): Promise<void> {
  await assignHandler(manager, { requestId: handle.id, version: handle.version, userId: officer.actor.id });
  handle.version += 1;
}

/** An administrator disables the account (it keeps its requests, but can no longer act). */
export async function disable(person: Ctx): Promise<void> {
  const admin = await userCtx(person.db, "admin");
  await setUserActive(admin, { userId: person.actor.id, active: false });
}

/**
 * The notifications about a request's events whose recipient may not read that event (out of
 * scope, or the other side's internal note): always none.
 */
export async function unreadableNotices(db: Db, requestId: string): Promise<string[]> {
  const rows = await db
    .select({ notice: notifications, event: requestEvents, request: requests, sessionVersion: users.sessionVersion })
    .from(notifications)
    .innerJoin(requestEvents, eq(requestEvents.id, notifications.eventId))
    .innerJoin(requests, eq(requests.id, requestEvents.requestId))
    .innerJoin(users, eq(users.id, notifications.userId))
    // A person disabled since can no longer be asked; the recipient tests check who was told.
    .where(and(eq(requests.id, requestId), eq(users.active, true)));
  const problems: string[] = [];
  for (const { notice, event, request, sessionVersion } of rows) {
    const actor = await loadActor(db, notice.userId, sessionVersion);
    const relation = actor ? relationTo(actor, request) : null;
    if (!relation || !visibleTo(relation).includes(event.visibility)) problems.push(`${event.action} (${event.visibility}) → ${actor?.email ?? notice.userId}`);
  }
  return problems;
}
