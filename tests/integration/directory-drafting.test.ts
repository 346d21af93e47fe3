import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { requestDeadlines, requestEvents, requests } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { draftingDirectory, legalBasesBetween } from "@/lib/reference/directory";
import { addAuthority } from "@/lib/reference/manage-authority";
import { addCountry } from "@/lib/reference/manage-country";
import { recordLegalBasis } from "@/lib/reference/manage-legal-basis";
import { proposedAuthority, rankAuthorities } from "@/lib/reference/propose";
import { createRequest } from "@/lib/requests/create-request";
import { updateDraft } from "@/lib/requests/update-draft";
import type { MeasureType } from "@/lib/requests/vocabulary";
import { COMPLETE_FIELDS, draftRequest, makeCase, userCtx } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** Drafting reads the directory: the legal bases a pair of countries offers, and the authority to propose. */

const suite = requestSuite();

async function counts() {
  const [r, e] = await Promise.all([suite.db.select({ id: requests.id }).from(requests), suite.db.select({ id: requestEvents.id }).from(requestEvents)]);
  return { requests: r.length, events: e.length };
}

/** The name of the authority the form proposes to `ctx` for a request to `country` asking for `types`. */
async function proposal(ctx: Ctx, country: string, types: MeasureType[]): Promise<string | undefined> {
  const directory = await draftingDirectory(ctx, [country]);
  return proposedAuthority(rankAuthorities(directory[country]!.authorities, types))?.authority.name;
}

describe("the legal bases of the demo countries (docs/legal.md)", () => {
  it("seen from France: Budapest and reciprocity with the Philippines, the conventions with Colombia and Madagascar, the EIO with Romania", async () => {
    const bases = async (to: string) => (await legalBasesBetween(suite.db, "FR", to)).map((b) => [b.basis, b.since]);
    expect(await bases("PH")).toEqual([["budapest_convention", "2018-07-01"], ["reciprocity", null]]);
    expect(await bases("CO")).toEqual([["bilateral_convention", "1997-03-21"]]);
    expect(await bases("MG")).toEqual([["bilateral_convention", null]]);
    expect(await bases("RO")).toEqual([["european_investigation_order", null]]);
  });

  it("hold both ways: the Philippine request to France goes on reciprocity", async () => {
    expect((await legalBasesBetween(suite.db, "PH", "FR")).map((b) => b.basis)).toEqual(["budapest_convention", "reciprocity"]);
  });
});

describe("a legal basis the country does not offer is refused next to the field, and nothing is written", () => {
  it("an EIO to the Philippines", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const before = await counts();
    const error = await createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, legalBasis: "european_investigation_order" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields).toEqual({ legalBasis: ["legalBasisNotOffered"] });
    expect(await counts()).toEqual(before);
    // The same request on a basis the Philippines offers is accepted.
    await createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, legalBasis: "budapest_convention" });
  });

  it("a draft to Colombia changed to the Budapest Convention, to which Colombia is not a party here", async () => {
    const draft = await draftRequest(suite.parties.magistrate, { fields: { requestedCountryCode: "CO", legalBasis: "bilateral_convention" } });
    const save = (legalBasis: "budapest_convention" | "bilateral_convention") =>
      updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestedCountryCode: "CO", legalBasis, requestId: draft.id, version: draft.version });
    await expect(save("budapest_convention")).rejects.toMatchObject({ fields: { legalBasis: ["legalBasisNotOffered"] } });
    const [row] = await suite.db.select().from(requests).where(eq(requests.id, draft.id));
    expect(row).toMatchObject({ legalBasis: "bilateral_convention", version: draft.version });
    await save("bilateral_convention");
  });
});

describe("the form proposes the competent authority", () => {
  it("in the Philippines: the AMLC for bank records, the Office of Cybercrime for subscriber and traffic data, the Chief State Counsel otherwise", async () => {
    const magistrate = suite.parties.magistrate;
    expect(await proposal(magistrate, "PH", ["bank_records"])).toBe("Anti-Money Laundering Council");
    expect(await proposal(magistrate, "PH", ["bank_records", "money_transfer_records"])).toBe("Anti-Money Laundering Council");
    expect(await proposal(magistrate, "PH", ["subscriber_data", "traffic_data"])).toBe("Department of Justice — Office of Cybercrime");
    expect(await proposal(magistrate, "PH", ["hearing_minor_victim"])).toBe("Department of Justice — Office of the Chief State Counsel");
    // Measures for two authorities: a central authority receives the request and dispatches it —
    // the one competent for part of it (cybercrime) before the general one.
    expect(await proposal(magistrate, "PH", ["subscriber_data", "bank_records"])).toBe("Department of Justice — Office of Cybercrime");
    expect(await proposal(magistrate, "PH", ["hearing_witness", "bank_records"])).toBe("Department of Justice — Office of the Chief State Counsel");
    // Before any measure: the general central authority.
    expect(await proposal(magistrate, "PH", [])).toBe("Department of Justice — Office of the Chief State Counsel");
    // Colombia's central authority receives any request.
    expect(await proposal(magistrate, "CO", ["bank_records"])).toBe("Fiscalía General de la Nación — Dirección de Asuntos Internacionales");
  });

  it("for a country an administrator added: the United States, its authority for subscriber data, its legal bases", async () => {
    const admin = await userCtx(suite.db, "admin", null);
    await addCountry(admin, { code: "US", nameFr: "États-Unis", nameEn: "United States", languages: "en", timeZone: "America/New_York", budapestPartySince: "2007-01-01" });
    await recordLegalBasis(admin, { countryCode: "US", partnerCode: "FR", basis: "bilateral_convention", instrument: "Traité d'entraide judiciaire en matière pénale", signedOn: "1998-12-10" });
    await addAuthority(admin, { countryCode: "US", name: "Federal Bureau of Investigation", kind: "police", measureTypes: ["search_and_seizure"] });
    await addAuthority(admin, { countryCode: "US", name: "U.S. Department of Justice — Office of International Affairs", kind: "central_authority", measureTypes: ["subscriber_data"] });

    const magistrate = suite.parties.magistrate;
    expect(await proposal(magistrate, "US", ["subscriber_data"])).toBe("U.S. Department of Justice — Office of International Affairs");
    expect(await proposal(magistrate, "US", ["search_and_seizure"])).toBe("Federal Bureau of Investigation");
    const directory = await draftingDirectory(magistrate);
    expect(directory.US!.bases.map((b) => b.basis)).toEqual(["bilateral_convention", "budapest_convention"]);
    // France's own entry is not among the countries it sends requests to.
    expect(Object.keys(directory).sort()).toEqual(["CO", "MG", "PH", "RO", "US"]);

    const kase = await makeCase(magistrate);
    const toUs = { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "US", requestedAuthority: "U.S. Department of Justice — Office of International Affairs" };
    await expect(createRequest(magistrate, { ...toUs, legalBasis: "reciprocity" })).rejects.toMatchObject({ fields: { legalBasis: ["legalBasisNotOffered"] } });
    const { reference } = await createRequest(magistrate, { ...toUs, legalBasis: "budapest_convention" });
    expect(reference).toMatch(/^MLA-\d{4}-FR-US-\d{4}$/);
  });

  it("a country whose public holidays are not known still gets its deadlines", async () => {
    const admin = await userCtx(suite.db, "admin", null);
    await addCountry(admin, { code: "KH", nameFr: "Cambodge", nameEn: "Cambodia", languages: "km, en", timeZone: "Asia/Phnom_Penh" });
    await recordLegalBasis(admin, { countryCode: "KH", partnerCode: "FR", basis: "reciprocity" });
    const { id } = await draftRequest(suite.parties.magistrate, { fields: { requestedCountryCode: "KH", legalBasis: "reciprocity" } });
    const [summary] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, id));
    expect(summary).toMatchObject({ error: null });
  });
});
