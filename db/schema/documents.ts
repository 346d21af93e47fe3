import {
  pgTable, text, uuid, pgEnum, integer, timestamp, boolean, customType, index, uniqueIndex, char,
} from "drizzle-orm/pg-core";
import { DOCUMENT_LANGUAGES, DOCUMENT_TYPES } from "@/lib/documents/vocabulary";
import { LEGAL_BASES, MEASURE_TYPES } from "@/lib/requests/vocabulary";
import { visibility } from "./events";
import { countries } from "./reference";
import { measures, requests } from "./requests";
import { users } from "./users";

export const documentType = pgEnum("document_type", DOCUMENT_TYPES);
export const documentLanguage = pgEnum("document_language", DOCUMENT_LANGUAGES);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Documents of a request. A replaced document is kept (its successor points to it through
 * `replacesId`) so every version stays available; `current` marks the latest.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    /** Returned evidence belongs to the measure it answers. */
    measureId: uuid("measure_id").references(() => measures.id),
    type: documentType("type").notNull(),
    language: documentLanguage("language").notNull(),
    /** A sanitised form of the uploader's file name, for display only: downloads get a server-made name. */
    originalName: text("original_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: char("sha256", { length: 64 }).notNull(),
    /** The checklist item this document provides, if any (lib/checklists). */
    checklistItemKey: text("checklist_item_key"),
    /** Internal annexes stay on the requesting side unless shared. */
    visibility: visibility("visibility").notNull(),
    version: integer("version").notNull().default(1),
    replacesId: uuid("replaces_id"),
    current: boolean("current").notNull().default(true),
    uploadedBy: uuid("uploaded_by").notNull().references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
    /** When the retention job deleted its bytes and its name; its type, size and digest remain. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [index("documents_request_idx").on(t.requestId, t.current)],
);

/**
 * The bytes, in their own table so that listing documents never reads them; in the same
 * database so that a document and its bytes are written in one transaction and backed up
 * together — nothing orphaned.
 */
export const documentContents = pgTable("document_contents", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id),
  bytes: bytea("bytes").notNull(),
});

/**
 * Checklist rules as data (seeded from lib/checklists/rules.ts; administrators may edit).
 * A rule applies to a request when each condition that is set matches it.
 */
export const checklistRules = pgTable(
  "checklist_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull().unique(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    reasonFr: text("reason_fr").notNull(),
    reasonEn: text("reason_en").notNull(),
    countryCode: char("country_code", { length: 2 }).references(() => countries.code),
    legalBasis: text("legal_basis", { enum: LEGAL_BASES }),
    /** The rule does not apply under this basis (e.g. no letter for an EIO, which has its form). */
    exceptLegalBasis: text("except_legal_basis", { enum: LEGAL_BASES }),
    measureType: text("measure_type", { enum: MEASURE_TYPES }),
    /** Satisfied by a current document of this type (and language, if set)… */
    documentType: documentType("document_type"),
    documentLanguage: documentLanguage("document_language"),
    /** …or by this request field being filled in. */
    field: text("field"),
    position: integer("position").notNull().default(0),
    active: boolean("active").notNull().default(true),
    /** The release of the shipped rules this row was last written from (lib/checklists/rules.ts). */
    shippedVersion: integer("shipped_version").notNull().default(1),
    /** An administrator's edit: such a rule is theirs, and no release overwrites it. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    editedBy: uuid("edited_by").references(() => users.id),
  },
);

/** A manager's waiver of a checklist item, with its reason. */
export const checklistWaivers = pgTable(
  "checklist_waivers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    itemKey: text("item_key").notNull(),
    reason: text("reason").notNull(),
    waivedBy: uuid("waived_by").notNull().references(() => users.id),
    waivedAt: timestamp("waived_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("checklist_waivers_once_idx").on(t.requestId, t.itemKey)],
);

