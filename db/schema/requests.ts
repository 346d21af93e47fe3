import { sql } from "drizzle-orm";
import {
  type AnyPgColumn, pgTable, text, uuid, pgEnum, boolean, integer, timestamp, date, char, index, uniqueIndex, primaryKey, check, jsonb,
} from "drizzle-orm/pg-core";
import type { MeasureDetails } from "@/lib/requests/measure-details";
import {
  CHANNELS, LEGAL_BASES, MEASURE_STATUSES, MEASURE_TYPES, PERSON_ROLES, REQUEST_STATUSES, URGENCIES,
} from "@/lib/requests/vocabulary";
import { countries, units } from "./reference";
import { users } from "./users";

export const requestStatus = pgEnum("request_status", REQUEST_STATUSES);
export const legalBasis = pgEnum("legal_basis", LEGAL_BASES);
export const requestChannel = pgEnum("request_channel", CHANNELS);
export const urgency = pgEnum("urgency", URGENCIES);
export const measureType = pgEnum("measure_type", MEASURE_TYPES);
export const measureStatus = pgEnum("measure_status", MEASURE_STATUSES);
export const personRole = pgEnum("person_role", PERSON_ROLES);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** The domestic investigation (dossier) that requests serve. */
export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The unit's own number, e.g. a prosecutor's parquet number. */
    reference: text("reference").notNull(),
    title: text("title").notNull(),
    offences: text("offences").notNull(),
    unitId: uuid("unit_id").notNull().references(() => units.id),
    /** A trial or hearing date every request of the case must beat. */
    hardDate: date("hard_date"),
    hardDateLabel: text("hard_date_label"),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    /** When the retention job erased its title, once every request of the case was erased. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("cases_unit_reference_idx").on(t.unitId, t.reference),
    // The list's case filter offers a unit's most recently active cases (lib/requests/cases.ts):
    // read from here instead of sorting the unit's hundreds of cases at every list page.
    index("cases_unit_updated_idx").on(t.unitId, t.updatedAt),
  ],
);

export const requests = pgTable(
  "requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** MLA-<year>-<requesting country>-<requested country>-<nnnn>, unique and never reused. */
    reference: text("reference").notNull().unique(),
    caseId: uuid("case_id").notNull().references(() => cases.id),
    parentRequestId: uuid("parent_request_id").references((): AnyPgColumn => requests.id),
    requestingUnitId: uuid("requesting_unit_id").notNull().references(() => units.id),
    requestedCountryCode: char("requested_country_code", { length: 2 }).notNull().references(() => countries.code),
    requestedAuthority: text("requested_authority").notNull().default(""),
    legalBasis: legalBasis("legal_basis").notNull(),
    legalBasisDetail: text("legal_basis_detail").notNull().default(""),
    channel: requestChannel("channel").notNull(),
    urgency: urgency("urgency").notNull().default("normal"),
    urgencyReasons: text("urgency_reasons").notNull().default(""),
    /** Date by which the requesting side needs the evidence, if any. */
    targetDate: date("target_date"),
    confidential: boolean("confidential").notNull().default(true),
    confidentialityReasons: text("confidentiality_reasons").notNull().default(""),
    summaryOfFacts: text("summary_of_facts").notNull().default(""),
    offencesAndPenalties: text("offences_and_penalties").notNull().default(""),
    contactPoint: text("contact_point").notNull().default(""),
    foreignReference: text("foreign_reference"),
    status: requestStatus("status").notNull().default("draft"),
    /** Where an information request returns to once answered. */
    resumeStatus: requestStatus("resume_status"),
    transmittedAt: timestamp("transmitted_at", { withTimezone: true }),
    transmissionChannel: requestChannel("transmission_channel"),
    /** Optimistic concurrency: every write names the version it read. */
    version: integer("version").notNull().default(1),
    /** Head of this request's audit hash chain (see lib/audit). */
    headSeq: integer("head_seq").notNull().default(0),
    headHash: text("head_hash").notNull().default(""),
    /**
     * When the chain's last event was written, moved with the head by appendEvent: the home
     * page's "new since my last visit" (lib/work/new-since.ts) then reads the events of the
     * requests with news only, instead of joining the week's events with the whole scope.
     * Unlike `updatedAt`, a comment moves it.
     */
    lastEventAt: timestamp("last_event_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    updatedBy: uuid("updated_by").notNull().references(() => users.id),
    /** The requesting side's magistrate in charge (the drafter until a manager reassigns). */
    ownerId: uuid("owner_id").notNull().references(() => users.id),
    /** The requested side's officer in charge, once someone takes or is given the request. */
    assigneeId: uuid("assignee_id").references(() => users.id),
    /**
     * When the retention job erased its personal data (lib/retention): what remains is the
     * skeleton statistics and the audit trail read — reference, countries, basis, dates, states.
     */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    /**
     * Copies of request_deadlines' columns of the same names, written with them by their only
     * writer (lib/deadlines/refresh.ts): the dashboard then counts what is overdue, due soon or
     * at risk from requests_dashboard_idx alone, without joining the summary of every request.
     */
    nextDueAt: timestamp("next_due_at", { withTimezone: true }),
    hardDateAtRisk: boolean("hard_date_at_risk").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    // Home pages: each person's own requests.
    index("requests_owner_idx").on(t.ownerId, t.status),
    index("requests_assignee_idx").on(t.assigneeId, t.status),
    // Scoping: magistrates and managers by unit, liaison officers by country once transmitted.
    // The request list's default order (updated_at, id) within each scope: a page is read
    // from the index, not sorted from the whole scope (lib/requests/list-order.ts).
    index("requests_unit_updated_idx").on(t.requestingUnitId, t.updatedAt, t.id),
    index("requests_received_updated_idx").on(t.requestedCountryCode, t.updatedAt, t.id).where(sql`${t.transmittedAt} is not null`),
    // "New since my last visit" within each scope (lastEventAt).
    index("requests_unit_event_idx").on(t.requestingUnitId, t.lastEventAt, t.id),
    index("requests_received_event_idx").on(t.requestedCountryCode, t.lastEventAt, t.id).where(sql`${t.transmittedAt} is not null`),
    index("requests_country_idx").on(t.requestedCountryCode, t.transmittedAt),
    // The dashboard aggregates whole units: every column its filters and figures read (the
    // deadlines' copies included), and what its forecast shows of a request (case, reference),
    // so that it scans this narrow index (index-only) instead of the wide rows.
    index("requests_dashboard_idx").on(
      t.requestingUnitId, t.id, t.requestedCountryCode, t.status, t.createdAt, t.transmittedAt, t.legalBasis, t.urgency,
      t.caseId, t.reference, t.nextDueAt, t.hardDateAtRisk,
    ),
    // The home page's sections (lib/work/items.ts): each part of a scope in due order (the
    // deadlines' copy), with every column the sections' conditions read after it, so that a
    // section's first rows and its count are read from the index alone.
    index("requests_unit_due_idx").on(t.requestingUnitId, t.nextDueAt, t.id, t.status, t.ownerId, t.assigneeId, t.requestedCountryCode, t.transmittedAt),
    index("requests_received_due_idx")
      .on(t.requestedCountryCode, t.nextDueAt, t.id, t.status, t.ownerId, t.assigneeId, t.requestingUnitId)
      .where(sql`${t.transmittedAt} is not null`),
    // List filters.
    index("requests_status_idx").on(t.status),
    index("requests_case_idx").on(t.caseId),
    index("requests_parent_idx").on(t.parentRequestId),
    check("requests_resume_only_when_paused", sql`(${t.status} = 'information_requested') = (${t.resumeStatus} is not null)`),
  ],
);

/** Gives each (year, requesting country, requested country) its own gap-free counter. */
export const requestCounters = pgTable(
  "request_counters",
  {
    year: integer("year").notNull(),
    fromCountry: char("from_country", { length: 2 }).notNull(),
    toCountry: char("to_country", { length: 2 }).notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.fromCountry, t.toCountry] })],
);

export const measures = pgTable(
  "measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    type: measureType("type").notNull(),
    description: text("description").notNull(),
    /** Why the evidence is believed to be in the requested State: the link between facts and measure. */
    justification: text("justification").notNull().default(""),
    /** The type's structured details (lib/requests/measure-details.ts): validated by type on every write. */
    details: jsonb("details").$type<MeasureDetails>().notNull().default({}),
    status: measureStatus("status").notNull().default("requested"),
    resultNote: text("result_note").notNull().default(""),
    position: integer("position").notNull(),
    ...timestamps,
  },
  (t) => [
    index("measures_request_idx").on(t.requestId, t.position),
    check("measures_details_object", sql`jsonb_typeof(${t.details}) = 'object'`),
  ],
);

/** Persons concerned. Victims are minors: `pseudonym` (V1, V2…) stands in for `identity` without need to know. */
export const requestPersons = pgTable(
  "request_persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    role: personRole("role").notNull(),
    pseudonym: text("pseudonym").notNull(),
    identity: text("identity").notNull(),
    nationality: text("nationality").notNull().default(""),
    location: text("location").notNull().default(""),
    /** A child in danger now: shown to both sides, and the request stays urgent (lib/requests/child-at-risk.ts). */
    childAtRisk: boolean("child_at_risk").notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("request_persons_pseudonym_idx").on(t.requestId, t.pseudonym)],
);
