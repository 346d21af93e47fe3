import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { documentContents, documents, requestEvents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { verifyAuditChains } from "@/lib/audit/verify";
import { listDocuments } from "@/lib/documents/list";
import { readDocument } from "@/lib/documents/read";
import { uploadDocument, type UploadDocumentInput } from "@/lib/documents/upload";
import { DEFAULT_DOCUMENT_MAX_BYTES, EnvError, parseEnv } from "@/lib/env";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { DOCX, ELF, JPEG, ODT, PDF, PNG, TEXT, WINDOWS_EXE, ZIP } from "../support/documents";
import {
  draftRequest, eventsOf, requestIn, storedRequest, userCtx, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** Documents of a request (docs/product.md, "Checklists and documents"): what is refused, who sees what, and the integrity of the bytes. */

const suite = requestSuite();
let colombianOfficer: Ctx;
let otherUnitMagistrate: Ctx;
let admin: Ctx;

beforeAll(async () => {
  colombianOfficer = await userCtx(suite.db, "liaison_officer", "CO-FGN");
  otherUnitMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  admin = await userCtx(suite.db, "admin");
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Uploads to `handle` with sensible defaults, and advances its version on success. */
async function upload(
  ctx: Ctx,
  handle: RequestHandle,
  overrides: Partial<UploadDocumentInput> = {},
  limits?: { maxBytes: number },
) {
  const result = await uploadDocument(
    ctx,
    {
      requestId: handle.id,
      version: handle.version,
      type: "annex",
      language: "fr",
      visibility: "internal",
      fileName: "annexe.pdf",
      bytes: PDF,
      ...overrides,
    },
    limits,
  );
  handle.version += 1;
  return result;
}

/** Everything an upload may write: document rows, their bytes, and the request's events and version. */
async function footprint(handle: RequestHandle) {
  const [docs] = await suite.db.select({ n: count() }).from(documents);
  const [contents] = await suite.db.select({ n: count() }).from(documentContents);
  const events = await eventsOf(suite.db, handle.id);
  const request = await storedRequest(suite.db, handle.id);
  return { documents: docs!.n, contents: contents!.n, events: events.length, version: request.version };
}

/** Runs `attempt`, which must fail with `error`, and checks that nothing at all was stored. */
async function expectRefusedWithNothingStored(handle: RequestHandle, attempt: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await footprint(handle);
  const failure = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(error);
  expect(await footprint(handle)).toEqual(before);
  return failure as Error;
}

describe("the size limit", () => {
  it("is 25 MB unless DOCUMENT_MAX_BYTES says otherwise, and cannot exceed what the server accepts", () => {
    expect(DEFAULT_DOCUMENT_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(parseEnv({}).DOCUMENT_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(parseEnv({ DOCUMENT_MAX_BYTES: "1048576" }).DOCUMENT_MAX_BYTES).toBe(1_048_576);
    expect(() => parseEnv({ DOCUMENT_MAX_BYTES: String(100 * 1024 * 1024) })).toThrow(EnvError);
    expect(() => parseEnv({ DOCUMENT_MAX_BYTES: "0" })).toThrow(EnvError);
  });

  it("accepts a file of exactly the limit and refuses one byte more, storing nothing", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    await upload(suite.parties.magistrate, handle, {}, { maxBytes: PDF.length });
    const failure = await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.magistrate, handle, {}, { maxBytes: PDF.length - 1 }),
      Invalid,
    );
    expect((failure as Invalid).fields).toEqual({ file: ["fileTooLarge"] });
  });
});

describe("files that are refused, with nothing stored", () => {
  let handle: RequestHandle;
  beforeAll(async () => {
    handle = await draftRequest(suite.parties.magistrate);
  });

  const withDot = `${"x".repeat(196)}.pdf`; // 200 characters: the longest name accepted

  it.each([
    ["an empty file", "lettre.pdf", new Uint8Array(), "fileEmpty"],
    ["no file at all", "", new Uint8Array(), "fileRequired"],
    ["an ELF executable named .pdf", "lettre.pdf", ELF, "fileTypeNotAllowed"],
    ["a Windows executable named .pdf", "lettre.pdf", WINDOWS_EXE, "fileTypeNotAllowed"],
    ["a Windows executable named .exe", "setup.exe", WINDOWS_EXE, "fileTypeNotAllowed"],
    ["a plain ZIP archive named .docx", "lettre.docx", ZIP, "fileTypeNotAllowed"],
    ["binary bytes named .txt (not UTF-8)", "notes.txt", Uint8Array.from([0xc3, 0x28, 0xff, 0xfe]), "fileTypeNotAllowed"],
    ["text with a NUL byte named .txt", "notes.txt", Uint8Array.from([0x41, 0x00, 0x42]), "fileTypeNotAllowed"],
    ["a PDF named .docx", "lettre.docx", PDF, "fileExtensionMismatch"],
    ["a DOCX named .pdf", "lettre.pdf", DOCX, "fileExtensionMismatch"],
    ["an ODT named .docx", "lettre.docx", ODT, "fileExtensionMismatch"],
    ["plain text named .pdf", "lettre.pdf", TEXT, "fileExtensionMismatch"],
    ["a PNG named .jpg", "photo.jpg", PNG, "fileExtensionMismatch"],
    ["a name climbing out of its folder (../)", "../lettre.pdf", PDF, "fileNameInvalid"],
    ["a name with dots in the middle (..)", "lettre..pdf", PDF, "fileNameInvalid"],
    ["a name with a slash", "dossier/lettre.pdf", PDF, "fileNameInvalid"],
    ["an absolute path", "/etc/lettre.pdf", PDF, "fileNameInvalid"],
    ["a name with a backslash", "C:\\dossier\\lettre.pdf", PDF, "fileNameInvalid"],
    ["a name with a bell character", "lettre\u0007.pdf", PDF, "fileNameInvalid"],
    ["a name with a line break", "lettre\n.pdf", PDF, "fileNameInvalid"],
    ["a name with a NUL character", "lettre\u0000.pdf", PDF, "fileNameInvalid"],
    ["a name with DEL", "lettre\u007f.pdf", PDF, "fileNameInvalid"],
    ["a right-to-left override hiding an extension", "facture\u202Efdp.exe.pdf", PDF, "fileNameInvalid"],
    ["a name without an extension", "lettre", PDF, "fileNameNoExtension"],
    ["an extension without a name", ".pdf", PDF, "fileNameNoExtension"],
    ["an over-long name", `x${withDot}`, PDF, "fileNameTooLong"],
  ])("%s", async (_label, fileName, bytes, key) => {
    const failure = await expectRefusedWithNothingStored(handle, () => upload(suite.parties.magistrate, handle, { fileName, bytes }), Invalid);
    expect((failure as Invalid).fields).toEqual({ file: [key] });
  });

  it("accepts the longest name allowed, so the limit above is the one refused", async () => {
    const { id } = await upload(suite.parties.magistrate, handle, { fileName: withDot });
    const [row] = await suite.db.select().from(documents).where(eq(documents.id, id));
    expect(row!.originalName).toBe(withDot);
  });

  it("returned evidence must name a measure of the request", async () => {
    const transmitted = await requestIn("in_execution", suite.parties);
    const other = await draftRequest(suite.parties.magistrate);
    const missing = await expectRefusedWithNothingStored(
      transmitted,
      () => upload(suite.parties.officer, transmitted, { type: "returned_evidence", language: "en" }),
      Invalid,
    );
    expect((missing as Invalid).fields).toEqual({ measureId: ["measureRequired"] });
    const foreign = await expectRefusedWithNothingStored(
      transmitted,
      () => upload(suite.parties.officer, transmitted, { type: "returned_evidence", language: "en", measureId: other.measureIds[0] }),
      Invalid,
    );
    expect((foreign as Invalid).fields).toEqual({ measureId: ["invalidChoice"] });
  });
});

describe("who may upload what", () => {
  it("a request out of scope answers 404, whoever asks and whatever the file", async () => {
    const draft = await draftRequest(suite.parties.magistrate);
    const transmitted = await requestIn("transmitted", suite.parties);
    await expectRefusedWithNothingStored(draft, () => upload(otherUnitMagistrate, draft), NotFound);
    await expectRefusedWithNothingStored(draft, () => upload(admin, draft), NotFound);
    // Before transmission the requested side does not know the request exists.
    await expectRefusedWithNothingStored(draft, () => upload(suite.parties.officer, draft, { type: "acknowledgement", language: "en" }), NotFound);
    await expectRefusedWithNothingStored(
      transmitted,
      () => upload(colombianOfficer, transmitted, { type: "acknowledgement", language: "es" }),
      NotFound,
    );
  });

  it("each side uploads its own types only (403)", async () => {
    const handle = await requestIn("in_execution", suite.parties);
    await expectRefusedWithNothingStored(handle, () => upload(suite.parties.officer, handle, { type: "request_letter", language: "en" }), Forbidden);
    await expectRefusedWithNothingStored(handle, () => upload(suite.parties.officer, handle, { type: "translation", language: "en" }), Forbidden);
    await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.magistrate, handle, { type: "returned_evidence", measureId: handle.measureIds[0] }),
      Forbidden,
    );
    await expectRefusedWithNothingStored(handle, () => upload(suite.parties.manager, handle, { type: "acknowledgement" }), Forbidden);
    // The same actors succeed with their own types.
    await upload(suite.parties.officer, handle, { type: "acknowledgement", language: "en" });
    await upload(suite.parties.officer, handle, { type: "returned_evidence", language: "en", measureId: handle.measureIds[0] });
    await upload(suite.parties.magistrate, handle, { type: "translation", language: "en" });
    await upload(suite.parties.manager, handle, { type: "annex" });
  });

  it("a closed, refused or withdrawn request takes no more documents (409)", async () => {
    const withdrawn = await requestIn("withdrawn", suite.parties);
    const failure = await expectRefusedWithNothingStored(withdrawn, () => upload(suite.parties.magistrate, withdrawn), Conflict);
    expect((failure as Conflict).code).toBe("documentsClosed");
    const refused = await requestIn("refused", suite.parties);
    await expectRefusedWithNothingStored(refused, () => upload(suite.parties.officer, refused, { type: "acknowledgement", language: "en" }), Conflict);
    const closed = await requestIn("closed", suite.parties);
    await expectRefusedWithNothingStored(closed, () => upload(suite.parties.manager, closed, { type: "translation" }), Conflict);
    // Until then, both sides still upload (here after execution).
    const executed = await requestIn("executed", suite.parties);
    await upload(suite.parties.magistrate, executed);
    await upload(suite.parties.officer, executed, { type: "returned_evidence", language: "en", measureId: executed.measureIds[0] });
  });

  it("an upload from a stale page is a conflict", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectRefusedWithNothingStored(
      handle,
      () => uploadDocument(suite.parties.magistrate, { requestId: handle.id, version: handle.version - 1, type: "annex", language: "fr", fileName: "a.pdf", bytes: PDF }),
      Conflict,
    );
    expect((failure as Conflict).code).toBe("stale");
  });
});

describe("each accepted kind is stored with the content type read from its bytes", () => {
  it.each([
    ["lettre.pdf", PDF, "application/pdf"],
    ["Lettre.PDF", PDF, "application/pdf"],
    ["traduction.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["traduction.odt", ODT, "application/vnd.oasis.opendocument.text"],
    ["photo.jpg", JPEG, "image/jpeg"],
    ["photo.jpeg", JPEG, "image/jpeg"],
    ["capture.png", PNG, "image/png"],
    ["questions à poser.txt", TEXT, "text/plain"],
  ])("%s", async (fileName, bytes, contentType) => {
    const handle = await draftRequest(suite.parties.magistrate);
    const { id } = await upload(suite.parties.magistrate, handle, { fileName, bytes });
    const [row] = await suite.db.select().from(documents).where(eq(documents.id, id));
    expect(row).toMatchObject({ contentType, originalName: fileName, size: bytes.length });
  });
});

describe("integrity", () => {
  it("the bytes come back identical, with the SHA-256 taken at upload, under a name made by the server", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const { id, sha256: returned } = await upload(suite.parties.magistrate, handle, {
      type: "translation",
      language: "en",
      fileName: "Maria Santos hearing.docx",
      bytes: DOCX,
    });
    const [row] = await suite.db.select().from(documents).where(eq(documents.id, id));
    expect(row!.sha256).toBe(sha256(DOCX));
    expect(returned).toBe(sha256(DOCX));

    const download = await readDocument(suite.parties.magistrate, id);
    expect(Buffer.from(download.bytes).equals(Buffer.from(DOCX))).toBe(true);
    expect(download.sha256).toBe(sha256(DOCX));
    expect(download.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(download.downloadName).toBe(`${handle.reference}_translation_en_v1.docx`);
    expect(download.downloadName).toMatch(/^MLA-\d{4}-FR-PH-\d{4}_translation_en_v1\.docx$/);

    // The audit event names the document by id and hash; the file name (which may name a person) stays out.
    const events = await eventsOf(suite.db, handle.id);
    const last = events.at(-1)!;
    expect(last.action).toBe("documentUploaded");
    expect(last.visibility).toBe("internal"); // drafting is internal
    expect(last.data).toMatchObject({ documentId: id, documentType: "translation", language: "en", size: DOCX.length, sha256: sha256(DOCX) });
    expect(JSON.stringify(last.data)).not.toContain("Maria");
  });

  it("plain text is downloaded as UTF-8 text", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const { id } = await upload(suite.parties.magistrate, handle, { fileName: "questions.txt", bytes: TEXT });
    const download = await readDocument(suite.parties.magistrate, id);
    expect(download.contentType).toBe("text/plain; charset=utf-8");
    expect(download.downloadName).toBe(`${handle.reference}_annex_fr_v1.txt`);
  });

  it("a stored byte changed behind the application's back refuses the download and is reported", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const { id } = await upload(suite.parties.magistrate, handle, { type: "translation", language: "en", visibility: "shared" });
    const tampered = Buffer.from(PDF);
    tampered[20] = tampered[20]! ^ 0xff;
    await suite.db.update(documentContents).set({ bytes: tampered }).where(eq(documentContents.documentId, id));

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failure = await readDocument(suite.parties.officer, id).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(Conflict);
      expect((failure as Conflict).code).toBe("integrityFailure");
      // Logged by id only.
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain(id);
      expect(String(errors.mock.calls[0]![0])).not.toContain("annexe");
    } finally {
      errors.mockRestore();
    }
    const last = (await eventsOf(suite.db, handle.id)).at(-1)!;
    expect(last.action).toBe("documentIntegrityFailure");
    expect(last.data).toMatchObject({ documentId: id });

    // Restoring the bytes restores the download: the refusal came from the hash, nothing else.
    await suite.db.update(documentContents).set({ bytes: Buffer.from(PDF) }).where(eq(documentContents.documentId, id));
    expect(Buffer.from((await readDocument(suite.parties.officer, id)).bytes).equals(Buffer.from(PDF))).toBe(true);
  });
});

describe("who sees which document", () => {
  let handle: RequestHandle;
  let internalAnnex: string;
  let sharedTranslation: string;
  let evidence: string;

  beforeAll(async () => {
    handle = await requestIn("in_execution", suite.parties);
    internalAnnex = (await upload(suite.parties.magistrate, handle, { type: "annex", visibility: "internal", fileName: "note-interne.pdf" })).id;
    sharedTranslation = (await upload(suite.parties.magistrate, handle, { type: "translation", language: "en", visibility: "shared" })).id;
    // The requested side asks for internal: its documents are shared all the same.
    evidence = (
      await upload(suite.parties.officer, handle, {
        type: "returned_evidence",
        language: "en",
        visibility: "internal",
        measureId: handle.measureIds[0],
        fileName: "remittances.png",
        bytes: PNG,
      })
    ).id;
  });

  it("the requesting side lists every document, with uploader, measure and hash, and never the bytes", async () => {
    const listed = await listDocuments(suite.parties.manager, handle.id);
    expect(listed.map((d) => d.id)).toEqual([internalAnnex, sharedTranslation, evidence]);
    const returned = listed.find((d) => d.id === evidence)!;
    expect(returned).toMatchObject({
      visibility: "shared",
      measureId: handle.measureIds[0],
      uploaderName: suite.parties.officer.actor.name,
      sha256: sha256(PNG),
      version: 1,
      current: true,
    });
    expect(Object.keys(returned)).not.toContain("bytes");
    expect(Buffer.from((await readDocument(suite.parties.magistrate, evidence)).bytes).equals(Buffer.from(PNG))).toBe(true);
  });

  it("the requested side lists and reads shared documents only; an internal annex is 404 to it", async () => {
    expect((await listDocuments(suite.parties.officer, handle.id)).map((d) => d.id)).toEqual([sharedTranslation, evidence]);
    expect((await readDocument(suite.parties.officer, sharedTranslation)).sha256).toBe(sha256(PDF));
    await expect(readDocument(suite.parties.officer, internalAnnex)).rejects.toBeInstanceOf(NotFound);
    // Its own upload's event is shared; the internal annex's event is not.
    const events = await eventsOf(suite.db, handle.id);
    const eventOf = (id: string) => events.find((e) => e.action === "documentUploaded" && e.data.documentId === id)!;
    expect(eventOf(evidence).visibility).toBe("shared");
    expect(eventOf(sharedTranslation).visibility).toBe("shared");
    expect(eventOf(internalAnnex).visibility).toBe("internal");
  });

  it("another country's officer, another unit and an administrator get 404 for every document", async () => {
    for (const ctx of [colombianOfficer, otherUnitMagistrate, admin]) {
      await expect(listDocuments(ctx, handle.id)).rejects.toBeInstanceOf(NotFound);
      for (const id of [internalAnnex, sharedTranslation, evidence]) {
        await expect(readDocument(ctx, id)).rejects.toBeInstanceOf(NotFound);
      }
    }
  });

  it("an unknown or malformed id is 404", async () => {
    await expect(readDocument(suite.parties.magistrate, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFound);
    await expect(readDocument(suite.parties.magistrate, "../etc/passwd")).rejects.toBeInstanceOf(NotFound);
    await expect(listDocuments(suite.parties.magistrate, "not-a-uuid")).rejects.toBeInstanceOf(NotFound);
  });
});

describe("a link to a checklist item", () => {
  it("is kept when the document is what the item asks for", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const { id } = await upload(suite.parties.magistrate, handle, {
      type: "translation",
      language: "en",
      visibility: "shared",
      checklistItemKey: "ph_translation_request",
    });
    const [row] = await suite.db.select({ key: documents.checklistItemKey }).from(documents).where(eq(documents.id, id));
    expect(row!.key).toBe("ph_translation_request");
  });

  it("is refused on an internal document, on its visibility: only what is sent counts for the checklist", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    for (const visibility of ["internal", undefined] as const) {
      const failure = await expectRefusedWithNothingStored(
        handle,
        () => upload(suite.parties.magistrate, handle, { type: "annex", language: "en", visibility, checklistItemKey: "ph_translation_offences" }),
        Invalid,
      );
      expect((failure as Invalid).fields).toEqual({ visibility: ["checklistNeedsShared"] });
    }
  });

  it.each([
    ["an annex offered as the signed letter", { type: "annex" as const, checklistItemKey: "signed_letter" }, "checklistItemMismatch"],
    ["a French translation offered as the English one", { type: "translation" as const, language: "fr" as const, checklistItemKey: "ph_translation_request" }, "checklistItemMismatch"],
    ["an item that does not exist", { checklistItemKey: "no_such_item" }, "invalidChoice"],
    ["a key that is not one", { checklistItemKey: "Robert'); DROP TABLE" }, "invalidChoice"],
  ])("refuses %s, storing nothing", async (_label, overrides, key) => {
    const handle = await draftRequest(suite.parties.magistrate);
    const failure = await expectRefusedWithNothingStored(handle, () => upload(suite.parties.magistrate, handle, overrides), Invalid);
    expect((failure as Invalid).fields).toEqual({ checklistItemKey: [key] });
  });

  it("is not for the requested side, which has no checklist", async () => {
    const handle = await requestIn("in_execution", suite.parties);
    const failure = await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.officer, handle, { type: "acknowledgement", language: "en", checklistItemKey: "signed_letter" }),
      Invalid,
    );
    expect((failure as Invalid).fields).toEqual({ checklistItemKey: ["invalidChoice"] });
  });
});

describe("versions", () => {
  it("a replaced document is kept, no longer current, and its successor is the next version", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const first = await upload(suite.parties.magistrate, handle, { type: "translation", language: "en", fileName: "v1.pdf" });
    const second = await upload(suite.parties.magistrate, handle, {
      type: "translation",
      language: "en",
      replacesId: first.id,
      fileName: "v2.docx",
      bytes: DOCX,
    });
    expect(second.version).toBe(2);

    const listed = await listDocuments(suite.parties.magistrate, handle.id);
    expect(listed.map(({ id, version, current, replacesId }) => ({ id, version, current, replacesId }))).toEqual([
      { id: first.id, version: 1, current: false, replacesId: null },
      { id: second.id, version: 2, current: true, replacesId: first.id },
    ]);
    // Both versions stay downloadable, each with its own bytes and name.
    expect(Buffer.from((await readDocument(suite.parties.magistrate, first.id)).bytes).equals(Buffer.from(PDF))).toBe(true);
    expect((await readDocument(suite.parties.magistrate, second.id)).downloadName).toBe(`${handle.reference}_translation_en_v2.docx`);
  });

  it("an old version cannot be replaced again, nor a document by one of another type", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const first = await upload(suite.parties.magistrate, handle, { type: "translation", language: "en" });
    await upload(suite.parties.magistrate, handle, { type: "translation", language: "en", replacesId: first.id });

    const again = await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.magistrate, handle, { type: "translation", language: "en", replacesId: first.id }),
      Conflict,
    );
    expect((again as Conflict).code).toBe("documentAlreadyReplaced");
    const otherType = await upload(suite.parties.magistrate, handle, { type: "annex" });
    const mismatch = await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.magistrate, handle, { type: "translation", language: "en", replacesId: otherType.id }),
      Invalid,
    );
    expect((mismatch as Invalid).fields).toEqual({ replacesId: ["replacementTypeMismatch"] });
    // The refused replacements left the current document current.
    const [row] = await suite.db.select({ current: documents.current }).from(documents).where(eq(documents.id, otherType.id));
    expect(row!.current).toBe(true);
  });

  it("a document of another request is no choice to replace", async () => {
    const handle = await requestIn("in_execution", suite.parties);
    const elsewhere = await requestIn("in_execution", suite.parties);
    const foreign = await upload(suite.parties.officer, elsewhere, { type: "acknowledgement", language: "en" });
    const failure = await expectRefusedWithNothingStored(
      handle,
      () => upload(suite.parties.officer, handle, { type: "acknowledgement", language: "en", replacesId: foreign.id }),
      Invalid,
    );
    expect((failure as Invalid).fields).toEqual({ replacesId: ["invalidChoice"] });
  });
});

describe("audit trail", () => {
  it("uploads and integrity failures extend the request's hash chain, which still verifies", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const before = (await eventsOf(suite.db, handle.id)).length;
    const { id } = await upload(suite.parties.magistrate, handle);
    await suite.db.update(documentContents).set({ bytes: Buffer.from("%PDF-tampered") }).where(eq(documentContents.documentId, id));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(readDocument(suite.parties.magistrate, id)).rejects.toBeInstanceOf(Conflict);
    errors.mockRestore();
    const events = await suite.db.select().from(requestEvents).where(eq(requestEvents.requestId, handle.id));
    expect(events.length).toBe(before + 2);
    expect((await verifyAuditChains(suite.db, { requestId: handle.id })).problems).toEqual([]);
  });
});
