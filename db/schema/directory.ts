import { sql } from "drizzle-orm";
import { check, char, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { AUTHORITY_KINDS } from "@/lib/reference/vocabulary";
import { countries } from "./reference";
import { legalBasis, measureType } from "./requests";

/** The directory (lib/reference/): who receives a request in each country, and on which legal bases. */

export const authorityKind = pgEnum("authority_kind", AUTHORITY_KINDS);

export const authorities = pgTable(
  "authorities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countryCode: char("country_code", { length: 2 }).notNull().references(() => countries.code),
    name: text("name").notNull(),
    kind: authorityKind("kind").notNull(),
    /** The measures it executes: the request form proposes it when a request asks for them. */
    measureTypes: measureType("measure_types").array().notNull().default(sql`'{}'`),
    address: text("address").notNull().default(""),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    officeHours: text("office_hours").notNull().default(""),
    /** Set on the authorities the seed ships: a later start finds them even after an administrator renamed them. */
    seedKey: text("seed_key").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // One name per country whatever its case: two entries for one authority would split the proposals.
  (t) => [uniqueIndex("authorities_country_name_idx").on(t.countryCode, sql`lower(${t.name})`)],
);

/**
 * A legal basis recorded between two countries (a bilateral convention, another multilateral
 * convention, reciprocity). It holds both ways: the order of the pair is only who recorded it.
 * Withdrawn rather than deleted, so that the seed never brings back what an administrator removed.
 */
export const countryLegalBases = pgTable(
  "country_legal_bases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countryCode: char("country_code", { length: 2 }).notNull().references(() => countries.code),
    partnerCode: char("partner_code", { length: 2 }).notNull().references(() => countries.code),
    basis: legalBasis("basis").notNull(),
    /** The instrument's title and, when known, its date in words, e.g. "Accord de coopération en matière de justice (1973)". */
    instrument: text("instrument").notNull().default(""),
    signedOn: date("signed_on"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("country_legal_bases_pair_idx").on(t.countryCode, t.partnerCode, t.basis, t.instrument),
    // Looked up from either side of the pair.
    index("country_legal_bases_partner_idx").on(t.partnerCode),
    check("country_legal_bases_two_countries", sql`${t.countryCode} <> ${t.partnerCode}`),
    check("country_legal_bases_recorded", sql`${t.basis} in ('bilateral_convention', 'multilateral_convention', 'reciprocity')`),
  ],
);
