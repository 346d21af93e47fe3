import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, authorities, countries, countryLegalBases } from "@/db/schema";
import { ROLES } from "@/lib/access/roles";
import { verifyLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { countryForAdmin, listDirectory } from "@/lib/reference/admin-directory";
import { legalBasesBetween } from "@/lib/reference/directory";
import { addAuthority, updateAuthority } from "@/lib/reference/manage-authority";
import { addCountry, updateCountry } from "@/lib/reference/manage-country";
import type { AddCountryInput } from "@/lib/reference/directory-input";
import { recordLegalBasis, withdrawLegalBasis } from "@/lib/reference/manage-legal-basis";
import type { MeasureType } from "@/lib/requests/vocabulary";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, unitId } from "../support/factories";

/** The directory's administration verbs: what an administrator adds is there, audited; bad input writes nothing. */

let tdb: TestDatabase;
let admin: Ctx;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await unitId(tdb.db, "FR-PARIS-MINORS"); // seeds the reference data and its directory
  admin = await ctxAs(tdb.db, "admin");
});
afterAll(() => tdb.destroy());

const UNITED_STATES: AddCountryInput = {
  code: "us",
  nameFr: "États-Unis",
  nameEn: "United States",
  languages: "en",
  timeZone: "America/New_York",
  euMember: "",
  budapestPartySince: "2007-01-01",
};
const OIA = {
  countryCode: "US",
  name: "U.S. Department of Justice — Office of International Affairs",
  kind: "central_authority" as const,
  measureTypes: ["subscriber_data"] as MeasureType[],
  address: "1301 New York Avenue NW, Washington, DC 20530",
  email: "oia@usdoj.example",
  phone: "+1 202 514 0000",
  officeHours: "Monday to Friday, 9:00–17:30 (Washington time)",
};

/** Everything a refused write must leave untouched. */
async function snapshot() {
  const [c, a, b, l] = await Promise.all([
    tdb.db.select().from(countries),
    tdb.db.select().from(authorities),
    tdb.db.select().from(countryLegalBases),
    tdb.db.select({ id: auditLog.id }).from(auditLog),
  ]);
  return { countries: c.length, authorities: a.length, legalBases: b.length, log: l.length };
}

async function lastLog() {
  const [row] = await tdb.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row!;
}

describe("the directory is administered by administrators only", () => {
  for (const role of ROLES.filter((r) => r !== "admin")) {
    it(`a ${role} can neither read the administration nor add or change anything`, async () => {
      const ctx = await ctxAs(tdb.db, role);
      const before = await snapshot();
      await expect(listDirectory(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(countryForAdmin(ctx, "PH")).rejects.toBeInstanceOf(Forbidden);
      await expect(addCountry(ctx, { ...UNITED_STATES, code: "CA", nameEn: "Canada", nameFr: "Canada", timeZone: "America/Toronto" })).rejects.toBeInstanceOf(Forbidden);
      await expect(updateCountry(ctx, { ...UNITED_STATES, code: "PH", timeZone: "Asia/Manila" })).rejects.toBeInstanceOf(Forbidden);
      await expect(addAuthority(ctx, { ...OIA, countryCode: "PH", name: "Philippine National Police" })).rejects.toBeInstanceOf(Forbidden);
      await expect(recordLegalBasis(ctx, { countryCode: "PH", partnerCode: "FR", basis: "multilateral_convention", instrument: "UNTOC" })).rejects.toBeInstanceOf(Forbidden);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("an administrator adds a country with its legal bases and authorities", () => {
  it("adds the United States, normalised, audited, and listed with known holidays", async () => {
    const before = await snapshot();
    expect(await addCountry(admin, UNITED_STATES)).toEqual({ code: "US" });
    const [us] = await tdb.db.select().from(countries).where(eq(countries.code, "US"));
    expect(us).toMatchObject({ nameEn: "United States", languages: ["en"], timeZone: "America/New_York", euMember: false, budapestPartySince: "2007-01-01" });
    expect(await snapshot()).toEqual({ ...before, countries: before.countries + 1, log: before.log + 1 });
    expect(await lastLog()).toMatchObject({ action: "countryAdded", subjectType: "country", subjectId: us!.id, actorId: admin.actor.id });
    expect((await listDirectory(admin)).find((c) => c.code === "US")).toMatchObject({ authorityCount: 0, holidaysKnown: true });
    // Both parties to the Budapest Convention: the basis follows, from the later date; no EIO outside the EU.
    expect(await legalBasesBetween(tdb.db, "FR", "US")).toEqual([{ basis: "budapest_convention", instrument: "", since: "2007-01-01" }]);
  });

  it("records the bilateral treaty with France, which then holds both ways, and withdraws it", async () => {
    const treaty = { countryCode: "US", partnerCode: "FR", basis: "bilateral_convention" as const, instrument: "Traité d'entraide judiciaire en matière pénale", signedOn: "1998-12-10" };
    const { id } = await recordLegalBasis(admin, treaty);
    expect(await lastLog()).toMatchObject({ action: "legalBasisRecorded", subjectType: "country" });
    for (const [from, to] of [["FR", "US"], ["US", "FR"]] as const) {
      expect((await legalBasesBetween(tdb.db, from, to)).map((b) => b.basis)).toEqual(["bilateral_convention", "budapest_convention"]);
    }
    // Recorded again, from France's side: a duplicate, refused next to the instrument, nothing written.
    const before = await snapshot();
    const duplicate = await recordLegalBasis(admin, { ...treaty, countryCode: "FR", partnerCode: "US" }).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(Invalid);
    expect((duplicate as Invalid).fields).toEqual({ instrument: ["legalBasisExists"] });
    expect(await snapshot()).toEqual(before);

    await withdrawLegalBasis(admin, { legalBasisId: id });
    expect(await lastLog()).toMatchObject({ action: "legalBasisWithdrawn" });
    expect((await legalBasesBetween(tdb.db, "FR", "US")).map((b) => b.basis)).toEqual(["budapest_convention"]);
    await expect(withdrawLegalBasis(admin, { legalBasisId: id })).rejects.toBeInstanceOf(NotFound);
    // Recorded again: the same row comes back.
    expect(await recordLegalBasis(admin, treaty)).toEqual({ id });
  });

  it("adds an authority with its competences; the same name in any case is refused", async () => {
    const { id } = await addAuthority(admin, OIA);
    expect(await lastLog()).toMatchObject({ action: "authorityAdded", subjectType: "authority", subjectId: id });
    const { countryCode: _, ...entry } = OIA;
    expect((await countryForAdmin(admin, "us")).authorities).toEqual([{ id, ...entry }]);

    const before = await snapshot();
    const duplicate = await addAuthority(admin, { ...OIA, name: OIA.name.toUpperCase() }).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(Invalid);
    expect((duplicate as Invalid).fields).toEqual({ name: ["authorityExists"] });
    expect(await snapshot()).toEqual(before);
    // Another country may have an authority of that name.
    await addAuthority(admin, { ...OIA, countryCode: "CO" });
  });

  it("edits an authority, audited with what changed, and refuses a rename onto another's name", async () => {
    const { id } = await addAuthority(admin, { ...OIA, name: "Federal Bureau of Investigation", kind: "police", measureTypes: [] });
    await updateAuthority(admin, { ...OIA, authorityId: id, name: "Federal Bureau of Investigation", kind: "police", measureTypes: ["traffic_data", "subscriber_data"] });
    const [row] = await tdb.db.select().from(authorities).where(eq(authorities.id, id));
    // Stored in the vocabulary's order, whatever the order of the form.
    expect(row!.measureTypes).toEqual(["subscriber_data", "traffic_data"]);
    expect(await lastLog()).toMatchObject({
      action: "authorityUpdated",
      data: { countryCode: "US", before: { measureTypes: [] }, after: { measureTypes: ["subscriber_data", "traffic_data"] } },
    });
    const before = await snapshot();
    await expect(updateAuthority(admin, { ...OIA, authorityId: id })).rejects.toMatchObject({ fields: { name: ["authorityExists"] } });
    expect(await snapshot()).toEqual(before);
    // Saved again unchanged: no entry in the log.
    await updateAuthority(admin, { ...OIA, authorityId: id, name: "Federal Bureau of Investigation", kind: "police", measureTypes: ["subscriber_data", "traffic_data"] });
    expect(await snapshot()).toEqual(before);
  });

  it("corrects a country: EU membership opens the EIO with France, audited with before and after", async () => {
    await addCountry(admin, { code: "DE", nameFr: "Allemagne", nameEn: "Germany", languages: "de", timeZone: "Europe/Berlin", budapestPartySince: "" });
    expect((await legalBasesBetween(tdb.db, "FR", "DE")).map((b) => b.basis)).toEqual([]);
    await updateCountry(admin, { code: "DE", nameFr: "Allemagne", nameEn: "Germany", languages: "de", timeZone: "Europe/Berlin", euMember: "on", budapestPartySince: "2009-07-01" });
    expect((await legalBasesBetween(tdb.db, "FR", "DE")).map((b) => b.basis)).toEqual(["european_investigation_order", "budapest_convention"]);
    expect(await lastLog()).toMatchObject({
      action: "countryUpdated",
      data: { code: "DE", before: { euMember: false, budapestPartySince: null }, after: { euMember: true, budapestPartySince: "2009-07-01" } },
    });
    expect((await verifyLog(tdb.db)).problems).toEqual([]);
  });
});

describe("bad input is refused with a message next to the field, and nothing is written", () => {
  const cases: [string, Record<string, unknown>, Record<string, string[]>][] = [
    ["a country code already in the directory", { code: "PH" }, { code: ["countryExists"] }],
    ["a code that is no country", { code: "EU" }, { code: ["unknownCountryCode"] }],
    ["a time zone that does not exist", { code: "CA", timeZone: "America/Atlantis" }, { timeZone: ["invalidTimeZone"] }],
    ["an abbreviation instead of an IANA zone", { code: "CA", timeZone: "EST" }, { timeZone: ["invalidTimeZone"] }],
    ["no working language", { code: "CA", languages: " , " }, { languages: ["languagesRequired"] }],
    ["a language that is no BCP 47 tag", { code: "CA", languages: "en, english!" }, { languages: ["invalidLanguage"] }],
    ["an empty name", { code: "CA", nameEn: "  " }, { nameEn: ["required"] }],
  ];
  for (const [what, change, fields] of cases) {
    it(`a country: ${what}`, async () => {
      const before = await snapshot();
      const error = await addCountry(admin, { ...UNITED_STATES, nameEn: "Canada", nameFr: "Canada", timeZone: "America/Toronto", ...change }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).fields).toEqual(fields);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("an authority: an unknown country, a bad e-mail address, an unknown competence", async () => {
    const before = await snapshot();
    await expect(addAuthority(admin, { ...OIA, countryCode: "CA", name: "Department of Justice Canada" })).rejects.toBeInstanceOf(NotFound);
    await expect(addAuthority(admin, { ...OIA, name: "Another office", email: "not an address" })).rejects.toMatchObject({ fields: { email: ["invalidEmail"] } });
    await expect(addAuthority(admin, { ...OIA, name: "Another office", measureTypes: ["mind_reading"] as never })).rejects.toBeInstanceOf(Invalid);
    expect(await snapshot()).toEqual(before);
  });

  it("a legal basis: a convention without its name, with the country itself, with an unknown partner, or an EIO recorded by hand", async () => {
    const before = await snapshot();
    await expect(recordLegalBasis(admin, { countryCode: "PH", partnerCode: "FR", basis: "bilateral_convention", instrument: "" })).rejects.toMatchObject({ fields: { instrument: ["instrumentRequired"] } });
    await expect(recordLegalBasis(admin, { countryCode: "PH", partnerCode: "PH", basis: "reciprocity" })).rejects.toMatchObject({ fields: { partnerCode: ["samePartner"] } });
    await expect(recordLegalBasis(admin, { countryCode: "PH", partnerCode: "CA", basis: "reciprocity" })).rejects.toMatchObject({ fields: { partnerCode: ["unknownCountry"] } });
    // The EIO follows from EU membership: it cannot be recorded for the Philippines.
    await expect(recordLegalBasis(admin, { countryCode: "PH", partnerCode: "FR", basis: "european_investigation_order" as never })).rejects.toMatchObject({ fields: { basis: ["invalidChoice"] } });
    expect(await snapshot()).toEqual(before);
  });
});
