import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { measureDeliveries, measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { uploadDocument } from "@/lib/documents/upload";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { deliverMeasure, type DeliverMeasureInput } from "@/lib/requests/deliver-measure";
import { getRequest } from "@/lib/requests/get-request";
import { PDF } from "../support/documents";
import { advance, draftRequest, eventsOf, move, storedRequest, TODAY, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * A measure delivered in parts (issue 14, item 4): bank statements for 2024, then for 2025.
 * Each delivery is dated, may carry a note, and names the evidence documents uploaded for
 * it; the measure is partly returned until the last delivery returns it. Every refusal
 * writes nothing.
 */

const suite = requestSuite();
let handle: RequestHandle;
let statements: string;
let other: string;
const docs: Record<"y2024" | "y2025" | "elsewhere" | "internal", string> = { y2024: "", y2025: "", elsewhere: "", internal: "" };

async function upload(ctx: Ctx, name: string, extra: { measureId?: string; type?: "returned_evidence" | "annex"; visibility?: "internal" | "shared" } = {}) {
  const { id } = await uploadDocument(ctx, {
    requestId: handle.id,
    version: handle.version,
    type: extra.type ?? "returned_evidence",
    language: "en",
    measureId: extra.measureId ?? "",
    visibility: extra.visibility,
    fileName: name,
    bytes: PDF,
  });
  handle.version += 1;
  return id;
}

function deliver(input: Partial<DeliverMeasureInput>, ctx: Ctx = suite.parties.officer) {
  return deliverMeasure(ctx, { requestId: handle.id, version: handle.version, measureId: statements, deliveredOn: TODAY, ...input } as DeliverMeasureInput);
}

/** Refused with `error`, and nothing written: no delivery, the same version and measure status. */
async function expectRefused(attempt: () => Promise<unknown>, error: abstract new (...args: never[]) => Error, fields?: Record<string, string[]>) {
  const before = { version: (await storedRequest(suite.db, handle.id)).version, deliveries: await suite.db.select().from(measureDeliveries), measures: await suite.db.select().from(measures).where(eq(measures.requestId, handle.id)) };
  // Started only once the state before it is read.
  const thrown = await attempt().then(() => null, (e: unknown) => e);
  expect(thrown).toBeInstanceOf(error);
  if (fields) expect((thrown as Invalid).fields).toEqual(fields);
  expect((await storedRequest(suite.db, handle.id)).version).toBe(before.version);
  expect(await suite.db.select().from(measureDeliveries)).toEqual(before.deliveries);
  expect(await suite.db.select().from(measures).where(eq(measures.requestId, handle.id))).toEqual(before.measures);
}

beforeAll(async () => {
  handle = await draftRequest(suite.parties.magistrate, { measures: 2 });
  [statements, other] = handle.measureIds as [string, string];
  // An internal working note of the requesting side, never the requested side's to deliver.
  docs.internal = await upload(suite.parties.magistrate, "working-note.pdf", { type: "annex", visibility: "internal" });
  await advance(handle, "in_execution", suite.parties);
  docs.y2024 = await upload(suite.parties.officer, "statements-2024.pdf", { measureId: statements });
  docs.y2025 = await upload(suite.parties.officer, "statements-2025.pdf", { measureId: statements });
  docs.elsewhere = await upload(suite.parties.officer, "other-measure.pdf", { measureId: other });
});

describe("deliveries in parts", () => {
  it("refuses what is not a delivery: empty, in the future, before the transmission, another measure's or an unseen document", async () => {
    await expectRefused(() => deliver({}), Invalid, { documentIds: ["deliveryEmpty"] });
    await expectRefused(() => deliver({ documentIds: [docs.y2024], deliveredOn: "2026-03-05" }), Invalid, { deliveredOn: ["dateInFuture"] });
    await expectRefused(() => deliver({ documentIds: [docs.y2024], deliveredOn: "2026-02-20" }), Invalid, { deliveredOn: ["dateBeforeTransmission"] });
    await expectRefused(() => deliver({ documentIds: [docs.elsewhere] }), Invalid, { documentIds: ["invalidChoice"] });
    await expectRefused(() => deliver({ documentIds: [docs.internal] }), Invalid, { documentIds: ["invalidChoice"] });
    await expectRefused(() => deliver({ documentIds: ["not-a-uuid"], deliveredOn: "someday" }), Invalid, { deliveredOn: ["invalidDate"], documentIds: ["invalidChoice"] });
    // The requesting side does not deliver.
    await expectRefused(() => deliver({ documentIds: [docs.y2024] }, suite.parties.magistrate), Forbidden);
  });

  it("a first part leaves the measure partly returned, with its documents, told to the requesting side as a result", async () => {
    await deliver({ documentIds: [docs.y2024], note: "Statements for 2024." });
    handle.version += 1;
    const [measure] = await suite.db.select().from(measures).where(eq(measures.id, statements));
    expect(measure!.status).toBe("partially_returned");
    expect((await eventsOf(suite.db, handle.id)).at(-1)).toMatchObject({
      action: "measureReported",
      visibility: "shared",
      data: { measureId: statements, status: "partially_returned", documents: 1, deliveredOn: TODAY },
    });

    // A document is delivered once.
    await expectRefused(() => deliver({ documentIds: [docs.y2024, docs.y2025] }), Invalid, { documentIds: ["documentAlreadyDelivered"] });
    // Evidence returned in part is evidence returned: the request may be reported partially executed.
    await move(suite.parties.officer, handle, "reportPartialExecution");
  });

  it("the last part returns the measure; nothing more is delivered on it", async () => {
    await deliver({ documentIds: [docs.y2025], note: "Statements for 2025: the records are complete.", final: "on" });
    handle.version += 1;
    const [measure] = await suite.db.select().from(measures).where(eq(measures.id, statements));
    expect(measure!.status).toBe("returned");
    await expectRefused(() => deliver({ note: "One more." }), Conflict);
  });

  it("both sides read the deliveries, oldest first, each with its documents; the undelivered evidence is offered for the next", async () => {
    for (const ctx of [suite.parties.magistrate, suite.parties.officer]) {
      const view = await getRequest(ctx, handle.id);
      const measure = view.measures.find((m) => m.id === statements)!;
      expect(measure.deliveries.map((d) => ({ on: d.deliveredOn, final: d.final, note: d.note, documents: d.documents.map((doc) => doc.name) }))).toEqual([
        { on: TODAY, final: false, note: "Statements for 2024.", documents: ["statements-2024.pdf"] },
        { on: TODAY, final: true, note: "Statements for 2025: the records are complete.", documents: ["statements-2025.pdf"] },
      ]);
    }
    const officers = await getRequest(suite.parties.officer, handle.id);
    expect(officers.deliverableDocuments.map((d) => [d.name, d.measureId])).toEqual([["other-measure.pdf", other]]);
    // The requesting side records no delivery: nothing is offered to it.
    expect((await getRequest(suite.parties.magistrate, handle.id)).deliverableDocuments).toEqual([]);
  });
});
