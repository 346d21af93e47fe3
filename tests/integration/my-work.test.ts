import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { requestDeadlines, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Forbidden } from "@/lib/errors";
import { assignOwner, takeRequest } from "@/lib/requests/assign";
import { addComment } from "@/lib/requests/comment";
import { getRequest } from "@/lib/requests/get-request";
import { COUNT_LIMIT } from "@/lib/requests/list-requests";
import { setManagerScope } from "@/lib/users/manager-scope";
import { setUserActive } from "@/lib/users/set-user-active";
import { WORK_SECTIONS, myWork, type WorkSection } from "@/lib/work/my-work";
import { actorFor, FIXED_NOW, makeUser } from "../support/factories";
import { requestSuite } from "../support/request-suite";
import { advance, draftRequest, requestIn, userCtx, type Parties, type RequestHandle } from "../support/requests";

/** The home page's "my work" (issue 10): each section lists what it says, and only within the reader's scope. */

const suite = requestSuite();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let secondOfficer: Ctx;
let colombianOfficer: Ctx;
let colleague: Ctx;
let bepiMagistrate: Ctx;
let bepiManager: Ctx;
/** A manager of a Philippine unit who also receives every request sent to the Philippines. */
let phManager: Ctx;
let admin: Ctx;

beforeAll(async () => {
  secondOfficer = await userCtx(suite.db, "liaison_officer", "PH-DOJ-OCSC");
  colombianOfficer = await userCtx(suite.db, "liaison_officer", "CO-FGN");
  colleague = await userCtx(suite.db, "magistrate");
  bepiMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  bepiManager = await userCtx(suite.db, "manager", "FR-BEPI");
  admin = await userCtx(suite.db, "admin");
  const user = await makeUser(suite.db, { role: "manager", unitCode: "PH-DOJ-OOC" });
  await setManagerScope(admin, { userId: user.id, countryCodes: ["PH"] });
  phManager = { actor: await actorFor(suite.db, user), db: suite.db, now: () => FIXED_NOW };
});

const at = (ctx: Ctx, now: Date): Ctx => ({ ...ctx, now: () => now });

async function idsIn(ctx: Ctx, section: WorkSection): Promise<string[]> {
  const list = (await myWork(ctx)).sections[section];
  if (!list) throw new Error(`${ctx.actor.email} has no "${section}" section`);
  return list.items.map((item) => item.id);
}

async function setPreviousLogin(ctx: Ctx, previousLoginAt: Date | null): Promise<void> {
  await suite.db.update(users).set({ previousLoginAt }).where(eq(users.id, ctx.actor.id));
}

describe("waiting for my move", () => {
  it("a request transmitted to the Philippines waits for its officers until one of them takes it", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    expect(await idsIn(suite.parties.officer, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(secondOfficer, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(colombianOfficer, "waitingForMe")).not.toContain(handle.id);
    // The ball is on the requested side: not the requesting side's move.
    expect(await idsIn(suite.parties.magistrate, "waitingForMe")).not.toContain(handle.id);
    expect(await idsIn(phManager, "unassigned")).toContain(handle.id);

    await takeRequest(secondOfficer, { requestId: handle.id, version: handle.version });
    expect(await idsIn(secondOfficer, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(suite.parties.officer, "waitingForMe")).not.toContain(handle.id);
    expect(await idsIn(phManager, "unassigned")).not.toContain(handle.id);
  });

  it("an information request is the owner magistrate's move, not a colleague's of the same unit", async () => {
    const handle = await requestIn("information_requested", suite.parties);
    expect(await idsIn(suite.parties.magistrate, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(colleague, "waitingForMe")).not.toContain(handle.id);
    expect(await idsIn(suite.parties.officer, "waitingForMe")).not.toContain(handle.id);

    // A manager gives it to the colleague: the move is theirs now.
    await assignOwner(suite.parties.manager, { requestId: handle.id, version: handle.version, userId: colleague.actor.id });
    expect(await idsIn(colleague, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(suite.parties.magistrate, "waitingForMe")).not.toContain(handle.id);
  });

  it("a disabled owner's move falls to the unit's managers", async () => {
    const leaving = await userCtx(suite.db, "magistrate");
    const handle = await requestIn("information_requested", { ...suite.parties, magistrate: leaving });
    expect(await idsIn(suite.parties.manager, "waitingForMe")).not.toContain(handle.id);
    await setUserActive(admin, { userId: leaving.actor.id, active: false });
    expect(await idsIn(suite.parties.manager, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(bepiManager, "waitingForMe")).not.toContain(handle.id);
  });

  it("soonest deadline first, and a passed deadline is flagged", async () => {
    // Acknowledged, its execution clock runs; merely transmitted, its acknowledgement is due sooner.
    const acknowledged = await requestIn("acknowledged", suite.parties);
    const transmitted = await requestIn("transmitted", suite.parties);
    const ids = await idsIn(suite.parties.officer, "waitingForMe");
    expect(ids.indexOf(transmitted.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(transmitted.id)).toBeLessThan(ids.indexOf(acknowledged.id));

    const items = (await myWork(at(suite.parties.officer, new Date(FIXED_NOW.getTime() + 400 * DAY)))).sections.waitingForMe!.items;
    const dues = items.map((item) => item.nextDueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(items.filter((item) => item.nextDueAt).every((item) => item.overdue)).toBe(true);
    expect((await myWork(suite.parties.officer)).sections.waitingForMe!.items.some((item) => item.overdue)).toBe(false);
  });
});

describe("a manager's sections", () => {
  it("a request in review awaits the validation of its unit's manager only", async () => {
    const handle = await requestIn("in_review", suite.parties);
    expect(await idsIn(suite.parties.manager, "awaitingValidation")).toContain(handle.id);
    expect(await idsIn(suite.parties.manager, "waitingForMe")).toContain(handle.id);
    expect(await idsIn(suite.parties.magistrate, "waitingForMe")).not.toContain(handle.id);
    expect(await idsIn(bepiManager, "awaitingValidation")).not.toContain(handle.id);
    expect(await idsIn(phManager, "awaitingValidation")).not.toContain(handle.id);
  });

  it("a requested-side manager sees their country's unassigned incoming requests, and only those", async () => {
    const toPhilippines = await requestIn("acknowledged", suite.parties);
    const toColombia = await draftRequest(suite.parties.magistrate, { fields: { requestedCountryCode: "CO", legalBasis: "bilateral_convention" } });
    const draft = await requestIn("validated", suite.parties);
    const unassigned = await idsIn(phManager, "unassigned");
    expect(unassigned).toContain(toPhilippines.id);
    expect(unassigned).not.toContain(toColombia.id);
    expect(unassigned).not.toContain(draft.id);
    // Managers who receive nothing have no such section.
    expect((await myWork(suite.parties.manager)).sections.unassigned).toBeUndefined();
    expect((await myWork(bepiManager)).sections.unassigned).toBeUndefined();
  });

  it("overdue in my scope lists the open requests past their next deadline", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const [row] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, handle.id));
    const due = row!.nextDueAt!;
    expect(await idsIn(at(suite.parties.manager, new Date(due.getTime() - HOUR)), "overdue")).not.toContain(handle.id);
    expect(await idsIn(at(suite.parties.manager, new Date(due.getTime() + HOUR)), "overdue")).toContain(handle.id);
    expect(await idsIn(at(bepiManager, new Date(due.getTime() + HOUR)), "overdue")).not.toContain(handle.id);
  });
});

describe("due within 7 days", () => {
  it("lists the requests I am in charge of whose next deadline is within a week", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const [row] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, handle.id));
    const due = row!.nextDueAt!;
    const threeDaysBefore = new Date(due.getTime() - 3 * DAY);
    expect(await idsIn(at(suite.parties.magistrate, threeDaysBefore), "dueSoon")).toContain(handle.id);
    expect(await idsIn(at(suite.parties.manager, threeDaysBefore), "dueSoon")).toContain(handle.id);
    expect(await idsIn(at(colleague, threeDaysBefore), "dueSoon")).not.toContain(handle.id);
    expect(await idsIn(at(suite.parties.magistrate, new Date(due.getTime() - 8 * DAY)), "dueSoon")).not.toContain(handle.id);
    // An officer's due list is what they handle.
    expect(await idsIn(at(suite.parties.officer, threeDaysBefore), "dueSoon")).not.toContain(handle.id);
    await takeRequest(suite.parties.officer, { requestId: handle.id, version: handle.version });
    expect(await idsIn(at(suite.parties.officer, threeDaysBefore), "dueSoon")).toContain(handle.id);
  });
});

describe("new since my last visit", () => {
  const T = FIXED_NOW.getTime();
  let handle: RequestHandle;
  let reader: { requesting: Ctx; requested: Ctx };

  beforeAll(async () => {
    handle = await requestIn("transmitted", suite.parties);
    reader = { requesting: await userCtx(suite.db, "magistrate"), requested: await userCtx(suite.db, "liaison_officer") };
    for (const ctx of Object.values(reader)) await setPreviousLogin(ctx, new Date(T + HOUR));
  });

  const latestFor = async (ctx: Ctx, id: string) =>
    (await myWork(at(ctx, new Date(T + 5 * HOUR)))).sections.newSinceLastVisit!.items.find((item) => item.id === id)?.latest?.action;

  it("a requesting-side internal comment never shows up for the requested side", async () => {
    // Transmitted before their last visit: nothing new for either reader yet.
    expect(await latestFor(reader.requested, handle.id)).toBeUndefined();
    expect(await latestFor(reader.requesting, handle.id)).toBeUndefined();
    await addComment(at(suite.parties.magistrate, new Date(T + 2 * HOUR)), { requestId: handle.id, body: "Internal note.", visibility: "internal" });
    expect(await latestFor(reader.requesting, handle.id)).toBe("commented");
    expect(await latestFor(reader.requested, handle.id)).toBeUndefined();

    await addComment(at(suite.parties.magistrate, new Date(T + 3 * HOUR)), { requestId: handle.id, body: "Shared note.", visibility: "shared" });
    expect(await latestFor(reader.requested, handle.id)).toBe("commented");
  });

  it("a requested-side internal comment never shows up for the requesting side", async () => {
    const other = await requestIn("transmitted", suite.parties);
    await addComment(at(suite.parties.officer, new Date(T + 2 * HOUR)), { requestId: other.id, body: "Our own note.", visibility: "internal" });
    expect(await latestFor(reader.requested, other.id)).toBe("commented");
    expect(await latestFor(reader.requesting, other.id)).toBeUndefined();
  });

  it("without a previous visit it covers the last 7 days, and never my own doings", async () => {
    const fresh = await userCtx(suite.db, "liaison_officer");
    expect(await latestFor(fresh, handle.id)).toBe("commented");
    const work = await myWork(fresh);
    expect(work.firstVisit).toBe(true);
    expect(work.since).toEqual(new Date(T - 7 * DAY));

    const mine = await draftRequest(reader.requesting);
    expect(await latestFor(reader.requesting, mine.id)).toBeUndefined();
    expect(await latestFor(suite.parties.magistrate, mine.id)).toBe("measureAdded");
  });

  it("an event written by a clock behind the last one does not hide the request's news", async () => {
    const request = await requestIn("transmitted", suite.parties);
    const reader = at(await userCtx(suite.db, "liaison_officer"), new Date(T + 5 * HOUR));
    await setPreviousLogin(reader, new Date(T + 2.5 * HOUR));
    await addComment(at(suite.parties.magistrate, new Date(T + 3 * HOUR)), { requestId: request.id, body: "Sent on.", visibility: "shared" });
    await addComment(at(suite.parties.officer, new Date(T + 2 * HOUR)), { requestId: request.id, body: "Late clock.", visibility: "shared" });
    const item = (await myWork(reader)).sections.newSinceLastVisit!.items.find((i) => i.id === request.id);
    expect(item?.latest).toEqual({ action: "commented", at: new Date(T + 3 * HOUR) });
  });

  it("latest first", async () => {
    const first = await requestIn("transmitted", suite.parties);
    const second = await requestIn("transmitted", suite.parties);
    await addComment(at(suite.parties.officer, new Date(T + 4 * HOUR)), { requestId: second.id, body: "Received.", visibility: "shared" });
    await addComment(at(suite.parties.officer, new Date(T + 4.5 * HOUR)), { requestId: first.id, body: "Received too.", visibility: "shared" });
    const ids = (await myWork(at(reader.requesting, new Date(T + 5 * HOUR)))).sections.newSinceLastVisit!.items.map((item) => item.id);
    expect(ids.slice(0, 2)).toEqual([first.id, second.id]);
  });
});

describe("scope", () => {
  it("nothing out of scope ever appears, in any section", async () => {
    const bepi: Parties = { magistrate: bepiMagistrate, manager: bepiManager, officer: suite.parties.officer };
    const bepiRequest = await requestIn("information_requested", bepi);
    const readers = [suite.parties.magistrate, suite.parties.manager, suite.parties.officer, secondOfficer, colombianOfficer, colleague, bepiMagistrate, bepiManager, phManager];
    for (const reader of readers) {
      for (const now of [FIXED_NOW, new Date(FIXED_NOW.getTime() + 400 * DAY)]) {
        const { sections } = await myWork(at(reader, now));
        for (const section of WORK_SECTIONS) {
          for (const item of sections[section]?.items ?? []) {
            // getRequest answers 404 outside the reader's scope.
            await expect(getRequest(reader, item.id), `${reader.actor.email} ${section} ${item.reference}`).resolves.toBeDefined();
          }
        }
      }
    }
    expect((await myWork(colombianOfficer)).sections.newSinceLastVisit!.total).toBe(0);
    const bepiWork = await myWork(bepiMagistrate);
    expect(bepiWork.sections.waitingForMe!.items.map((item) => item.id)).toEqual([bepiRequest.id]);
  });

  it("the requested side sees the requesting unit, in its own language", async () => {
    const item = (await myWork(suite.parties.officer)).sections.waitingForMe!.items[0]!;
    expect(item.requestingUnitName).toBe("Parquet de Paris — section des mineurs");
    expect(item.countryName).toBe("Philippines");
    const own = (await myWork(suite.parties.magistrate)).sections.newSinceLastVisit!.items[0]!;
    expect(own.requestingUnitName).toBeNull();
  });

  it("each line says how urgent its request is, for the side that must act on it", async () => {
    const urgent = await draftRequest(suite.parties.magistrate, { fields: { urgency: "very_urgent", urgencyReasons: "A child is at risk of further abuse." } });
    await advance(urgent, "transmitted", suite.parties);
    const items = (await myWork(suite.parties.officer)).sections.waitingForMe!.items;
    expect(items.find((item) => item.id === urgent.id)?.urgency).toBe("very_urgent");
    expect(items.filter((item) => item.id !== urgent.id).map((item) => item.urgency)).toContain("normal");
  });

  it("an administrator has no work queue: 403", async () => {
    await expect(myWork(admin)).rejects.toBeInstanceOf(Forbidden);
  });
});

// Last in the file: it leaves a thousand requests behind.
describe("a section larger than the list's count", () => {
  it("counts up to COUNT_LIMIT and says there are more, still showing the soonest due first", async () => {
    const template = await requestIn("transmitted", suite.parties);
    const before = (await myWork(phManager)).sections.unassigned!;
    expect(before.exact).toBe(true);
    // COUNT_LIMIT copies of a transmitted, unassigned request, due a day apart from tomorrow.
    await suite.db.execute(sql`
      insert into requests
      select (jsonb_populate_record(null::requests, to_jsonb(r) || jsonb_build_object(
        'id', gen_random_uuid(), 'reference', r.reference || '-' || g,
        'next_due_at', ${new Date(FIXED_NOW.getTime() + DAY).toISOString()}::timestamptz + g * interval '1 day'))).*
      from requests r, generate_series(1, ${COUNT_LIMIT}) g where r.id = ${template.id}`);
    // The last copy made is due before anything else: it must come first, not merely be sorted among the 20.
    const earliest = `${template.reference}-${COUNT_LIMIT}`;
    await suite.db.execute(sql`update requests set next_due_at = ${new Date(FIXED_NOW.getTime() - 30 * DAY).toISOString()}::timestamptz where reference = ${earliest}`);
    const after = (await myWork(phManager)).sections.unassigned!;
    expect(after).toMatchObject({ total: COUNT_LIMIT, exact: false });
    expect(after.items).toHaveLength(20);
    expect(after.items[0]!.reference).toBe(earliest);
    const dues = after.items.map((item) => item.nextDueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // The officers' queue too: every copy waits for them.
    expect((await myWork(suite.parties.officer)).sections.waitingForMe).toMatchObject({ total: COUNT_LIMIT, exact: false });
    // A manager of the sending unit only: none of these is in review.
    expect((await myWork(suite.parties.manager)).sections.awaitingValidation!.exact).toBe(true);
  });
});
