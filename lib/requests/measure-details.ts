import { z } from "zod";
import { Invalid, type FieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { LIMITS, plausibleDate } from "./schemas";
import type { MeasureType } from "./vocabulary";

/**
 * What each type of measure says besides its free description (docs/legal.md, "What a
 * well-formed request contains"): for records, the institution, the identifiers and the
 * period; for messaging data, the platform and the categories of data; for a hearing, the
 * questions, how it is recorded, a psychologist, a video link; for an arrest or a search,
 * the place and the date to coordinate; for a victim coming to testify in France, the
 * travel, the escort and the interpreter. One list of fields per type: the validation, the
 * form, the request page and the letters all read it.
 *
 * The details are stored as one jsonb value per measure (measures.details), shaped by the
 * measure's type; empty values are left out.
 */

/** The categories of data a provider holds (Budapest Convention, art. 1(d), 18(3) and 29). */
export const DATA_CATEGORIES = ["subscriber", "traffic", "content", "stored_media"] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** How a hearing is recorded. */
export const RECORDING_MODES = ["audio_video", "audio", "written"] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

/** Each kind of value: one line, a text, one item per line, a calendar date, a yes/no, a choice. */
export type DetailKind = "line" | "text" | "list" | "date" | "flag" | "categories" | "recording";

export const DETAIL_NAMES = [
  "institution",
  "provider",
  "platform",
  "accounts",
  "identifiers",
  "periodFrom",
  "periodTo",
  "timeZone",
  "recordTypes",
  "dataCategories",
  "preserveUntil",
  "questions",
  "recording",
  "psychologist",
  "videoLink",
  "hearingDate",
  "place",
  "coordinationDate",
  "travel",
  "escort",
  "interpreter",
  "testimonyDate",
  "protection",
] as const;
export type DetailName = (typeof DETAIL_NAMES)[number];

export interface DetailField {
  name: DetailName;
  kind: DetailKind;
  required?: true;
}

/**
 * The date a measure sets for itself (a preservation's end, a hearing, an operation, a
 * testimony): a clock of the request (lib/deadlines/measure-clocks.ts). `side` is who must
 * act by then: the requesting side sends the full request before a preservation lapses; the
 * requested side holds the hearing, the operation, the travel.
 */
export interface OwnDateField {
  name: "preserveUntil" | "hearingDate" | "coordinationDate" | "testimonyDate";
  side: "requesting" | "requested";
}

const f = (name: DetailName, kind: DetailKind, required?: true): DetailField => (required ? { name, kind, required } : { name, kind });

const FINANCIAL = [f("institution", "line"), f("accounts", "list"), f("periodFrom", "date"), f("periodTo", "date"), f("recordTypes", "text")];
const TELECOM = [f("provider", "line"), f("identifiers", "list"), f("periodFrom", "date"), f("periodTo", "date"), f("timeZone", "line")];
const MESSAGING = [f("platform", "line"), f("accounts", "list"), f("dataCategories", "categories"), f("periodFrom", "date"), f("periodTo", "date")];
const PRESERVATION = [f("provider", "line"), f("accounts", "list"), f("dataCategories", "categories"), f("preserveUntil", "date")];
const HEARING = [f("questions", "list"), f("recording", "recording"), f("psychologist", "flag"), f("videoLink", "flag"), f("hearingDate", "date")];

/** The fields of each type of measure, in the order the form asks and the letter prints them. */
export const MEASURE_DETAIL_FIELDS: Record<MeasureType, readonly DetailField[]> = {
  bank_records: FINANCIAL,
  money_transfer_records: FINANCIAL,
  subscriber_data: TELECOM,
  traffic_data: TELECOM,
  content_data: MESSAGING,
  expedited_preservation: PRESERVATION,
  hearing_minor_victim: HEARING,
  hearing_witness: HEARING,
  hearing_suspect: HEARING,
  video_link_testimony: HEARING,
  identification: [],
  search_and_seizure: [f("place", "text"), f("coordinationDate", "date")],
  local_proceedings_information: [],
  victim_travel: [f("travel", "text"), f("escort", "text"), f("interpreter", "line"), f("testimonyDate", "date")],
  service_of_documents: [],
  // The requested State cannot act on an arrest or a rescue without knowing where.
  arrest_of_suspects: [f("place", "text", true), f("coordinationDate", "date")],
  child_safeguarding: [f("place", "text", true), f("protection", "text")],
};

/** The date field a type of measure sets its own deadline with, if any. */
export const OWN_DATE_FIELD: Partial<Record<MeasureType, OwnDateField>> = {
  expedited_preservation: { name: "preserveUntil", side: "requesting" },
  hearing_minor_victim: { name: "hearingDate", side: "requested" },
  hearing_witness: { name: "hearingDate", side: "requested" },
  hearing_suspect: { name: "hearingDate", side: "requested" },
  video_link_testimony: { name: "hearingDate", side: "requested" },
  search_and_seizure: { name: "coordinationDate", side: "requested" },
  arrest_of_suspects: { name: "coordinationDate", side: "requested" },
  victim_travel: { name: "testimonyDate", side: "requested" },
};

/** The stored details: each field's value, empty ones left out. */
export type MeasureDetails = Partial<Record<DetailName, string | string[] | boolean>>;

/** What a checkbox sends: "on" when ticked; a caller may say true or false. */
const FLAG_TEXTS = ["on", "true", "false", ""];

const LIST_ITEM_MAX = 500;
const LIST_MAX_ITEMS = 100;

/** A value a form leaves blank (null from JSON, nothing sent) reads as absent. */
const blankable = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema);

/** One item per line from a form, or an array from a caller. */
const lines = z
  .union([z.string(), z.array(z.string())], { error: "invalid" })
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((item) => item.trim()).filter(Boolean));

function fieldSchema(field: DetailField): z.ZodType {
  switch (field.kind) {
    case "line":
    case "text": {
      const max = field.kind === "line" ? LIMITS.short : LIMITS.medium;
      const notText = (issue: { code: string; input?: unknown }) => (issue.code !== "invalid_type" ? undefined : issue.input === undefined ? "required" : "invalid");
      const text = z.string({ error: notText }).trim().max(max);
      return blankable(field.required ? text.min(1, { error: "required" }) : text.default(""));
    }
    case "list": {
      const list = lines.pipe(z.array(z.string().max(LIST_ITEM_MAX)).max(LIST_MAX_ITEMS, { error: "tooManyItems" }));
      return blankable(field.required ? list.pipe(z.array(z.string()).min(1, { error: "required" })) : list.default([]));
    }
    case "date":
      // One message for whatever is not a real date, typed or not.
      return blankable(z.string({ error: "invalidDate" }).trim().refine((d) => d === "" || plausibleDate.safeParse(d).success, { error: "invalidDate" }).default(""));
    case "flag":
      return blankable(
        z
          .union([z.boolean(), z.string()], { error: "invalidChoice" })
          .refine((v) => typeof v === "boolean" || FLAG_TEXTS.includes(v), { error: "invalidChoice" })
          .transform((v) => v === true || v === "on" || v === "true")
          .default(false),
      );
    case "categories":
      // A form sends one value per ticked box; a comma-separated string is accepted too.
      return blankable(
        z
          .union([z.string(), z.array(z.string())], { error: "invalidChoice" })
          .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((c) => c.trim()).filter(Boolean))
          .pipe(z.array(z.enum(DATA_CATEGORIES, { error: "invalidChoice" })))
          .transform((v) => DATA_CATEGORIES.filter((c) => v.includes(c)))
          .default([]),
      );
    case "recording":
      return blankable(
        z
          .string({ error: "invalidChoice" })
          .refine((v) => v === "" || (RECORDING_MODES as readonly string[]).includes(v), { error: "invalidChoice" })
          .default(""),
      );
  }
}

const schemas = new Map<MeasureType, z.ZodType<MeasureDetails>>();

/** The schema of a type's details: each field's own rules, and a period that does not end before it starts. */
export function detailsSchema(type: MeasureType): z.ZodType<MeasureDetails> {
  let schema = schemas.get(type);
  if (!schema) {
    const fields = MEASURE_DETAIL_FIELDS[type];
    schema = z
      .object(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])))
      .superRefine((d, ctx) => {
        if (typeof d.periodFrom === "string" && typeof d.periodTo === "string" && d.periodFrom && d.periodTo && d.periodTo < d.periodFrom) {
          ctx.addIssue({ code: "custom", path: ["periodTo"], message: "periodInverted" });
        }
      })
      .transform(compact) as unknown as z.ZodType<MeasureDetails>;
    schemas.set(type, schema);
  }
  return schema;
}

/** Leaves out what says nothing: empty texts and lists, unticked boxes. */
function compact(details: Record<string, unknown>): MeasureDetails {
  const kept: MeasureDetails = {};
  for (const [name, value] of Object.entries(details)) {
    if (value === "" || value === false || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    kept[name as DetailName] = value as string | string[] | boolean;
  }
  return kept;
}

/**
 * The details of a measure of `type`, validated: on bad input, Invalid with each field's
 * message keys under `details.<name>` (an item of a list is reported on its list).
 */
export function parseMeasureDetails(type: MeasureType, raw: unknown): MeasureDetails {
  try {
    return parseInput(z.object({ details: detailsSchema(type) }), { details: raw ?? {} }).details;
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const fields: FieldIssues = {};
    for (const [path, keys] of Object.entries(error.fields)) {
      const field = path.split(".").slice(0, 2).join(".");
      fields[field] = [...new Set([...(fields[field] ?? []), ...keys])];
    }
    throw new Invalid("invalid", fields);
  }
}

/**
 * The stored details of a measure as its type reads them now: a value of another shape (a
 * field a later release dropped, a type changed) is left out rather than trusted.
 */
export function storedDetails(type: MeasureType, stored: unknown): MeasureDetails {
  if (!stored || typeof stored !== "object") return {};
  const kept: MeasureDetails = {};
  for (const field of MEASURE_DETAIL_FIELDS[type]) {
    const value = (stored as Record<string, unknown>)[field.name];
    const fits =
      field.kind === "flag" ? value === true : field.kind === "list" || field.kind === "categories" ? isStringArray(value) : typeof value === "string" && value !== "";
    if (fits) kept[field.name] = value as string | string[] | boolean;
  }
  return kept;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string");
}

/** The date a measure set for itself (YYYY-MM-DD), with who must act by then; null when it set none. */
export function ownDateOf(type: MeasureType, details: MeasureDetails): { date: string; field: OwnDateField } | null {
  const field = OWN_DATE_FIELD[type];
  const date = field ? details[field.name] : undefined;
  return field && typeof date === "string" && date ? { date, field } : null;
}

/** The details as label/value entries, in the type's order: what the page and the letters print. */
export function detailEntries(type: MeasureType, details: MeasureDetails): { field: DetailField; value: string | string[] | boolean }[] {
  return MEASURE_DETAIL_FIELDS[type].flatMap((field) => {
    const value = details[field.name];
    return value === undefined ? [] : [{ field, value }];
  });
}
