import { LEGAL_BASES, type LegalBasis, type Urgency } from "@/lib/requests/vocabulary";

/**
 * Deadline policies as data (docs/product.md, "Deadlines"), keyed by legal basis and urgency. Where a text
 * fixes the limit, its source is named; elsewhere the figure is this product's target —
 * docs/legal.md, "Time limits": "outside the EU there is no fixed time limit" — and can be changed here.
 */
export const CLOCK_KINDS = ["review", "acknowledgement", "recognition", "execution", "answer", "preservation"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export type DayUnit = "working" | "calendar";

export type PolicySource = "target" | "eioAcknowledgement" | "eioRecognition" | "eioExecution" | "budapestPreservation";

export interface ClockPolicy {
  days: number;
  unit: DayUnit;
  /** Which side must act while the clock runs. */
  side: "requesting" | "requested";
  /** Where the limit comes from; a message key under `policySources.` (the UI names it). */
  source: PolicySource;
  /** An extension the requested side may take, with reasons (EIO recognition). */
  extension?: { days: number; times: number };
  /**
   * An expiry rather than a time to act: it falls where it falls, even on a holiday, and
   * is not moved to the next working day (the data may be gone by then).
   */
  expiry?: true;
}

const REVIEW: ClockPolicy = { days: 5, unit: "working", side: "requesting", source: "target" };
const ANSWER: ClockPolicy = { days: 10, unit: "working", side: "requesting", source: "target" };

/** EIO, Directive 2014/41/EU. */
const EIO = {
  // Art. 16(1) and Annex B: acknowledge receipt within one week.
  acknowledgement: { days: 7, unit: "calendar", side: "requested", source: "eioAcknowledgement" },
  // Art. 12(3): decide on recognition within 30 days; art. 12(5): extendable once by 30 days, with reasons.
  recognition: {
    days: 30,
    unit: "calendar",
    side: "requested",
    source: "eioRecognition",
    extension: { days: 30, times: 1 },
  },
  // Art. 12(4): carry out the measure within 90 days of the recognition decision.
  execution: { days: 90, unit: "calendar", side: "requested", source: "eioExecution" },
} satisfies Record<string, ClockPolicy>;

/**
 * Outside the EU: product targets. Published experience is 6 to 24 months (Council of
 * Europe T-CY, 2014); the targets ask for better and flag what lags far behind.
 */
const ACKNOWLEDGEMENT: ClockPolicy = { days: 30, unit: "calendar", side: "requested", source: "target" };
const EXECUTION_BY_URGENCY: Record<Urgency, ClockPolicy> = {
  normal: { days: 180, unit: "calendar", side: "requested", source: "target" },
  urgent: { days: 90, unit: "calendar", side: "requested", source: "target" },
  very_urgent: { days: 30, unit: "calendar", side: "requested", source: "target" },
};

/** Budapest Convention art. 29(7): preservation lasts at least 60 days so that the full request can follow. */
const PRESERVATION: ClockPolicy = { days: 60, unit: "calendar", side: "requesting", source: "budapestPreservation", expiry: true };

export class PolicyError extends Error {}

/** The policy for a clock, or null when that clock does not exist under this basis (recognition outside the EIO). */
export function policyFor(kind: ClockKind, legalBasis: string, urgency: Urgency): ClockPolicy | null {
  if (!(LEGAL_BASES as readonly string[]).includes(legalBasis)) throw new PolicyError(`no deadline policy for legal basis "${legalBasis}"`);
  const eio = (legalBasis as LegalBasis) === "european_investigation_order";
  switch (kind) {
    case "review":
      return REVIEW;
    case "answer":
      return ANSWER;
    case "acknowledgement":
      return eio ? EIO.acknowledgement : ACKNOWLEDGEMENT;
    case "recognition":
      return eio ? EIO.recognition : null;
    case "execution":
      return eio ? EIO.execution : EXECUTION_BY_URGENCY[urgency];
    case "preservation":
      return PRESERVATION;
  }
}
