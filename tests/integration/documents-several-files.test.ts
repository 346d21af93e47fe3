import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { documentContents, documents } from "@/db/schema";
import { verifyAuditChains } from "@/lib/audit/verify";
import { checklistFor } from "@/lib/checklists/checklist-for";
import type { Ctx } from "@/lib/context";
import { MAX_FILES_PER_UPLOAD, UPLOAD_MAX_TOTAL_BYTES } from "@/lib/documents/checked-file";
import { listDocuments } from "@/lib/documents/list";
import { uploadDocument, uploadDocuments, type UploadDocumentsInput, type UploadedFile } from "@/lib/documents/upload";
import { Conflict, Invalid } from "@/lib/errors";
import { DOCX, ELF, PDF, PNG, TEXT } from "../support/documents";
import { draftRequest, eventsOf, requestIn, storedRequest, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Several files uploaded at once (docs/product.md, "Checklists and documents"): each its own
 * document, SHA-256 and audit event; all or none; the request's version moves on by one per file.
 */

const suite = requestSuite();

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const FILES: UploadedFile[] = [
  { fileName: "identifiants-comptes.pdf", bytes: PDF },
  { fileName: "virements.docx", bytes: DOCX },
  { fileName: "releve.txt", bytes: TEXT },
];

function uploadAll(ctx: Ctx, handle: RequestHandle, files: UploadedFile[], overrides: Partial<UploadDocumentsInput> = {}, limits?: { maxBytes: number }) {
  return uploadDocuments(
    ctx,
    { requestId: handle.id, version: handle.version, type: "annex", language: "fr", visibility: "shared", files, ...overrides },
    limits,
  );
}

/** Everything an upload may write. */
async function footprint(handle: RequestHandle) {
  const [docs] = await suite.db.select({ n: count() }).from(documents).where(eq(documents.requestId, handle.id));
  const [contents] = await suite.db.select({ n: count() }).from(documentContents);
  const events = await eventsOf(suite.db, handle.id);
  return { documents: docs!.n, contents: contents!.n, events: events.length, version: (await storedRequest(suite.db, handle.id)).version };
}

async function expectNothingStored(handle: RequestHandle, attempt: () => Promise<unknown>): Promise<unknown> {
  const before = await footprint(handle);
  const failure = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(failure).not.toBeNull();
  expect(await footprint(handle)).toEqual(before);
  return failure;
}

describe("several files in one go", () => {
  it("each becomes its own document, with its own SHA-256 and audit event, and the version moves on by one per file", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const before = await footprint(handle);
    const stored = await uploadAll(suite.parties.magistrate, handle, FILES, { checklistItemKey: "financial_identifiers" });

    expect(stored.map(({ name, sha256: hash, version }) => ({ name, hash, version }))).toEqual(
      FILES.map(({ fileName, bytes }) => ({ name: fileName, hash: sha256(bytes), version: 1 })),
    );
    expect(new Set(stored.map((d) => d.id)).size).toBe(3);
    expect(await footprint(handle)).toEqual({
      documents: before.documents + 3,
      contents: before.contents + 3,
      events: before.events + 3,
      version: before.version + 3,
    });
    const uploads = (await eventsOf(suite.db, handle.id)).filter((e) => e.action === "documentUploaded");
    expect(uploads.map((e) => [e.data.documentId, e.data.sha256])).toEqual(stored.map((d) => [d.id, d.sha256]));
    expect((await verifyAuditChains(suite.db, { requestId: handle.id })).problems).toEqual([]);

    // The same choices for each: type, language, visibility, checklist item.
    const listed = await listDocuments(suite.parties.magistrate, handle.id);
    expect(listed.map(({ type, language, visibility, checklistItemKey }) => ({ type, language, visibility, checklistItemKey }))).toEqual(
      Array(3).fill({ type: "annex", language: "fr", visibility: "shared", checklistItemKey: "financial_identifiers" }),
    );
    expect((await checklistFor(suite.parties.magistrate, handle.id)).items.find((i) => i.key === "financial_identifiers")).toMatchObject({
      status: "provided",
      providedBy: { kind: "document", documentId: stored[0]!.id },
    });

    // The next write carries the version after the last file.
    handle.version += 3;
    await uploadDocument(suite.parties.magistrate, { requestId: handle.id, version: handle.version, type: "annex", language: "fr", fileName: "suite.pdf", bytes: PDF });
  });

  it.each([
    ["an executable among them", [FILES[0]!, { fileName: "outil.pdf", bytes: ELF }, FILES[2]!], { "files.1": ["fileTypeNotAllowed"] }],
    ["a name that hides its extension", [FILES[0]!, FILES[1]!, { fileName: "photo\u202Egnp.pdf", bytes: PNG }], { "files.2": ["fileNameInvalid"] }],
    ["an empty file", [{ fileName: "vide.pdf", bytes: new Uint8Array() }, FILES[1]!], { "files.0": ["fileEmpty"] }],
    ["a PNG named .pdf", [FILES[0]!, { fileName: "capture.pdf", bytes: PNG }], { "files.1": ["fileExtensionMismatch"] }],
  ])("one refused file (%s) stores none, and the refusal names that file's position", async (_label, files, fields) => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectNothingStored(handle, () => uploadAll(suite.parties.magistrate, handle, files));
    expect(failure).toBeInstanceOf(Invalid);
    expect((failure as Invalid).fields).toEqual(fields);
  });

  it("a file above the size limit stores none", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectNothingStored(handle, () =>
      uploadAll(suite.parties.magistrate, handle, [{ fileName: "petit.txt", bytes: TEXT }, FILES[0]!], {}, { maxBytes: TEXT.length }),
    );
    expect((failure as Invalid).fields).toEqual({ "files.1": ["fileTooLarge"] });
  });

  it("files that together exceed what one submission carries store none", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const half = new Uint8Array(Math.floor(UPLOAD_MAX_TOTAL_BYTES / 2) + 1);
    half.set(PDF);
    const failure = await expectNothingStored(handle, () =>
      uploadAll(suite.parties.magistrate, handle, [{ fileName: "a.pdf", bytes: half }, { fileName: "b.pdf", bytes: half }], {}, { maxBytes: half.length }),
    );
    expect((failure as Invalid).fields).toEqual({ file: ["filesTooLargeTogether"] });
  });

  it("refuses no file, too many files, and several files as one new version", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    expect(((await expectNothingStored(handle, () => uploadAll(suite.parties.magistrate, handle, []))) as Invalid).fields).toEqual({ file: ["fileRequired"] });
    const many = Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) => ({ fileName: `piece-${i}.txt`, bytes: TEXT }));
    expect(((await expectNothingStored(handle, () => uploadAll(suite.parties.magistrate, handle, many))) as Invalid).fields).toEqual({ file: ["tooManyFiles"] });

    const [first] = await uploadAll(suite.parties.magistrate, handle, [FILES[0]!]);
    handle.version += 1;
    const failure = await expectNothingStored(handle, () => uploadAll(suite.parties.magistrate, handle, FILES.slice(0, 2), { replacesId: first!.id }));
    expect((failure as Invalid).fields).toEqual({ replacesId: ["replaceOneFile"] });
  });

  it("a refusal met while storing (here the checklist link of an internal document) stores none either", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectNothingStored(handle, () =>
      uploadAll(suite.parties.magistrate, handle, FILES, { visibility: "internal", checklistItemKey: "financial_identifiers" }),
    );
    expect((failure as Invalid).fields).toEqual({ visibility: ["checklistNeedsShared"] });
  });

  it("a failure while storing the second file leaves the first one out too", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    // How often one file's write reads the clock; the clock then fails during the second file's.
    let reads = 0;
    const counting: Ctx = { ...suite.parties.magistrate, now: () => (reads++, suite.parties.magistrate.now()) };
    await uploadAll(counting, handle, [FILES[0]!]);
    handle.version += 1;
    const perFile = reads;
    reads = 0;
    const failing: Ctx = {
      ...suite.parties.magistrate,
      now: () => {
        if (++reads > perFile) throw new Error("the database went away");
        return suite.parties.magistrate.now();
      },
    };
    const failure = await expectNothingStored(handle, () => uploadAll(failing, handle, FILES));
    expect(String(failure)).toContain("the database went away");
    expect(reads).toBe(perFile + 1);
  });

  it("from a stale page: a conflict, nothing stored", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectNothingStored(handle, () => uploadAll(suite.parties.magistrate, handle, FILES, { version: handle.version - 1 }));
    expect(failure).toBeInstanceOf(Conflict);
    expect((failure as Conflict).code).toBe("stale");
  });

  it("after transmission, each file's event is shared as the document is", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const stored = await uploadAll(suite.parties.magistrate, handle, FILES.slice(0, 2), { type: "translation", language: "en" });
    const events = (await eventsOf(suite.db, handle.id)).filter((e) => stored.some((d) => d.id === e.data.documentId));
    expect(events.map((e) => e.visibility)).toEqual(["shared", "shared"]);
    expect((await listDocuments(suite.parties.officer, handle.id)).map((d) => d.id)).toEqual(stored.map((d) => d.id));
  });
});
