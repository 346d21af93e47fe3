import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cases, comments, measures, requestEvents, requestPersons, requests } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { addComment } from "@/lib/requests/comment";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure, addPerson, editMeasure, removeMeasure, removePerson } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { updateDraft } from "@/lib/requests/update-draft";
import {
  COMPLETE_FIELDS, draftRequest, eventsOf, makeCase, requestIn, storedRequest, userCtx,
  type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** Drafting a request: who may, what is kept, and what bad input is refused without a trace. */

const suite = requestSuite();
let otherMagistrate: Ctx;
let admin: Ctx;

beforeAll(async () => {
  otherMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  admin = await userCtx(suite.db, "admin");
});

/** Row counts of everything a drafting verb may write. */
async function footprint() {
  const n = async (table: typeof requests | typeof cases | typeof measures | typeof requestPersons | typeof comments | typeof requestEvents) =>
    (await suite.db.select({ n: count() }).from(table))[0]!.n;
  return {
    cases: await n(cases), requests: await n(requests), measures: await n(measures),
    persons: await n(requestPersons), comments: await n(comments), events: await n(requestEvents),
  };
}

/** Expects the write to be refused as `matcher`, leaving the database as it was. */
async function expectNothingWritten(write: () => Promise<unknown>, matcher: object, handle?: RequestHandle) {
  const before = await footprint();
  const row = handle && (await storedRequest(suite.db, handle.id));
  await expect(write()).rejects.toMatchObject(matcher);
  expect(await footprint()).toEqual(before);
  if (handle) expect(await storedRequest(suite.db, handle.id)).toEqual(row);
}

describe("creating a request", () => {
  it("a magistrate drafts a request for a case of their unit; the reference names both countries", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const created = await createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id });
    expect(created.reference).toMatch(/^MLA-2026-FR-PH-\d{4}$/);
    expect(await storedRequest(suite.db, created.id)).toMatchObject({
      status: "draft", version: 1, caseId: kase.id, requestedCountryCode: "PH", confidential: true, createdBy: suite.parties.magistrate.actor.id,
    });
    expect(await eventsOf(suite.db, created.id)).toMatchObject([{ seq: 1, action: "created", toStatus: "draft", visibility: "internal" }]);
  });

  it("only magistrates draft, and only for their own unit's cases and another country", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const input = { ...COMPLETE_FIELDS, caseId: kase.id };
    for (const ctx of [suite.parties.manager, suite.parties.officer, admin]) {
      await expectNothingWritten(() => createRequest(ctx, input), { constructor: Forbidden });
    }
    await expectNothingWritten(() => createRequest(otherMagistrate, input), { constructor: Invalid, fields: { caseId: ["invalidChoice"] } });
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...input, caseId: "6f1c2b7e-3f1a-4c8e-9a57-0d2c9b1e4a10" }), {
      constructor: Invalid, fields: { caseId: ["invalidChoice"] },
    });
    for (const requestedCountryCode of ["FR", "XX", "Philippines", ""]) {
      await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...input, requestedCountryCode }), {
        constructor: Invalid, fields: { requestedCountryCode: ["invalidChoice"] },
      });
    }
  });

  it("a refused creation does not use up a reference number", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const ro = { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "RO", legalBasis: "european_investigation_order" } as const;
    const first = await createRequest(suite.parties.magistrate, ro);
    await expect(createRequest(suite.parties.magistrate, { ...ro, legalBasis: "treaty" as "reciprocity" })).rejects.toBeInstanceOf(Invalid);
    await expect(createRequest(otherMagistrate, ro)).rejects.toBeInstanceOf(Invalid);
    const second = await createRequest(suite.parties.magistrate, ro);
    expect(Number(second.reference.slice(-4))).toBe(Number(first.reference.slice(-4)) + 1);
  });

  it("the reference's year is the year in the drafting unit's time zone", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const at = (iso: string): Ctx => ({ ...suite.parties.magistrate, now: () => new Date(iso) });
    const mg = { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "MG", legalBasis: "bilateral_convention" } as const;
    // 22:30 UTC on 31 December is still 2025 in Paris; 23:30 UTC is already 2026.
    expect((await createRequest(at("2025-12-31T22:30:00Z"), mg)).reference).toBe("MLA-2025-FR-MG-0001");
    expect((await createRequest(at("2025-12-31T23:30:00Z"), mg)).reference).toBe("MLA-2026-FR-MG-0001");
  });
});

describe("editing a draft", () => {
  it("saves the fields, bumps the version and records which fields changed", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    await updateDraft(suite.parties.magistrate, {
      ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, urgency: "very_urgent", urgencyReasons: "Trial on 1 June", targetDate: "2026-05-15",
    });
    expect(await storedRequest(suite.db, handle.id)).toMatchObject({
      version: handle.version + 1, urgency: "very_urgent", urgencyReasons: "Trial on 1 June", targetDate: "2026-05-15",
    });
    const last = (await eventsOf(suite.db, handle.id)).at(-1)!;
    expect(last).toMatchObject({ action: "updated", visibility: "internal" });
    expect([...(last.data.fields as string[])].sort()).toEqual(["targetDate", "urgency", "urgencyReasons"]);
  });

  it("only the drafting unit's magistrates edit, and only while it is a draft", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const edit = (ctx: Ctx, extra = {}) => () => updateDraft(ctx, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, summaryOfFacts: "Changed", ...extra });
    await expectNothingWritten(edit(suite.parties.manager), { constructor: Forbidden }, handle);
    await expectNothingWritten(edit(otherMagistrate), { constructor: NotFound }, handle);
    await expectNothingWritten(edit(suite.parties.officer), { constructor: NotFound }, handle);
    await expectNothingWritten(edit(admin), { constructor: NotFound }, handle);
    await expectNothingWritten(edit(suite.parties.magistrate, { requestedCountryCode: "CO" }), { constructor: Conflict, code: "countryFixed" }, handle);
    // A colleague of the same unit may edit.
    const colleague = await userCtx(suite.db, "magistrate");
    await edit(colleague)();
    expect((await storedRequest(suite.db, handle.id)).summaryOfFacts).toBe("Changed");

    const submitted = await requestIn("in_review", suite.parties);
    const late = () => updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: submitted.id, version: submitted.version });
    await expectNothingWritten(late, { constructor: Conflict, code: "notDraft" }, submitted);
    await expectNothingWritten(
      () => addMeasure(suite.parties.magistrate, { requestId: submitted.id, version: submitted.version, type: "bank_records", description: "More" }),
      { constructor: Conflict, code: "notDraft" },
      submitted,
    );
  });

  it("measures are added, edited and removed, each a version of its own", async () => {
    const handle = await draftRequest(suite.parties.magistrate, { measures: 0 });
    const a = await addMeasure(suite.parties.magistrate, { requestId: handle.id, version: 1, type: "subscriber_data", description: "Subscriber of +63 900" });
    const b = await addMeasure(suite.parties.magistrate, { requestId: handle.id, version: 2, type: "hearing_minor_victim", description: "Hearing of V1" });
    await editMeasure(suite.parties.magistrate, { requestId: handle.id, version: 3, measureId: a.id, type: "traffic_data", description: "Traffic of +63 900" });
    await removeMeasure(suite.parties.magistrate, { requestId: handle.id, version: 4, measureId: b.id });
    const view = await getRequest(suite.parties.magistrate, handle.id);
    expect(view.request.version).toBe(5);
    expect(view.measures.map((m) => [m.type, m.description, m.status])).toEqual([["traffic_data", "Traffic of +63 900", "requested"]]);
  });

  it("a measure or person of another request is not found, and nothing changes", async () => {
    const mine = await draftRequest(suite.parties.magistrate);
    const other = await draftRequest(suite.parties.magistrate);
    const person = await addPerson(suite.parties.magistrate, { requestId: other.id, version: other.version, role: "suspect", identity: "X" });
    const v = mine.version;
    await expectNothingWritten(
      () => editMeasure(suite.parties.magistrate, { requestId: mine.id, version: v, measureId: other.measureIds[0]!, type: "bank_records", description: "Hijack" }),
      { constructor: NotFound }, mine,
    );
    await expectNothingWritten(() => removeMeasure(suite.parties.magistrate, { requestId: mine.id, version: v, measureId: other.measureIds[0]! }), { constructor: NotFound }, mine);
    await expectNothingWritten(() => removePerson(suite.parties.magistrate, { requestId: mine.id, version: v, personId: person.id }), { constructor: NotFound }, mine);
  });

  it("persons get pseudonyms per role, never reused even after a removal (the audit trail names them)", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const add = async (role: "victim" | "suspect" | "witness", identity: string) => {
      const person = await addPerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, role, identity });
      handle.version += 1;
      return person;
    };
    const v1 = await add("victim", "Child one");
    const v2 = await add("victim", "Child two");
    const s1 = await add("suspect", "Adult one");
    const w1 = await add("witness", "Neighbour");
    expect([v1.pseudonym, v2.pseudonym, s1.pseudonym, w1.pseudonym]).toEqual(["V1", "V2", "S1", "W1"]);
    await removePerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, personId: v1.id });
    handle.version += 1;
    expect((await add("victim", "Child three")).pseudonym).toBe("V3");
    // Removing the highest does not free its name either.
    const v3 = await storedPersonId(handle.id, "V3");
    await removePerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, personId: v3 });
    handle.version += 1;
    expect((await add("victim", "Child four")).pseudonym).toBe("V4");
  });
});

async function storedPersonId(requestId: string, pseudonym: string): Promise<string> {
  const [row] = await suite.db
    .select({ id: requestPersons.id })
    .from(requestPersons)
    .where(and(eq(requestPersons.requestId, requestId), eq(requestPersons.pseudonym, pseudonym)));
  return row!.id;
}

describe("bad input is refused and writes nothing", () => {
  it("over-long fields", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const base = { ...COMPLETE_FIELDS, caseId: kase.id };
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, summaryOfFacts: "x".repeat(20_001) }), {
      constructor: Invalid, fields: { summaryOfFacts: ["tooLong"] },
    });
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, requestedAuthority: "x".repeat(201) }), {
      constructor: Invalid, fields: { requestedAuthority: ["tooLong"] },
    });
    // The limit itself is accepted.
    const { id } = await createRequest(suite.parties.magistrate, { ...base, summaryOfFacts: "x".repeat(20_000) });
    const handle: RequestHandle = { id, reference: "", version: 1, measureIds: [] };
    await expectNothingWritten(() => updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: id, version: 1, offencesAndPenalties: "y".repeat(20_001) }), {
      constructor: Invalid, fields: { offencesAndPenalties: ["tooLong"] },
    }, handle);
    await expectNothingWritten(() => addMeasure(suite.parties.magistrate, { requestId: id, version: 1, type: "bank_records", description: "d".repeat(2_001) }), {
      constructor: Invalid, fields: { description: ["tooLong"] },
    }, handle);
    await expectNothingWritten(() => createCase(suite.parties.magistrate, { reference: "r".repeat(201), title: "t", offences: "o" }), {
      constructor: Invalid, fields: { reference: ["tooLong"] },
    });
  });

  it("values that are not among the choices", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const base = { ...COMPLETE_FIELDS, caseId: kase.id };
    for (const [field, value] of [["legalBasis", "treaty"], ["channel", "pigeon"], ["urgency", "asap"]] as const) {
      await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, [field]: value }), {
        constructor: Invalid, fields: { [field]: ["invalidChoice"] },
      });
    }
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, confidential: "maybe" as unknown as boolean }), {
      constructor: Invalid, fields: { confidential: expect.any(Array) },
    });
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, urgency: "urgent", urgencyReasons: "" }), {
      constructor: Invalid, fields: { urgencyReasons: ["urgencyReasonsRequired"] },
    });
    await expectNothingWritten(() => createRequest(suite.parties.magistrate, { ...base, targetDate: "2026-13-01" }), {
      constructor: Invalid, fields: { targetDate: expect.any(Array) },
    });
    const handle = await draftRequest(suite.parties.magistrate);
    await expectNothingWritten(() => addMeasure(suite.parties.magistrate, { requestId: handle.id, version: handle.version, type: "dna_sample" as "bank_records", description: "x" }), {
      constructor: Invalid, fields: { type: ["invalidChoice"] },
    }, handle);
    await expectNothingWritten(() => addPerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, role: "child" as "victim", identity: "x" }), {
      constructor: Invalid, fields: { role: ["invalidChoice"] },
    }, handle);
    await expectNothingWritten(() => addComment(suite.parties.magistrate, { requestId: handle.id, body: "x", visibility: "public" as "shared" }), {
      constructor: Invalid, fields: { visibility: ["invalidChoice"] },
    }, handle);
    await expectNothingWritten(() => addComment(suite.parties.magistrate, { requestId: handle.id, body: "   " }), {
      constructor: Invalid, fields: { body: ["required"] },
    }, handle);
  });

  it("unknown and malformed ids", async () => {
    const unknown = "6f1c2b7e-3f1a-4c8e-9a57-0d2c9b1e4a10";
    await expectNothingWritten(() => addMeasure(suite.parties.magistrate, { requestId: unknown, version: 1, type: "bank_records", description: "x" }), { constructor: NotFound });
    await expectNothingWritten(() => addComment(suite.parties.magistrate, { requestId: unknown, body: "x" }), { constructor: NotFound });
    await expectNothingWritten(() => createSupplementaryRequest(suite.parties.magistrate, { parentRequestId: unknown }), { constructor: NotFound });
    // A malformed id never reaches SQL: it is refused as invalid input.
    await expectNothingWritten(() => addComment(suite.parties.magistrate, { requestId: "../etc/passwd", body: "x" }), {
      constructor: Invalid, fields: { requestId: expect.any(Array) },
    });
  });

  it("a duplicate case reference within the unit", async () => {
    await createCase(suite.parties.magistrate, { reference: "PARQUET-DUP-1", title: "t", offences: "o" });
    await expectNothingWritten(() => createCase(suite.parties.magistrate, { reference: "PARQUET-DUP-1", title: "other", offences: "o" }), {
      constructor: Conflict, code: "caseReferenceTaken",
    });
    // Another unit may use the same number.
    await createCase(otherMagistrate, { reference: "PARQUET-DUP-1", title: "t", offences: "o" });
  });
});

describe("measure results", () => {
  it("only the requested side reports, and only while it executes the request", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const report = (ctx: Ctx) => () =>
      reportMeasure(ctx, { requestId: handle.id, measureId: handle.measureIds[0]!, version: handle.version, status: "returned", resultNote: "Sent" });
    await expectNothingWritten(report(suite.parties.officer), { constructor: Conflict, code: "notExecuting" }, handle);
    await expectNothingWritten(report(suite.parties.magistrate), { constructor: Forbidden }, handle);
    await expectNothingWritten(report(await userCtx(suite.db, "liaison_officer", "CO-FGN")), { constructor: NotFound }, handle);

    const running = await requestIn("acknowledged", suite.parties);
    await reportMeasure(suite.parties.officer, { requestId: running.id, measureId: running.measureIds[0]!, version: running.version, status: "in_progress", resultNote: "Bank contacted" });
    const seen = await getRequest(suite.parties.magistrate, running.id);
    expect(seen.measures[0]).toMatchObject({ status: "in_progress", resultNote: "Bank contacted" });
    expect(seen.events.at(-1)).toMatchObject({ action: "measureReported", visibility: "shared" });
  });

  it("the same status and note again is refused: no report that says nothing in either trail", async () => {
    const running = await requestIn("acknowledged", suite.parties);
    const report = (version: number, resultNote: string) =>
      reportMeasure(suite.parties.officer, { requestId: running.id, measureId: running.measureIds[0]!, version, status: "in_progress", resultNote });
    await report(running.version, "Bank contacted");
    const after = await storedRequest(suite.db, running.id);
    await expectNothingWritten(() => report(after.version, "Bank contacted"), { constructor: Conflict, code: "measureUnchanged" }, running);
    // A new note on the same status is news.
    await report(after.version, "Bank contacted; records promised for Friday");
    expect((await getRequest(suite.parties.magistrate, running.id)).measures[0]).toMatchObject({ resultNote: "Bank contacted; records promised for Friday" });
  });
});

describe("supplementary requests", () => {
  it("follow a transmitted request, drafted by the requesting magistrates from the parent's content", async () => {
    const draft = await requestIn("validated", suite.parties);
    await expectNothingWritten(() => createSupplementaryRequest(suite.parties.magistrate, { parentRequestId: draft.id }), {
      constructor: Conflict, code: "parentNotTransmitted",
    });
    const parent = await requestIn("in_execution", suite.parties);
    await expectNothingWritten(() => createSupplementaryRequest(suite.parties.manager, { parentRequestId: parent.id }), { constructor: Forbidden });
    await expectNothingWritten(() => createSupplementaryRequest(suite.parties.officer, { parentRequestId: parent.id }), { constructor: Forbidden });
    await expectNothingWritten(() => createSupplementaryRequest(otherMagistrate, { parentRequestId: parent.id }), { constructor: NotFound });

    const child = await createSupplementaryRequest(suite.parties.magistrate, { parentRequestId: parent.id });
    const parentRow = await storedRequest(suite.db, parent.id);
    expect(await storedRequest(suite.db, child.id)).toMatchObject({
      status: "draft", version: 1, parentRequestId: parent.id, caseId: parentRow.caseId,
      requestedCountryCode: "PH", summaryOfFacts: parentRow.summaryOfFacts, transmittedAt: null, foreignReference: null,
    });
    expect(child.reference).not.toBe(parent.reference);
    // The parent itself is not changed by its follow-up.
    expect(await storedRequest(suite.db, parent.id)).toEqual(parentRow);
    expect((await getRequest(suite.parties.magistrate, child.id)).related).toMatchObject([{ id: parent.id, kind: "parent" }]);
  });
});
