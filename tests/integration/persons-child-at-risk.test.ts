import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { requestPersons } from "@/db/schema";
import { Invalid } from "@/lib/errors";
import { loadLetter } from "@/lib/letters/letter-view";
import { renderLetterDocument } from "@/lib/letters/render-document";
import { addPerson, removePerson } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { docxText } from "../support/docx-text";
import { advance, COMPLETE_FIELDS, draftRequest, eventsOf, storedRequest, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Persons (issue 14, item 2): parties to the French proceedings (a civil party, a
 * child-protection association) beside suspects, victims and witnesses; and a child at risk,
 * which makes the request urgent for as long as the child is named, and which both sides see.
 */

const suite = requestSuite();

async function person(handle: RequestHandle, input: Omit<Parameters<typeof addPerson>[1], "requestId" | "version">) {
  const added = await addPerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, ...input });
  handle.version += 1;
  return added;
}

function draftFields(handle: RequestHandle, urgency: "normal" | "urgent" | "very_urgent") {
  return { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, urgency, urgencyReasons: urgency === "normal" ? "" : "A child is in danger." };
}

describe("persons' roles", () => {
  it("a civil party and a child-protection association each have their pseudonyms", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    expect((await person(handle, { role: "civil_party", identity: "Mme X., mother of V1" })).pseudonym).toBe("C1");
    expect((await person(handle, { role: "child_protection_association", identity: "Association Enfance Protégée" })).pseudonym).toBe("A1");
    expect((await person(handle, { role: "child_protection_association", identity: "ECPAT France" })).pseudonym).toBe("A2");
    const view = await getRequest(suite.parties.manager, handle.id);
    expect(view.persons.map((p) => [p.pseudonym, p.role, p.identity])).toEqual([
      ["A1", "child_protection_association", "Association Enfance Protégée"],
      ["A2", "child_protection_association", "ECPAT France"],
      ["C1", "civil_party", "Mme X., mother of V1"],
    ]);
  });
});

describe("a child at risk", () => {
  it("raises a normal request to urgent, and the raise is on the audit trail", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    expect((await storedRequest(suite.db, handle.id)).urgency).toBe("normal");
    await person(handle, { role: "victim", identity: "V., girl aged about 8", childAtRisk: "on" });
    expect((await storedRequest(suite.db, handle.id)).urgency).toBe("urgent");
    expect((await eventsOf(suite.db, handle.id)).at(-1)).toMatchObject({ action: "personAdded", data: { pseudonym: "V1", childAtRisk: true, urgency: "urgent" } });

    // A very urgent request stays very urgent.
    const veryUrgent = await draftRequest(suite.parties.magistrate, { fields: { urgency: "very_urgent", urgencyReasons: "Data may be deleted." } });
    await person(veryUrgent, { role: "other", identity: "A child seen in the streams", childAtRisk: true });
    expect((await storedRequest(suite.db, veryUrgent.id)).urgency).toBe("very_urgent");
  });

  it("keeps the request urgent while the child is named: setting it back to normal is refused, and nothing changes", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const { id } = await person(handle, { role: "witness", identity: "W., boy aged 11", childAtRisk: true });
    const before = await storedRequest(suite.db, handle.id);
    const error = await updateDraft(suite.parties.magistrate, draftFields(handle, "normal")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields).toEqual({ urgency: ["childAtRiskUrgent"] });
    expect(await storedRequest(suite.db, handle.id)).toEqual(before);

    // Very urgent is fine; once the child is no longer named, normal is too.
    await updateDraft(suite.parties.magistrate, draftFields(handle, "very_urgent"));
    handle.version += 1;
    await removePerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, personId: id });
    handle.version += 1;
    await updateDraft(suite.parties.magistrate, draftFields(handle, "normal"));
    expect((await storedRequest(suite.db, handle.id)).urgency).toBe("normal");
  });

  it("is never a suspect, a civil party or an association; the refusal writes nothing", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    for (const role of ["suspect", "civil_party", "child_protection_association"] as const) {
      const error = await person({ ...handle }, { role, identity: "Someone", childAtRisk: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).fields).toEqual({ childAtRisk: ["childAtRiskRole"] });
    }
    expect(await suite.db.select().from(requestPersons).where(eq(requestPersons.requestId, handle.id))).toEqual([]);
    expect((await storedRequest(suite.db, handle.id)).urgency).toBe("normal");
  });

  it("is shown to the requested side, on the request and in the letter; to a manager without need to know, without the identity", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    await person(handle, { role: "victim", identity: "V., girl aged about 8", nationality: "Filipino", location: "Cebu", childAtRisk: true });
    await updateDraft(suite.parties.magistrate, draftFields(handle, "urgent"));
    handle.version += 1;
    await advance(handle, "acknowledged", suite.parties);

    const view = await getRequest(suite.parties.officer, handle.id);
    expect(view.childAtRisk).toBe(true);
    expect(view.persons).toEqual([expect.objectContaining({ pseudonym: "V1", childAtRisk: true })]);
    const letter = async (ctx: typeof suite.parties.officer) => {
      const file = await renderLetterDocument(await loadLetter(ctx, handle.id), "letter", "en", "docx");
      return docxText(file.bytes).body.replace(/\s+/g, " ");
    };
    const officers = await letter(suite.parties.officer);
    expect(officers).toContain("V1 — Victim (minor) (CHILD AT RISK)");
    expect(officers).toContain("A child named in this request is at risk");

    const managers = await getRequest(suite.parties.manager, handle.id);
    expect(managers.persons).toEqual([expect.objectContaining({ pseudonym: "V1", childAtRisk: true, identity: null, identityHidden: true })]);
    const managersLetter = await letter(suite.parties.manager);
    expect(managersLetter).toContain("V1 — Victim (minor) (CHILD AT RISK)");
    expect(managersLetter).not.toContain("girl aged about 8");
  });
});
