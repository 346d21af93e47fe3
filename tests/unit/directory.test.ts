import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { isCountryCode } from "@/lib/reference/country-codes";
import { basesOf, offeredBases, type CountryTreatyFacts } from "@/lib/reference/legal-bases";
import { proposedAuthority, rankAuthorities, type AuthorityEntry } from "@/lib/reference/propose";
import { AUTHORITY_KINDS } from "@/lib/reference/vocabulary";

// The rules written out from docs/legal.md ("Legal bases by country") and Directive 2014/41/EU.
const country = (code: string, euMember: boolean, budapestPartySince: string | null = null): CountryTreatyFacts => ({ code, euMember, budapestPartySince });
const FR = country("FR", true, "2006-05-01");
const RO = country("RO", true);
const DK = country("DK", true, "2005-10-01");
const PH = country("PH", false, "2018-07-01");
const CO = country("CO", false);

describe("the legal bases two countries offer each other", () => {
  it("the EIO between EU member states bound by the directive only", () => {
    expect(basesOf(offeredBases(FR, RO, []))).toEqual(["european_investigation_order"]);
    expect(basesOf(offeredBases(RO, FR, []))).toEqual(["european_investigation_order"]);
    // Denmark is a member state but does not take part in the EIO directive.
    expect(basesOf(offeredBases(FR, DK, []))).toEqual(["budapest_convention"]);
    expect(basesOf(offeredBases(FR, PH, []))).not.toContain("european_investigation_order");
  });

  it("the Budapest Convention between two parties, from the later of their dates", () => {
    expect(offeredBases(FR, PH, [])).toEqual([{ basis: "budapest_convention", instrument: "", since: "2018-07-01" }]);
    expect(offeredBases(PH, FR, [])).toEqual([{ basis: "budapest_convention", instrument: "", since: "2018-07-01" }]);
    expect(offeredBases(FR, CO, [])).toEqual([]);
  });

  it("what was recorded, the prevailing instrument first and reciprocity last", () => {
    const recorded = [
      { basis: "reciprocity" as const, instrument: "", signedOn: null },
      { basis: "bilateral_convention" as const, instrument: "Convention of 1997", signedOn: "1997-03-21" },
    ];
    expect(basesOf(offeredBases(FR, PH, recorded))).toEqual(["bilateral_convention", "budapest_convention", "reciprocity"]);
    expect(offeredBases(FR, FR, recorded)).toEqual([]);
  });
});

const authority = (name: string, kind: AuthorityEntry["kind"], measureTypes: AuthorityEntry["measureTypes"]): AuthorityEntry => ({
  id: name, name, kind, measureTypes, address: "", email: "", phone: "", officeHours: "",
});
const OCSC = authority("Chief State Counsel", "central_authority", ["hearing_witness", "hearing_minor_victim", "identification"]);
const OOC = authority("Office of Cybercrime", "central_authority", ["subscriber_data", "traffic_data"]);
const AMLC = authority("AMLC", "financial_intelligence", ["bank_records", "money_transfer_records"]);
const POLICE = authority("Police", "police", ["identification"]);
const proposed = (types: AuthorityEntry["measureTypes"], list = [OCSC, OOC, AMLC, POLICE]) => proposedAuthority(rankAuthorities(list, types))?.authority.name;

describe("the authority the request form proposes", () => {
  it("one competent for every measure of the request", () => {
    expect(proposed(["bank_records"])).toBe("AMLC");
    expect(proposed(["subscriber_data", "traffic_data"])).toBe("Office of Cybercrime");
  });

  it("else a central authority: the one competent for more of the measures, then the general one", () => {
    expect(proposed([])).toBe("Chief State Counsel");
    expect(proposed(["bank_records", "subscriber_data"])).toBe("Office of Cybercrime");
    expect(proposed(["bank_records", "hearing_witness"])).toBe("Chief State Counsel");
  });

  it("nobody when no central authority is known and none covers every measure", () => {
    expect(proposed(["bank_records", "identification"], [AMLC, POLICE])).toBeUndefined();
    // The datalist still lists them, those competent for part of the request first.
    expect(rankAuthorities([POLICE, AMLC], ["bank_records", "money_transfer_records", "identification"]).map((r) => r.authority.name)).toEqual(["AMLC", "Police"]);
  });
});

describe("the directory's vocabulary", () => {
  it("names every kind of authority in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const kinds = (MESSAGES[locale].directory as { kinds: Record<string, string> }).kinds;
      expect(Object.keys(kinds).sort()).toEqual([...AUTHORITY_KINDS].sort());
    }
  });

  it("accepts ISO 3166-1 codes (and Kosovo's XK), not withdrawn codes or regions", () => {
    for (const code of ["US", "PH", "FR", "KH", "XK"]) expect(isCountryCode(code)).toBe(true);
    for (const code of ["EU", "UN", "SU", "YU", "UK", "ZZ", "us"]) expect(isCountryCode(code)).toBe(false);
  });
});
