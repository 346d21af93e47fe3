import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { measures } from "@/db/schema";
import { checklistFor } from "@/lib/checklists/checklist-for";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/messages";
import { loadLetter } from "@/lib/letters/letter-view";
import { renderLetterDocument } from "@/lib/letters/render-document";
import { addMeasure, editMeasure, type MeasureInput } from "@/lib/requests/draft-parts";
import { docxText } from "../support/docx-text";
import { draftRequest, storedRequest, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Structured measures (issue 14, item 1) on a real database: each type's details are
 * validated with the measure (every field's message at once, translated, nothing written on
 * bad input), stored by type, asked for by the checklist of the new types, and printed in
 * the letter in each of its languages.
 */

const suite = requestSuite();

type Details = Record<string, unknown>;

async function add(ctx: Ctx, handle: RequestHandle, type: string, details: Details, extra: Partial<MeasureInput> = {}) {
  const result = await addMeasure(ctx, {
    requestId: handle.id,
    version: handle.version,
    type,
    description: "What is asked.",
    justification: "Why it is there.",
    details,
    ...extra,
  } as MeasureInput);
  handle.version += 1;
  return result;
}

/** The measure refused with these field messages, and nothing written: no measure, the same version. */
async function expectRefused(handle: RequestHandle, attempt: () => Promise<unknown>, fields: Record<string, string[]>) {
  const before = await storedRequest(suite.db, handle.id);
  const count = (await suite.db.select().from(measures).where(eq(measures.requestId, handle.id))).length;
  const error = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Invalid);
  expect((error as Invalid).fields).toEqual(fields);
  // Every message key has its sentence in both languages, to show next to the field.
  for (const keys of Object.values(fields)) {
    for (const key of keys) for (const locale of ["fr", "en"] as const) expect((MESSAGES[locale].errors as Record<string, unknown>)[key], `${locale} errors.${key}`).toEqual(expect.any(String));
  }
  expect((await storedRequest(suite.db, handle.id)).version).toBe(before.version);
  expect((await suite.db.select().from(measures).where(eq(measures.requestId, handle.id))).length).toBe(count);
}

async function storedDetailsOf(id: string) {
  const [row] = await suite.db.select({ details: measures.details }).from(measures).where(eq(measures.id, id));
  return row!.details;
}

describe("the details of each new type of measure", () => {
  it("an arrest needs its place; its coordination date must be a real date", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "arrest_of_suspects", { coordinationDate: "2026-02-30" }), {
      "details.place": ["required"],
      "details.coordinationDate": ["invalidDate"],
    });
    const { id } = await add(magistrate, handle, "arrest_of_suspects", { place: "  Lapu-Lapu City, Cebu ", coordinationDate: "2026-04-15" });
    expect(await storedDetailsOf(id)).toEqual({ place: "Lapu-Lapu City, Cebu", coordinationDate: "2026-04-15" });
  });

  it("the safeguarding of children at risk needs the place where they are believed to be", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "child_safeguarding", { place: "   ", protection: "x".repeat(2_001) }), {
      "details.place": ["required"],
      "details.protection": ["tooLong"],
    });
    const { id } = await add(magistrate, handle, "child_safeguarding", { place: "Barangay Pajo, Lapu-Lapu", protection: "Placement with the DSWD." });
    expect(await storedDetailsOf(id)).toEqual({ place: "Barangay Pajo, Lapu-Lapu", protection: "Placement with the DSWD." });
  });

  it("a victim's testimony in France: travel, escort, interpreter and the date of the testimony", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "victim_travel", { interpreter: "x".repeat(201), testimonyDate: "next week" }), {
      "details.interpreter": ["tooLong"],
      "details.testimonyDate": ["invalidDate"],
    });
    const { id } = await add(magistrate, handle, "victim_travel", {
      travel: "Manila – Paris, 3 days before the hearing",
      escort: "A DSWD social worker",
      interpreter: "Cebuano",
      testimonyDate: "2026-06-10",
    });
    expect(await storedDetailsOf(id)).toEqual({
      travel: "Manila – Paris, 3 days before the hearing",
      escort: "A DSWD social worker",
      interpreter: "Cebuano",
      testimonyDate: "2026-06-10",
    });
  });
});

describe("the details of the existing types", () => {
  it("financial records: accounts one per line, a period that does not end before it starts", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "bank_records", { periodFrom: "2025-01-01", periodTo: "2024-12-31" }), {
      "details.periodTo": ["periodInverted"],
    });
    // A list item too long is reported on its list, not on a line number.
    await expectRefused(handle, () => add(magistrate, { ...handle }, "money_transfer_records", { accounts: `ok\n${"x".repeat(501)}` }), {
      "details.accounts": ["tooLong"],
    });
    const { id } = await add(magistrate, handle, "bank_records", {
      institution: "BDO Unibank",
      accounts: "PH12 3456 7890\r\n\r\n  PH98 7654 3210  ",
      periodFrom: "2024-01-01",
      periodTo: "2025-12-31",
      recordTypes: "",
    });
    // Empty values are left out; the list is split, trimmed and blank lines dropped.
    expect(await storedDetailsOf(id)).toEqual({ institution: "BDO Unibank", accounts: ["PH12 3456 7890", "PH98 7654 3210"], periodFrom: "2024-01-01", periodTo: "2025-12-31" });
  });

  it("messaging data: the platform and categories among the known ones; a hearing: a known recording", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "content_data", { platform: "Messenger", dataCategories: ["content", "passwords"] }), {
      "details.dataCategories": ["invalidChoice"],
    });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "hearing_minor_victim", { recording: "hologram", psychologist: "maybe" }), {
      "details.recording": ["invalidChoice"],
      "details.psychologist": ["invalidChoice"],
    });
    const messaging = await add(magistrate, handle, "content_data", { platform: "Messenger", dataCategories: ["traffic", "subscriber", "traffic"] });
    expect(await storedDetailsOf(messaging.id)).toEqual({ platform: "Messenger", dataCategories: ["subscriber", "traffic"] });
    // A form sends ticked boxes as "on"; an unticked one sends nothing.
    const hearing = await add(magistrate, handle, "hearing_minor_victim", {
      questions: "Who filmed you?\nWho else was there?",
      recording: "audio_video",
      psychologist: "on",
      hearingDate: "2026-05-04",
    });
    expect(await storedDetailsOf(hearing.id)).toEqual({
      questions: ["Who filmed you?", "Who else was there?"],
      recording: "audio_video",
      psychologist: true,
      hearingDate: "2026-05-04",
    });
  });

  it("every field's message at once: the measure's own fields and its details; the details of an unknown type are not looked at", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "arrest_of_suspects", {}, { description: "" }), {
      description: ["required"],
      "details.place": ["required"],
    });
    await expectRefused(handle, () => add(magistrate, { ...handle }, "rescue", { place: 42 }), { type: ["invalidChoice"] });
    // Details of another type are not stored on this one.
    const { id } = await add(magistrate, handle, "identification", { place: "Somewhere" });
    expect(await storedDetailsOf(id)).toEqual({});
  });

  it("an edit validates the details against the (new) type, and a refused edit changes nothing", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    const { id } = await add(magistrate, handle, "search_and_seizure", { place: "The room in Annex 1" });
    const edit = (type: string, details: Details) =>
      editMeasure(magistrate, { requestId: handle.id, version: handle.version, measureId: id, type, description: "Edited.", details } as Parameters<typeof editMeasure>[1]);
    await expectRefused(handle, () => edit("arrest_of_suspects", { coordinationDate: "1850-01-01" }), {
      "details.place": ["required"],
      "details.coordinationDate": ["invalidDate"],
    });
    expect(await storedDetailsOf(id)).toEqual({ place: "The room in Annex 1" });
    await edit("arrest_of_suspects", { place: "Cebu", coordinationDate: "2026-04-01" });
    handle.version += 1;
    expect(await storedDetailsOf(id)).toEqual({ place: "Cebu", coordinationDate: "2026-04-01" });
  });
});

describe("the checklist of the new types", () => {
  it("asks for the documents an arrest, a safeguarding and a victim's travel need", async () => {
    const { magistrate, manager } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    const before = (await checklistFor(manager, handle.id)).items.map((i) => i.key);
    expect(before).not.toEqual(expect.arrayContaining(["arrest_warrant"]));

    await add(magistrate, handle, "arrest_of_suspects", { place: "Cebu" });
    await add(magistrate, handle, "child_safeguarding", { place: "Cebu" });
    await add(magistrate, handle, "victim_travel", {});
    const { items, missing } = await checklistFor(manager, handle.id);
    const added = ["arrest_warrant", "arrest_identification", "child_safeguarding_information", "victim_travel_consent"];
    expect(items.map((i) => i.key)).toEqual([...before, ...added]);
    expect(missing).toEqual(expect.arrayContaining(added));
    for (const key of added) expect(items.find((i) => i.key === key)!.expects).toMatchObject({ documentType: "annex", field: null });
  });
});

describe("the letter prints each measure's details", () => {
  it("a hearing of a minor by video link, in French and in English", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0 });
    await add(magistrate, handle, "hearing_minor_victim", {
      questions: "Qui vous filmait ?\nQui d'autre était présent ?",
      recording: "audio_video",
      psychologist: true,
      videoLink: true,
      hearingDate: "2026-05-04",
    });
    const body = async (language: "fr" | "en") => {
      const file = await renderLetterDocument(await loadLetter(magistrate, handle.id), "letter", language, "docx");
      return docxText(file.bytes).body.replace(/\s+/g, " ");
    };
    const fr = await body("fr");
    for (const text of ["Questions à poser", "1. Qui vous filmait ?", "2. Qui d'autre était présent ?", "Enregistrement de l'audition : enregistrement audiovisuel", "Présence d'un psychologue : oui", "Audition par visioconférence : oui", "Date de l'audition : 4 mai 2026"]) {
      expect(fr).toContain(text);
    }
    const en = await body("en");
    for (const text of ["Questions to ask", "Recording of the hearing: audio-visual recording", "A psychologist present: yes", "Hearing by video link: yes", "Date of the hearing: 4 May 2026"]) {
      expect(en).toContain(text);
    }
  });

  it("an EIO's Annex A ticks the videoconference box for a hearing held by video link, and prints its details", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, {
      measures: 0,
      fields: { requestedCountryCode: "RO", requestedAuthority: "Parchetul de pe lângă Tribunalul București", legalBasis: "european_investigation_order", channel: "direct" },
    });
    const lines = async () => {
      const file = await renderLetterDocument(await loadLetter(magistrate, handle.id), "annex-a", "fr", "docx");
      return docxText(file.bytes).body.split("\n").map((line) => line.replace(/\s+/g, " "));
    };
    await add(magistrate, handle, "hearing_witness", { recording: "written" });
    expect(await lines()).toContain("☐ audition par vidéoconférence ou par un autre moyen de transmission audiovisuelle");
    await add(magistrate, handle, "hearing_witness", { videoLink: true, recording: "audio_video" });
    const withVideo = await lines();
    expect(withVideo).toContain("☒ audition par vidéoconférence ou par un autre moyen de transmission audiovisuelle");
    expect(withVideo).toContain("Enregistrement de l'audition : enregistrement audiovisuel");
  });

  it("the art. 29 preservation request names the provider as the custodian", async () => {
    const { magistrate } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 0, fields: { legalBasis: "budapest_convention" } });
    await add(magistrate, handle, "expedited_preservation", {
      provider: "Globe Telecom",
      accounts: ["+63 917 000 0000"],
      dataCategories: ["subscriber", "traffic"],
      preserveUntil: "2026-05-01",
    });
    const file = await renderLetterDocument(await loadLetter(magistrate, handle.id), "preservation", "en", "docx");
    const text = docxText(file.bytes).body.replace(/\s+/g, " ");
    expect(text).toContain("Service provider or custodian, and location of the system: Globe Telecom");
    expect(text).toContain("Categories of data: subscriber data, traffic data");
    expect(text).toContain("Preservation requested until: 1 May 2026");
  });
});
