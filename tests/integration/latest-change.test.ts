import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { assignHandler, assignOwner } from "@/lib/requests/assign";
import { addComment } from "@/lib/requests/comment";
import { addMeasure } from "@/lib/requests/draft-parts";
import { latestChange } from "@/lib/requests/latest-change";
import { transitionRequest } from "@/lib/requests/transition-request";
import { FIXED_NOW } from "../support/factories";
import { draftRequest, MOVE_DETAILS, requestIn, userCtx, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * A write refused as stale says what changed meanwhile (issue 11): who, what and when, as
 * far as the viewer may see it, within the request's scope.
 */

const suite = requestSuite();

const HOUR = 3_600_000;
/** The same person, an hour `hours` after the suite's fixed instant: each change has its own time. */
const later = (ctx: Ctx, hours: number): Ctx => ({ ...ctx, now: () => new Date(FIXED_NOW.getTime() + hours * HOUR) });

async function validate(manager: Ctx, handle: RequestHandle): Promise<void> {
  await transitionRequest(manager, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition: "validate" });
  handle.version += 1;
}

describe("the latest change a viewer may see since their page", () => {
  it("names the manager who validated while the magistrate's page still showed the review", async () => {
    const { magistrate, manager } = suite.parties;
    const handle = await requestIn("in_review", suite.parties);
    const read = handle.version;
    await validate(later(manager, 2), handle);

    expect(await latestChange(magistrate, { requestId: handle.id, since: read })).toEqual({
      by: manager.actor.name,
      byViewer: false,
      action: "validate",
      at: new Date(FIXED_NOW.getTime() + 2 * HOUR),
    });
  });

  it("tells the viewers it was their own change (another window), and a later comment does not hide it", async () => {
    const { magistrate, manager } = suite.parties;
    const handle = await draftRequest(magistrate);
    const read = handle.version;
    await addMeasure(later(magistrate, 1), {
      requestId: handle.id,
      version: handle.version,
      type: "subscriber_data",
      description: "Subscriber of +63 900 000 0000",
      justification: "The operator is established in Manila.",
    });
    // A comment does not change the request (no version): it is not the change.
    await addComment(later(manager, 2), { requestId: handle.id, body: "À revoir avant validation.", visibility: "internal" });

    const change = await latestChange(magistrate, { requestId: handle.id, since: read });
    expect(change).toMatchObject({ by: magistrate.actor.name, byViewer: true, action: "measureAdded" });
  });

  it("answers null when nothing changed since the version read", async () => {
    const handle = await requestIn("in_review", suite.parties);
    expect(await latestChange(suite.parties.magistrate, { requestId: handle.id, since: handle.version })).toBeNull();
  });

  it("does not tell one side of the other side's internal change, but tells that side", async () => {
    const { magistrate, manager, officer, requestedManager } = suite.parties;
    const handle = await requestIn("transmitted", suite.parties);
    const read = handle.version;
    await assignHandler(later(requestedManager, 3), { requestId: handle.id, version: handle.version, userId: officer.actor.id });
    handle.version += 1;

    expect(await latestChange(magistrate, { requestId: handle.id, since: read })).toBeNull();
    expect(await latestChange(officer, { requestId: handle.id, since: read })).toMatchObject({
      by: requestedManager.actor.name,
      byViewer: false,
      action: "handlerAssigned",
    });

    // And the other way round: the requesting side's change of magistrate stays on its side.
    const colleague = await userCtx(suite.db, "magistrate");
    const readAgain = handle.version;
    await assignOwner(later(manager, 4), { requestId: handle.id, version: handle.version, userId: colleague.actor.id });
    expect(await latestChange(officer, { requestId: handle.id, since: readAgain })).toBeNull();
    expect(await latestChange(magistrate, { requestId: handle.id, since: readAgain })).toMatchObject({ action: "ownerAssigned" });
  });

  it("answers 404 outside the request's scope, as getRequest does", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const outsiders = [
      await userCtx(suite.db, "magistrate", "FR-BEPI"),
      await userCtx(suite.db, "liaison_officer", "CO-FGN"),
      await userCtx(suite.db, "admin"),
    ];
    for (const outsider of outsiders) {
      await expect(latestChange(outsider, { requestId: handle.id, since: 1 })).rejects.toBeInstanceOf(NotFound);
    }
    await expect(latestChange(suite.parties.magistrate, { requestId: "not-a-request", since: 1 })).rejects.toBeInstanceOf(NotFound);
    await expect(latestChange(suite.parties.magistrate, { requestId: crypto.randomUUID(), since: 1 })).rejects.toBeInstanceOf(NotFound);
  });
});
