import { z } from "zod";
import {
  CHANNELS, CHILD_AT_RISK_ROLES, COMMENT_VISIBILITIES, LEGAL_BASES, MEASURE_STATUSES, MEASURE_TYPES, PERSON_ROLES, URGENCIES,
} from "./vocabulary";

// These schemas also run in the browser (the request, case and measure forms). Zod's faster
// path compiles code with Function(), which the Content-Security-Policy forbids (no
// 'unsafe-eval'): without this, zod tries, the browser reports the refusal on every page with a
// form, and zod falls back to this same mode anyway.
z.config({ jitless: true });

/** Limits generous enough for a real request, small enough to refuse pasted garbage. */
export const LIMITS = { short: 200, medium: 2_000, long: 20_000 } as const;

const shortText = z.string().trim().max(LIMITS.short);
const mediumText = z.string().trim().max(LIMITS.medium);
const longText = z.string().trim().max(LIMITS.long);
/** An ISO calendar date (YYYY-MM-DD) in a plausible range; empty means none. */
export const plausibleDate = z.iso.date({ error: "invalidDate" }).refine((d) => d >= "1900-01-01" && d <= "2199-12-31", { error: "implausibleDate" });
const optionalDate = z
  .union([z.literal(""), plausibleDate])
  .optional()
  .transform((d) => d || null);
/** Checkbox-friendly boolean: forms send "on" or nothing. */
const flag = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).transform(
  (v) => v === true || v === "on" || v === "true",
);

export const caseInput = z.object({
  reference: shortText.min(1),
  title: shortText.min(1),
  offences: mediumText.min(1),
  hardDate: optionalDate,
  hardDateLabel: shortText.optional().default(""),
});

/** The fields of a request that its drafter edits. */
export const requestFields = z
  .object({
    requestedCountryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "invalidChoice" }),
    requestedAuthority: shortText.default(""),
    legalBasis: z.enum(LEGAL_BASES),
    legalBasisDetail: mediumText.default(""),
    channel: z.enum(CHANNELS),
    urgency: z.enum(URGENCIES).default("normal"),
    urgencyReasons: mediumText.default(""),
    targetDate: optionalDate,
    confidential: flag.default(true),
    confidentialityReasons: mediumText.default(""),
    summaryOfFacts: longText.default(""),
    offencesAndPenalties: longText.default(""),
    contactPoint: mediumText.default(""),
  })
  // Runs on a failed payload too (below): the reasons may be of any type there.
  .refine((r) => r.urgency === "normal" || (typeof r.urgencyReasons === "string" && r.urgencyReasons.trim().length > 0), {
    path: ["urgencyReasons"],
    error: "urgencyReasonsRequired",
    // Also when other fields fail, so that every message shows after the first save.
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export const createRequestInput = requestFields.and(z.object({ caseId: z.uuid({ error: "required" }) }));

export const version = z.coerce.number().int().min(1);

export const measureInput = z.object({
  type: z.enum(MEASURE_TYPES),
  description: mediumText.min(1),
  /** Why the evidence is in the requested State (the checklist asks it of every measure). */
  justification: mediumText.default(""),
  /** The type's structured details, validated against the type (lib/requests/measure-details.ts). */
  details: z.unknown().optional(),
});

export const measureResultInput = z.object({
  status: z.enum(MEASURE_STATUSES),
  resultNote: longText.default(""),
});

export const personInput = z
  .object({
    role: z.enum(PERSON_ROLES),
    identity: shortText.min(1),
    nationality: shortText.default(""),
    location: shortText.default(""),
    /** A child in danger now: the request becomes urgent (lib/requests/child-at-risk.ts). */
    childAtRisk: flag.default(false),
  })
  .refine((p) => !p.childAtRisk || CHILD_AT_RISK_ROLES.includes(p.role), {
    path: ["childAtRisk"],
    error: "childAtRiskRole",
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export const commentInput = z.object({
  requestId: z.uuid(),
  body: longText.min(1),
  visibility: z.enum(COMMENT_VISIBILITIES).default("internal"),
});
