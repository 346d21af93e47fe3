import { pgTable, text, uuid, pgEnum, char, index, boolean, date, timestamp } from "drizzle-orm/pg-core";
import { UNIT_KINDS } from "@/lib/access/roles";

export const unitKind = pgEnum("unit_kind", UNIT_KINDS);

export const countries = pgTable("countries", {
  /** ISO 3166-1 alpha-2, e.g. FR, PH. */
  code: char("code", { length: 2 }).primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  /** Working languages of its authorities (BCP 47), first one preferred for requests. */
  languages: text("languages").array().notNull(),
  /** IANA time zone; deadlines end at the close of a working day there. */
  timeZone: text("time_zone").notNull(),
  /** The audit log names its subjects by uuid; the code stays the key everywhere else. */
  id: uuid("id").notNull().unique().defaultRandom(),
  /** Between two member states the European Investigation Order applies (lib/reference/legal-bases.ts). */
  euMember: boolean("eu_member").notNull().default(false),
  /** Party to the Budapest Convention on Cybercrime since this date (its entry into force there); null if not a party. */
  budapestPartySince: date("budapest_party_since"),
});

export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stable human key used by the seed and the directory, e.g. FR-PARIS-MINORS. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    countryCode: char("country_code", { length: 2 })
      .notNull()
      .references(() => countries.code),
    kind: unitKind("kind").notNull(),
    /**
     * A closed unit is no longer offered for new accounts or role changes; it keeps its users,
     * requests and history. Who closed or reopened it is in the audit log.
     */
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  // Liaison officers are scoped by their unit's country: that lookup runs on every read.
  (t) => [index("units_country_idx").on(t.countryCode)],
);
