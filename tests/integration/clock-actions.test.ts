import { describe, expect, it } from "vitest";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { extendRecognition, renewPreservation } from "@/lib/requests/clock-actions";
import { addMeasure } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { draftRequest, move, userCtx, waiveMissingItems, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

const suite = requestSuite();

async function transmitted(handle: RequestHandle): Promise<RequestHandle> {
  await move(suite.parties.magistrate, handle, "submit");
  await move(suite.parties.manager, handle, "validate");
  await waiveMissingItems(suite.parties.manager, handle);
  await move(suite.parties.magistrate, handle, "transmit");
  return handle;
}

const clock = async (ctx: typeof suite.parties.magistrate, requestId: string, kind: string) => {
  const view = await getRequest(ctx, requestId);
  if (!view.clocks.ok) throw new Error(view.clocks.error);
  return view.clocks.clocks.find((c) => c.kind === kind);
};

describe("extending the recognition deadline of an EIO", () => {
  it("is the executing officer's, once, with reasons — and moves the deadline by 30 days", async () => {
    const romanian = await userCtx(suite.db, "liaison_officer", "RO-PCAB");
    const eio = await transmitted(
      await draftRequest(suite.parties.magistrate, {
        fields: { requestedCountryCode: "RO", legalBasis: "european_investigation_order", channel: "direct", requestedAuthority: "Parchet" },
      }),
    );
    const before = (await clock(romanian, eio.id, "recognition"))!.dueAt;
    expect((await getRequest(romanian, eio.id)).can.extendRecognition).toBe(true);

    await expect(extendRecognition(romanian, { requestId: eio.id, version: eio.version, text: "" })).rejects.toMatchObject({
      fields: { text: ["reasonRequired"] },
    });
    await expect(extendRecognition(suite.parties.magistrate, { requestId: eio.id, version: eio.version, text: "x" })).rejects.toBeInstanceOf(Forbidden);

    await extendRecognition(romanian, { requestId: eio.id, version: eio.version, text: "Bank needs a court order first." });
    eio.version += 1;
    const after = (await clock(romanian, eio.id, "recognition"))!.dueAt;
    // 30 more calendar days, then rolled to a working day in Bucharest: at least 30 days later.
    expect(after.getTime() - before.getTime()).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect((await getRequest(romanian, eio.id)).can.extendRecognition).toBe(false);
    expect((await getRequest(suite.parties.magistrate, eio.id)).events.at(-1)).toMatchObject({ action: "recognitionExtended", data: { text: "Bank needs a court order first." } });

    await expect(extendRecognition(romanian, { requestId: eio.id, version: eio.version, text: "Again." })).rejects.toMatchObject({ code: "alreadyExtended" });
  });

  it("does not exist outside the EIO", async () => {
    const request = await transmitted(await draftRequest(suite.parties.magistrate));
    await expect(extendRecognition(suite.parties.officer, { requestId: request.id, version: request.version, text: "Busy." })).rejects.toMatchObject({
      code: "recognitionNotOpen",
    });
    expect((await getRequest(suite.parties.officer, request.id)).can.extendRecognition).toBe(false);
  });
});

describe("renewing an expedited preservation", () => {
  it("restarts its 60 days, on the requesting magistrate's word", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    await addMeasure(suite.parties.magistrate, { requestId: handle.id, version: handle.version, type: "expedited_preservation", description: "Preserve the accounts' data.", justification: "Held by Philippine providers." });
    handle.version += 1;
    await transmitted(handle);
    expect((await clock(suite.parties.magistrate, handle.id, "preservation"))?.state).toBe("running");

    await expect(renewPreservation(suite.parties.officer, { requestId: handle.id, version: handle.version, text: "x" })).rejects.toBeInstanceOf(Forbidden);
    const later = { ...suite.parties.magistrate, now: () => new Date("2026-04-20T09:00:00Z") };
    await renewPreservation(later, { requestId: handle.id, version: handle.version, text: "Full request still in translation." });
    const renewed = await clock(later, handle.id, "preservation");
    // Renewed on Mon 20 April: 60 days → Fri 19 June, Paris time.
    expect(renewed?.dueAt.toISOString()).toBe("2026-06-19T21:59:59.999Z");
  });

  it("is refused for a request that preserves nothing, and for bad input", async () => {
    const plain = await transmitted(await draftRequest(suite.parties.magistrate));
    await expect(renewPreservation(suite.parties.magistrate, { requestId: plain.id, version: plain.version, text: "x" })).rejects.toBeInstanceOf(Conflict);
    await expect(renewPreservation(suite.parties.magistrate, { requestId: plain.id, version: plain.version - 1, text: "x" })).rejects.toMatchObject({ code: "stale" });
    await expect(renewPreservation(suite.parties.magistrate, { requestId: "nope", version: 1, text: "x" })).rejects.toBeInstanceOf(Invalid);
  });
});
