import { describe, expect, it } from "vitest";
import type { Relation } from "@/lib/access/request-access";
import { assertMayNow, mayNow, REQUEST_RULES, type RequestFacts, type RequestRule } from "@/lib/access/request-rules";
import { Conflict, Forbidden } from "@/lib/errors";
import { REQUEST_STATUSES } from "@/lib/requests/vocabulary";

const RELATIONS: Relation[] = ["requesting_magistrate", "requesting_manager", "requested_officer", "requested_manager"];
const RULES = Object.keys(REQUEST_RULES) as RequestRule[];
const SENT = new Date("2026-03-02T10:00:00Z");

/** Every status, sent or not, EIO or not, with and without a preservation, an extension or an assignee. */
const FACTS: RequestFacts[] = REQUEST_STATUSES.flatMap((status) =>
  [null, SENT].flatMap((transmittedAt) =>
    ["european_investigation_order", "reciprocity"].flatMap((legalBasis) =>
      [false, true].flatMap((hasPreservation) =>
        [false, true].flatMap((recognitionExtended) =>
          [null, "c0ffee00-0000-4000-8000-000000000001"].flatMap((assigneeId) =>
            [false, true].flatMap((onLegalHold) =>
              [false, true].map((erased) => ({
                status, transmittedAt, legalBasis, hasPreservation, recognitionExtended, assigneeId, onLegalHold, erased,
              })),
            ),
          ),
        ),
      ),
    ),
  ),
);

describe("request rules: the page's buttons and the verbs give one answer", () => {
  it("allows exactly what the verb accepts, refusing with 403 without the permission and 409 in the wrong state", () => {
    for (const rule of RULES) {
      for (const relation of RELATIONS) {
        for (const facts of FACTS) {
          const allowed = mayNow(relation, rule, facts);
          let refusal: unknown = null;
          try {
            assertMayNow(relation, rule, facts);
          } catch (error) {
            refusal = error;
          }
          expect(refusal === null, `${rule} ${relation} ${JSON.stringify(facts)}`).toBe(allowed);
          if (refusal) expect(refusal instanceof Forbidden || refusal instanceof Conflict).toBe(true);
        }
      }
    }
  });

  it("offers nothing on a request whose personal data was erased", () => {
    for (const rule of RULES) for (const relation of RELATIONS) for (const facts of FACTS.filter((f) => f.erased)) {
      expect(mayNow(relation, rule, facts)).toBe(false);
    }
  });

  it("offers nothing outside the actor's scope", () => {
    for (const rule of RULES) for (const facts of FACTS) expect(mayNow(null, rule, facts)).toBe(false);
  });

  it("keeps the states of each rule", () => {
    const statusesWhere = (rule: RequestRule, relation: Relation, extra: Partial<RequestFacts> = {}) =>
      REQUEST_STATUSES.filter((status) =>
        mayNow(relation, rule, {
          status, transmittedAt: SENT, legalBasis: "reciprocity", hasPreservation: false, recognitionExtended: false, assigneeId: null, onLegalHold: false, erased: false, ...extra,
        }),
      );
    expect(statusesWhere("editDraft", "requesting_magistrate")).toEqual(["draft"]);
    expect(statusesWhere("editDraft", "requesting_manager")).toEqual([]);
    expect(statusesWhere("reportMeasures", "requested_officer")).toEqual(["acknowledged", "in_execution", "partially_executed"]);
    expect(statusesWhere("waiveChecklistItem", "requesting_manager")).toEqual(["draft", "in_review", "validated"]);
    expect(statusesWhere("renewPreservation", "requesting_magistrate")).toEqual([]);
    expect(statusesWhere("renewPreservation", "requesting_magistrate", { hasPreservation: true })).toEqual(
      REQUEST_STATUSES.filter((s) => !["closed", "refused", "withdrawn"].includes(s)),
    );
    const eio = { legalBasis: "european_investigation_order" };
    expect(statusesWhere("extendRecognition", "requested_officer", eio)).toEqual(["transmitted", "acknowledged"]);
    expect(statusesWhere("extendRecognition", "requested_officer", { ...eio, recognitionExtended: true })).toEqual([]);
    expect(statusesWhere("extendRecognition", "requested_officer")).toEqual([]);
    const open = REQUEST_STATUSES.filter((s) => !["closed", "refused", "withdrawn"].includes(s));
    expect(statusesWhere("takeRequest", "requested_officer")).toEqual(open);
    expect(statusesWhere("takeRequest", "requested_officer", { assigneeId: "c0ffee00-0000-4000-8000-000000000001" })).toEqual([]);
    expect(statusesWhere("takeRequest", "requested_manager")).toEqual([]);
    expect(statusesWhere("assignHandler", "requested_manager")).toEqual(open);
    expect(statusesWhere("assignHandler", "requested_officer")).toEqual([]);
    expect(statusesWhere("assignOwner", "requesting_manager")).toEqual(open);
    expect(statusesWhere("assignOwner", "requesting_magistrate")).toEqual([]);
    // A legal hold is the magistrate's decision, in any state (Décret 2025-59), once at a time.
    expect(statusesWhere("placeLegalHold", "requesting_magistrate")).toEqual(REQUEST_STATUSES);
    expect(statusesWhere("placeLegalHold", "requesting_magistrate", { onLegalHold: true })).toEqual([]);
    expect(statusesWhere("liftLegalHold", "requesting_magistrate", { onLegalHold: true })).toEqual(REQUEST_STATUSES);
    expect(statusesWhere("liftLegalHold", "requesting_magistrate")).toEqual([]);
    for (const relation of ["requesting_manager", "requested_officer", "requested_manager"] as const) {
      expect(statusesWhere("placeLegalHold", relation)).toEqual([]);
      expect(statusesWhere("liftLegalHold", relation, { onLegalHold: true })).toEqual([]);
    }
  });

  it("names the failing condition", () => {
    const facts: RequestFacts = {
      status: "transmitted", transmittedAt: SENT, legalBasis: "european_investigation_order", hasPreservation: false, recognitionExtended: true, assigneeId: null, onLegalHold: false, erased: false,
    };
    expect(() => assertMayNow("requested_officer", "extendRecognition", facts)).toThrow(expect.objectContaining({ code: "alreadyExtended" }));
    expect(() => assertMayNow("requesting_magistrate", "extendRecognition", facts)).toThrow(Forbidden);
    expect(() => assertMayNow("requesting_magistrate", "editDraft", facts)).toThrow(expect.objectContaining({ code: "notDraft" }));
  });
});
