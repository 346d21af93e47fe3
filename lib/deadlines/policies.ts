import { LEGAL_BASES, type LegalBasis, type Urgency } from "@/lib/requests/vocabulary";

/**
 * Deadline policies as data (docs/product.md, "Deadlines"), keyed by legal basis and urgency. Where a text
 * fixes the limit, its source is named and nothing changes it; elsewhere the figure is this product's
 * target — docs/legal.md, "Time limits": "outside the EU there is no fixed time limit" — shipped here and
 * overridable by an administrator (lib/deadlines/targets.ts, table deadline_targets).
 */
/** "measure": a date or a length a single measure sets (lib/deadlines/measure-clocks.ts); a request may run several. */
export const CLOCK_KINDS = ["review", "acknowledgement", "recognition", "execution", "answer", "preservation", "measure"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export type DayUnit = "working" | "calendar";

export type PolicySource =
  | "target"
  | "eioAcknowledgement"
  | "eioRecognition"
  | "eioExecution"
  | "budapestPreservation"
  /** A date a measure sets for itself (a hearing, a preservation's end…). */
  | "measureDate"
  /** The default length of a type of measure (lib/deadlines/measure-clocks.ts). */
  | "measureTarget";
type LegalSource = Exclude<PolicySource, "target" | "measureDate" | "measureTarget">;

export interface ClockPolicy {
  days: number;
  unit: DayUnit;
  /** Which side must act while the clock runs. */
  side: "requesting" | "requested";
  /** Where the limit comes from; a message key under `deadlines.sources.` (the UI names it). */
  source: PolicySource;
  /** An extension the requested side may take, with reasons (EIO recognition). */
  extension?: { days: number; times: number };
  /**
   * An expiry rather than a time to act: it falls where it falls, even on a holiday, and
   * is not moved to the next working day (the data may be gone by then).
   */
  expiry?: true;
}

/** The product targets an administrator may change: their length only, never their unit. */
export const TARGET_KEYS = ["review", "answer", "acknowledgement", "execution.normal", "execution.urgent", "execution.very_urgent"] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];
/** An administrator's overrides, in days; a key left out keeps the shipped value. */
export type DeadlineTargets = Partial<Record<TargetKey, number>>;

/** Ten years: more is a typing slip, not a target. The database says the same (deadline_targets_days_range). */
export const MAX_TARGET_DAYS = 3650;

export function isTargetKey(key: string): key is TargetKey {
  return (TARGET_KEYS as readonly string[]).includes(key);
}

/** Which legal bases a policy governs. */
export type BasisScope = "all" | "eio" | "outsideEio";

/**
 * One row of the table. A product target carries the key it is overridden by; a limit a text
 * fixes has none, so no override can reach it (the types refuse a target without a key and a
 * legal limit with one).
 */
type PolicyRow = { key: string; kind: ClockKind; scope: BasisScope; urgency?: Urgency } & (
  | { target: TargetKey; policy: ClockPolicy & { source: "target" } }
  | { target?: never; policy: ClockPolicy & { source: LegalSource } }
);

const target = (days: number, unit: DayUnit, side: ClockPolicy["side"]) => ({ days, unit, side, source: "target" }) as const;

const POLICIES: readonly PolicyRow[] = [
  { key: "review", target: "review", kind: "review", scope: "all", policy: target(5, "working", "requesting") },
  { key: "answer", target: "answer", kind: "answer", scope: "all", policy: target(10, "working", "requesting") },

  // EIO, Directive 2014/41/EU. Art. 16(1) and Annex B: acknowledge receipt within one week.
  { key: "acknowledgement.eio", kind: "acknowledgement", scope: "eio", policy: { days: 7, unit: "calendar", side: "requested", source: "eioAcknowledgement" } },
  // Art. 12(3): decide on recognition within 30 days; art. 12(5): extendable once by 30 days, with reasons.
  {
    key: "recognition.eio",
    kind: "recognition",
    scope: "eio",
    policy: { days: 30, unit: "calendar", side: "requested", source: "eioRecognition", extension: { days: 30, times: 1 } },
  },
  // Art. 12(4): carry out the measure within 90 days of the recognition decision.
  { key: "execution.eio", kind: "execution", scope: "eio", policy: { days: 90, unit: "calendar", side: "requested", source: "eioExecution" } },

  // Outside the EU: product targets. Published experience is 6 to 24 months (Council of
  // Europe T-CY, 2014); the targets ask for better and flag what lags far behind.
  { key: "acknowledgement", target: "acknowledgement", kind: "acknowledgement", scope: "outsideEio", policy: target(30, "calendar", "requested") },
  { key: "execution.normal", target: "execution.normal", kind: "execution", scope: "outsideEio", urgency: "normal", policy: target(180, "calendar", "requested") },
  { key: "execution.urgent", target: "execution.urgent", kind: "execution", scope: "outsideEio", urgency: "urgent", policy: target(90, "calendar", "requested") },
  { key: "execution.very_urgent", target: "execution.very_urgent", kind: "execution", scope: "outsideEio", urgency: "very_urgent", policy: target(30, "calendar", "requested") },

  // Budapest Convention art. 29(7): preservation lasts at least 60 days so that the full request can follow.
  { key: "preservation", kind: "preservation", scope: "all", policy: { days: 60, unit: "calendar", side: "requesting", source: "budapestPreservation", expiry: true } },
];

export class PolicyError extends Error {}

/** The policy of a row with the targets in effect: only a product target reads them. */
function inEffect(row: PolicyRow, targets: DeadlineTargets): ClockPolicy {
  const days = row.target === undefined ? undefined : targets[row.target];
  return days === undefined ? row.policy : { ...row.policy, days };
}

/**
 * The policy for a clock, with the administrator's overrides of the product targets, or null
 * when that clock does not exist under this basis (recognition outside the EIO).
 */
export function policyFor(kind: ClockKind, legalBasis: string, urgency: Urgency, targets: DeadlineTargets = {}): ClockPolicy | null {
  if (!(LEGAL_BASES as readonly string[]).includes(legalBasis)) throw new PolicyError(`no deadline policy for legal basis "${legalBasis}"`);
  const scope = (legalBasis as LegalBasis) === "european_investigation_order" ? "eio" : "outsideEio";
  const row = POLICIES.find((r) => r.kind === kind && (r.scope === "all" || r.scope === scope) && (r.urgency === undefined || r.urgency === urgency));
  return row ? inEffect(row, targets) : null;
}

export interface PolicyListing {
  key: string;
  kind: ClockKind;
  scope: BasisScope;
  urgency: Urgency | null;
  /** The length in effect, and the one shipped with this release. */
  days: number;
  shippedDays: number;
  unit: DayUnit;
  source: PolicySource;
  /** Set for a product target: the key an administrator changes it by. */
  target: TargetKey | null;
  extension: ClockPolicy["extension"] | null;
}

/** Every policy, with the targets in effect: what the administrators' page lists. */
export function listPolicies(targets: DeadlineTargets): PolicyListing[] {
  return POLICIES.map((row) => {
    const policy = inEffect(row, targets);
    return {
      key: row.key,
      kind: row.kind,
      scope: row.scope,
      urgency: row.urgency ?? null,
      days: policy.days,
      shippedDays: row.policy.days,
      unit: policy.unit,
      source: policy.source,
      target: row.target ?? null,
      extension: policy.extension ?? null,
    };
  });
}
