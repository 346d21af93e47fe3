import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { reviewFilters } from "@/lib/audit/review";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { addAuthorityInput, countryInput, recordLegalBasisInput, updateAuthorityInput } from "@/lib/reference/directory-input";
import { listFilters } from "@/lib/requests/list-requests";
import {
  caseInput, commentInput, createRequestInput, measureInput, measureResultInput, personInput, plausibleDate, requestFields, version,
} from "@/lib/requests/schemas";
import { addUnitInput, unitIdInput, updateUnitInput } from "@/lib/units/unit-input";
import { createUserInput } from "@/lib/users/create-user";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { expectParsedOrInvalid, hostileValue, hostileVariant, PROTOTYPE_KEYS, withOwnKeys } from "../support/hostile-input";

/**
 * The verbs' exported input schemas against random and hostile input (issue 15, "Property
 * tests"): parseInput gives a value or throws Invalid with translated field messages, never
 * anything else. Each schema starts from a valid input, so that hostile values reach every
 * field and the refinements behind them. The schemas private to a verb are run through the
 * verb itself, on the database: tests/integration/property-verb-inputs.test.ts.
 */

const ID = "5b0b3f2e-8f1c-4a57-9a4c-1f2e3d4c5b6a";
const REQUEST = {
  requestedCountryCode: "PH",
  requestedAuthority: "Department of Justice — Office of Cybercrime",
  legalBasis: "reciprocity",
  legalBasisDetail: "Reciprocity.",
  channel: "central_authority",
  urgency: "urgent",
  urgencyReasons: "A child is at risk.",
  targetDate: "2026-04-01",
  confidential: "on",
  confidentialityReasons: "",
  summaryOfFacts: "Facts.",
  offencesAndPenalties: "Art. 222-23.",
  contactPoint: "Parquet de Paris",
};
const PERIOD = { from: "2026-01-01", to: "2026-03-01" };

/** Each exported schema with one valid input (checked below to parse). */
const SCHEMAS: { name: string; schema: z.ZodType; valid: Record<string, unknown> }[] = [
  { name: "createUserInput", schema: createUserInput, valid: { email: "someone@example.org", name: "Someone", role: "magistrate", unitId: ID, locale: "fr", password: "long enough password" } },
  { name: "addUnitInput", schema: addUnitInput, valid: { code: "FR-LYON-MINORS", countryCode: "FR", name: "Parquet de Lyon", kind: "prosecutor_office" } },
  { name: "updateUnitInput", schema: updateUnitInput, valid: { unitId: ID, name: "Parquet de Lyon", kind: "court" } },
  { name: "unitIdInput", schema: unitIdInput, valid: { unitId: ID } },
  {
    name: "countryInput",
    schema: countryInput,
    valid: { code: "PH", nameFr: "Philippines", nameEn: "Philippines", languages: "en, fil", timeZone: "Asia/Manila", euMember: "", budapestPartySince: "2018-03-28" },
  },
  {
    name: "addAuthorityInput",
    schema: addAuthorityInput,
    valid: { countryCode: "PH", name: "DOJ — Office of Cybercrime", kind: "central_authority", measureTypes: ["subscriber_data"], address: "Manila", email: "ooc@example.org", phone: "+63", officeHours: "9-5" },
  },
  { name: "updateAuthorityInput", schema: updateAuthorityInput, valid: { authorityId: ID, name: "DOJ", kind: "police", measureTypes: [], address: "", email: "", phone: "", officeHours: "" } },
  { name: "recordLegalBasisInput", schema: recordLegalBasisInput, valid: { countryCode: "FR", partnerCode: "PH", basis: "bilateral_convention", instrument: "Treaty", signedOn: "2020-01-01" } },
  { name: "reviewFilters", schema: reviewFilters, valid: { actor: "martin", reference: "MLA-2026", action: "transmit", ...PERIOD, page: "2" } },
  {
    name: "listFilters",
    schema: listFilters,
    valid: { direction: "outgoing", unit: ID, country: "PH", legalBasis: "reciprocity", urgency: "normal", measureType: "subscriber_data", ...PERIOD, status: "draft", caseId: ID, q: "abuse", sort: "updated_desc", after: "", before: "" },
  },
  { name: "dashboardFilterSchema", schema: dashboardFilterSchema, valid: { direction: "incoming", unit: ID, country: "PH", legalBasis: "reciprocity", urgency: "urgent", measureType: "subscriber_data", ...PERIOD } },
  { name: "caseInput", schema: caseInput, valid: { reference: "PARQUET-26-00001", title: "Live-streamed abuse", offences: "Art. 222-23", hardDate: "2026-06-01", hardDateLabel: "Trial" } },
  { name: "requestFields", schema: requestFields, valid: REQUEST },
  { name: "createRequestInput", schema: createRequestInput, valid: { ...REQUEST, caseId: ID } },
  { name: "measureInput", schema: measureInput, valid: { type: "money_transfer_records", description: "Remittances", justification: "Paid out there." } },
  { name: "measureResultInput", schema: measureResultInput, valid: { status: "returned", resultNote: "Sent." } },
  { name: "personInput", schema: personInput, valid: { role: "victim", identity: "A. R., born 2014", nationality: "PH", location: "Cebu", childAtRisk: "on" } },
  { name: "commentInput", schema: commentInput, valid: { requestId: ID, body: "A comment.", visibility: "shared" } },
];

const RUNS = { numRuns: 150 };

describe("every exported input schema, against hostile input", () => {
  it.each(SCHEMAS)("$name: its valid example parses", ({ schema, valid }) => {
    expect(() => parseInput(schema, valid)).not.toThrow();
  });

  it.each(SCHEMAS)("$name: hostile values in its fields give a value or Invalid", ({ schema, valid }) => {
    fc.assert(fc.property(hostileVariant(valid), (input) => void expectParsedOrInvalid(() => parseInput(schema, input))), RUNS);
  });

  it.each(SCHEMAS)("$name: any input at all gives a value or Invalid", ({ schema }) => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.dictionary(fc.string({ maxLength: 10 }), hostileValue)), (input) => void expectParsedOrInvalid(() => parseInput(schema, input))),
      RUNS,
    );
  });

  it.each(SCHEMAS)("$name: a NUL in any field is refused on that field", ({ schema, valid }) => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), fc.string({ unit: "binary-ascii", maxLength: 10 }), (field, around) => {
        const input = withOwnKeys(valid, [[field, `${around}\u0000${around}`]]);
        expect(() => parseInput(schema, input)).toThrow(expect.objectContaining({ fields: { [field]: ["invalidCharacters"] } }));
      }),
      { numRuns: 30 },
    );
  });

  it("ill-formed text (a lone surrogate) in any field is refused on that field, like NUL: PostgreSQL's jsonb cannot store it", () => {
    // One test for every schema: the check belongs to parseInput, not to each schema.
    const accepted: string[] = [];
    for (const { name, schema, valid } of SCHEMAS) {
      for (const field of Object.keys(valid)) {
        for (const text of ["\ud800", "a\udfff", "\udfff\ud800b"]) {
          try {
            parseInput(schema, withOwnKeys(valid, [[field, text]]));
            accepted.push(`${name}.${field} = ${JSON.stringify(text)}`);
          } catch (error) {
            if (!(error instanceof Invalid)) throw error;
          }
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  it.each(SCHEMAS)("$name: prototype keys are dropped, and pollute nothing", ({ schema, valid }) => {
    for (const key of PROTOTYPE_KEYS) {
      const input = withOwnKeys(valid, [[key, { polluted: true }]]);
      const parsed = parseInput(schema, input) as Record<string, unknown>;
      expect(Object.hasOwn(parsed, key), key).toBe(false);
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe("the scalar schemas", () => {
  it("a version is a positive integer, or Invalid", () => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        if (expectParsedOrInvalid(() => parseInput(version, input)) === "parsed") {
          const v = parseInput(version, input);
          expect(Number.isInteger(v) && v >= 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("a plausible date is a real calendar day of 1900–2199, or Invalid", () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (input) => {
        if (expectParsedOrInvalid(() => parseInput(plausibleDate, input)) === "parsed") {
          const day = parseInput(plausibleDate, input);
          expect(day >= "1900-01-01" && day <= "2199-12-31").toBe(true);
          expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
        }
      }),
      RUNS,
    );
  });
});
