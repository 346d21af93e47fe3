import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checklistRules, checklistWaivers } from "@/db/schema";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { waiveChecklistItem, type WaiverInput } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { listDocuments } from "@/lib/documents/list";
import { uploadDocument, type UploadDocumentInput } from "@/lib/documents/upload";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { editMeasure } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { PDF } from "../support/documents";
import {
  COMPLETE_FIELDS, draftRequest, eventsOf, move, MOVE_DETAILS, requestIn, storedRequest, userCtx, waiveMissingItems,
  type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * The checklist on a real database (docs/product.md, "Checklists and documents"): the
 * transmission gate, provided items (fields filled in, documents uploaded), and managers'
 * waivers — each refusal writing nothing.
 */

const suite = requestSuite();
let otherUnitManager: Ctx;
let admin: Ctx;

beforeAll(async () => {
  otherUnitManager = await userCtx(suite.db, "manager", "FR-BEPI");
  admin = await userCtx(suite.db, "admin");
});

/** What a default test request (FR → PH, reciprocity, transfer records, every field filled) still needs: its documents. */
const PH_DOCUMENTS = ["signed_letter", "ph_translation_request", "ph_translation_offences", "ph_reciprocity_undertaking", "financial_identifiers"];

const waivers = (requestId: string) => suite.db.select().from(checklistWaivers).where(eq(checklistWaivers.requestId, requestId));

/** Everything a refused write must leave as it was. */
async function snapshot(handle: RequestHandle) {
  return { request: await storedRequest(suite.db, handle.id), events: await eventsOf(suite.db, handle.id), waivers: await waivers(handle.id) };
}

async function expectRefused(handle: RequestHandle, write: () => Promise<unknown>, matcher: object) {
  const before = await snapshot(handle);
  await expect(write()).rejects.toMatchObject(matcher);
  expect(await snapshot(handle)).toEqual(before);
}

const transmit = (ctx: Ctx, handle: RequestHandle) => () =>
  transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition: "transmit" });

const waive = (ctx: Ctx, handle: RequestHandle, itemKey: string, overrides: Partial<WaiverInput> = {}) => () =>
  waiveChecklistItem(ctx, { requestId: handle.id, version: handle.version, itemKey, reason: "Sent on paper through the BEPI.", ...overrides });

async function upload(ctx: Ctx, handle: RequestHandle, document: Pick<UploadDocumentInput, "type" | "language"> & Partial<UploadDocumentInput>) {
  await uploadDocument(ctx, { requestId: handle.id, version: handle.version, visibility: "shared", fileName: "piece.pdf", bytes: PDF, ...document });
  handle.version += 1;
}

describe("the transmission gate", () => {
  it("refuses to transmit while an item is missing, lists what is missing, and writes nothing", async () => {
    const handle = await requestIn("validated", suite.parties);
    await expectRefused(handle, transmit(suite.parties.magistrate, handle), {
      constructor: Invalid,
      code: "checklistIncomplete",
      fields: { checklist: PH_DOCUMENTS },
    });
    // The manager is stopped the same way: the gate is the request's, not the role's.
    await expectRefused(handle, transmit(suite.parties.manager, handle), { code: "checklistIncomplete" });
  });

  it("lets the request go once every item is provided — documents uploaded — or waived", async () => {
    const handle = await requestIn("validated", suite.parties);
    // The signed letter and the English translation need no link: nothing else could be meant.
    await upload(suite.parties.magistrate, handle, { type: "request_letter", language: "fr" });
    await upload(suite.parties.magistrate, handle, { type: "translation", language: "en" });
    // An annex must say which item it provides: unlinked, it provides nothing.
    await upload(suite.parties.magistrate, handle, { type: "annex", language: "en", visibility: "internal" });
    await upload(suite.parties.magistrate, handle, { type: "annex", language: "en", checklistItemKey: "ph_translation_offences" });
    await expectRefused(handle, transmit(suite.parties.magistrate, handle), {
      fields: { checklist: ["ph_reciprocity_undertaking", "financial_identifiers"] },
    });

    await upload(suite.parties.magistrate, handle, { type: "reciprocity_undertaking", language: "fr" });
    await waive(suite.parties.manager, handle, "financial_identifiers", { reason: "Transfer numbers given in the letter itself (section 4)." })();
    handle.version += 1;

    const checklist = await checklistFor(suite.parties.magistrate, handle.id);
    expect(checklist).toMatchObject({ missing: [], done: checklist.total });
    expect(checklist.items.find((i) => i.key === "financial_identifiers")).toMatchObject({
      status: "waived",
      waiver: { reason: "Transfer numbers given in the letter itself (section 4).", waivedBy: { id: suite.parties.manager.actor.id } },
    });
    expect(checklist.items.find((i) => i.key === "signed_letter")).toMatchObject({ status: "provided", providedBy: { kind: "document" } });

    await move(suite.parties.magistrate, handle, "transmit");
    expect((await storedRequest(suite.db, handle.id)).status).toBe("transmitted");
  });

  it("counts a field rule as provided once the field is filled in — and each measure says why the evidence is there", async () => {
    const handle = await draftRequest(suite.parties.magistrate, { fields: { legalBasisDetail: "" } });
    const justifyMeasure = async (justification: string) => {
      await editMeasure(suite.parties.magistrate, {
        requestId: handle.id,
        version: handle.version,
        measureId: handle.measureIds[0]!,
        type: "money_transfer_records",
        description: "Remittances from the suspect to Pampanga, 2023–2025",
        justification,
      });
      handle.version += 1;
    };
    await justifyMeasure("  ");
    const missingAtFirst = (await checklistFor(suite.parties.magistrate, handle.id)).missing;
    expect(missingAtFirst).toEqual(expect.arrayContaining(["legal_basis_statement", "facts_linked_to_measures"]));

    await updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, legalBasisDetail: "Reciprocity: France undertakes to grant a similar request." });
    handle.version += 1;
    await justifyMeasure("Paid out in cash in Pampanga: the records are held there.");
    const items = (await checklistFor(suite.parties.magistrate, handle.id)).items;
    expect(items.find((i) => i.key === "legal_basis_statement")).toMatchObject({ status: "provided", providedBy: { kind: "field", field: "legalBasisDetail" } });
    expect(items.find((i) => i.key === "facts_linked_to_measures")).toMatchObject({ status: "provided", providedBy: { kind: "field", field: "measureLinks" } });
    expect((await checklistFor(suite.parties.magistrate, handle.id)).missing).toEqual(PH_DOCUMENTS);
  });

  it("reads the rules from the database: a rule an administrator deactivates no longer applies", async () => {
    const handle = await requestIn("validated", suite.parties);
    const deactivate = (active: boolean) =>
      suite.db.update(checklistRules).set({ active }).where(eq(checklistRules.key, "ph_reciprocity_undertaking"));
    await deactivate(false);
    try {
      await expectRefused(handle, transmit(suite.parties.magistrate, handle), {
        fields: { checklist: PH_DOCUMENTS.filter((k) => k !== "ph_reciprocity_undertaking") },
      });
    } finally {
      await deactivate(true);
    }
  });
});

describe("an internal document and the checklist", () => {
  it("never leaves an item silently missing: the link is refused, and once shared the document list and the checklist agree", async () => {
    const handle = await requestIn("validated", suite.parties);
    const item = "ph_translation_offences";
    // Linked to the item but kept internal: refused, on the visibility, and nothing changes.
    await expectRefused(
      handle,
      () => upload(suite.parties.magistrate, handle, { type: "annex", language: "en", visibility: "internal", checklistItemKey: item }),
      { constructor: Invalid, fields: { visibility: ["checklistNeedsShared"] } },
    );
    expect((await checklistFor(suite.parties.magistrate, handle.id)).missing).toContain(item);
    expect((await listDocuments(suite.parties.magistrate, handle.id)).filter((d) => d.checklistItemKey === item)).toEqual([]);

    // An internal annex that names no item is accepted and claims nothing.
    await upload(suite.parties.magistrate, handle, { type: "annex", language: "en", visibility: "internal" });
    expect((await checklistFor(suite.parties.magistrate, handle.id)).missing).toContain(item);
    expect((await listDocuments(suite.parties.magistrate, handle.id)).filter((d) => d.checklistItemKey === item)).toEqual([]);

    // Shared, the same document provides the item: the list's link and the checklist name the same document.
    await upload(suite.parties.magistrate, handle, { type: "annex", language: "en", visibility: "shared", checklistItemKey: item });
    const [linked] = (await listDocuments(suite.parties.magistrate, handle.id)).filter((d) => d.checklistItemKey === item);
    const checklist = await checklistFor(suite.parties.magistrate, handle.id);
    expect(checklist.missing).not.toContain(item);
    expect(checklist.items.find((i) => i.key === item)).toMatchObject({ status: "provided", providedBy: { kind: "document", documentId: linked!.id } });
  });
});

describe("what the viewer can do about a missing item", () => {
  it("upload the document types its side uploads while the request takes documents; edit the fields while a draft, as its drafter", async () => {
    const draft = await requestIn("draft", suite.parties);
    const drafter = await checklistFor(suite.parties.magistrate, draft.id);
    expect(drafter).toMatchObject({ canEditDraft: true });
    expect(drafter.uploadableTypes).toEqual(expect.arrayContaining(["request_letter", "translation", "annex", "reciprocity_undertaking"]));
    expect(drafter.uploadableTypes).not.toContain("returned_evidence");
    expect(await checklistFor(suite.parties.manager, draft.id)).toMatchObject({ canEditDraft: false });

    const validated = await requestIn("validated", suite.parties);
    const afterReview = await checklistFor(suite.parties.magistrate, validated.id);
    expect(afterReview.canEditDraft).toBe(false);
    expect(afterReview.uploadableTypes).toContain("translation");

    const closed = await requestIn("closed", suite.parties);
    expect(await checklistFor(suite.parties.magistrate, closed.id)).toMatchObject({ canEditDraft: false, uploadableTypes: [] });
  });
});

describe("waiving an item", () => {
  it("is a manager's act, with its reason, recorded with its audit event (internal before transmission)", async () => {
    const handle = await requestIn("in_review", suite.parties);
    await waive(suite.parties.manager, handle, "ph_reciprocity_undertaking", { reason: "  Undertaking given in the letter itself.  " })();
    handle.version += 1;

    const [row] = await waivers(handle.id);
    expect(row).toMatchObject({ itemKey: "ph_reciprocity_undertaking", reason: "Undertaking given in the letter itself.", waivedBy: suite.parties.manager.actor.id });
    const event = (await eventsOf(suite.db, handle.id)).at(-1)!;
    expect(event).toMatchObject({
      action: "checklistItemWaived",
      actorId: suite.parties.manager.actor.id,
      visibility: "internal",
      data: {
        itemKey: "ph_reciprocity_undertaking",
        reason: "Undertaking given in the letter itself.",
        itemLabel: { fr: "Engagement de réciprocité", en: "Reciprocity undertaking" },
      },
    });
    expect((await storedRequest(suite.db, handle.id)).version).toBe(handle.version);
  });

  it("refuses a waiver without a reason (400), by a magistrate (403), by another unit's manager or the requested side (404)", async () => {
    const handle = await requestIn("validated", suite.parties);
    for (const reason of ["", "   "]) {
      await expectRefused(handle, waive(suite.parties.manager, handle, "signed_letter", { reason }), {
        constructor: Invalid,
        fields: { reason: ["reasonRequired"] },
      });
    }
    await expectRefused(handle, waive(suite.parties.magistrate, handle, "signed_letter"), { constructor: Forbidden });
    await expectRefused(handle, waive(otherUnitManager, handle, "signed_letter"), { constructor: NotFound });
    await expectRefused(handle, waive(suite.parties.officer, handle, "signed_letter"), { constructor: NotFound });
    await expectRefused(handle, waive(admin, handle, "signed_letter"), { constructor: NotFound });
  });

  it("refuses an item that does not apply, one already waived or provided, a stale version, and any waiver after transmission", async () => {
    const handle = await requestIn("validated", suite.parties);
    await expectRefused(handle, waive(suite.parties.manager, handle, "ro_eio_form"), { constructor: Invalid, fields: { itemKey: ["checklistItemNotApplicable"] } });
    await expectRefused(handle, waive(suite.parties.manager, handle, "no_such_item"), { constructor: Invalid });
    await expectRefused(handle, waive(suite.parties.manager, handle, "summary_of_facts"), { constructor: Conflict, code: "checklistItemProvided" });
    await expectRefused(handle, waive(suite.parties.manager, handle, "signed_letter", { version: handle.version - 1 }), { constructor: Conflict, code: "stale" });

    await waive(suite.parties.manager, handle, "signed_letter")();
    handle.version += 1;
    await expectRefused(handle, waive(suite.parties.manager, handle, "signed_letter"), { constructor: Conflict, code: "checklistItemAlreadyWaived" });

    await waiveMissingItems(suite.parties.manager, handle);
    await move(suite.parties.magistrate, handle, "transmit");
    const sent = (await checklistFor(suite.parties.manager, handle.id));
    expect(sent.canWaive).toBe(false);
    // Nothing is missing any more, but a waiver is refused on the state first.
    await expectRefused(handle, waive(suite.parties.manager, handle, "signed_letter"), { constructor: Conflict, code: "checklistClosed" });
  });

  it("two managers waiving at once: exactly one waiver is recorded", async () => {
    const handle = await requestIn("validated", suite.parties);
    const second = await userCtx(suite.db, "manager");
    const results = await Promise.allSettled([waive(suite.parties.manager, handle, "signed_letter")(), waive(second, handle, "signed_letter")()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { constructor: Conflict } });
    expect(await waivers(handle.id)).toHaveLength(1);
  });
});

describe("who sees the checklist", () => {
  it("the requesting side; the requested side is refused it, and anyone out of scope gets 404", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    expect((await checklistFor(suite.parties.magistrate, handle.id)).canWaive).toBe(false);
    await expect(checklistFor(suite.parties.officer, handle.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(checklistFor(otherUnitManager, handle.id)).rejects.toBeInstanceOf(NotFound);
    await expect(checklistFor(admin, handle.id)).rejects.toBeInstanceOf(NotFound);
    await expect(checklistFor(suite.parties.magistrate, "not-a-uuid")).rejects.toBeInstanceOf(NotFound);

    const draft = await requestIn("draft", suite.parties);
    await expect(checklistFor(suite.parties.officer, draft.id)).rejects.toBeInstanceOf(NotFound);
    expect((await checklistFor(suite.parties.manager, draft.id)).canWaive).toBe(true);
    expect((await checklistFor(suite.parties.magistrate, draft.id)).canWaive).toBe(false);
  });

  it("the request page carries the same checklist for the requesting side, and none for the requested side", async () => {
    const draft = await requestIn("draft", suite.parties);
    for (const ctx of [suite.parties.manager, suite.parties.magistrate]) {
      expect((await getRequest(ctx, draft.id)).checklist).toEqual(await checklistFor(ctx, draft.id));
    }
    const sent = await requestIn("transmitted", suite.parties);
    expect((await getRequest(suite.parties.officer, sent.id)).checklist).toBeNull();
    expect((await getRequest(suite.parties.magistrate, sent.id)).checklist).toEqual(await checklistFor(suite.parties.magistrate, sent.id));
  });

  it("keeps each request's waivers to itself", async () => {
    const one = await requestIn("validated", suite.parties);
    const other = await requestIn("validated", suite.parties);
    await waive(suite.parties.manager, one, "signed_letter")();
    expect((await checklistFor(suite.parties.manager, other.id)).missing).toContain("signed_letter");
    const [row] = await suite.db
      .select()
      .from(checklistWaivers)
      .where(and(eq(checklistWaivers.requestId, other.id), eq(checklistWaivers.itemKey, "signed_letter")));
    expect(row).toBeUndefined();
  });
});
