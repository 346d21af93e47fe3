import { sql } from "drizzle-orm";
import {
  pgTable, text, uuid, pgEnum, boolean, integer, timestamp, bigserial, char, index, uniqueIndex, check,
} from "drizzle-orm/pg-core";
import { ROLES, LOCALES } from "@/lib/access/roles";
import { NOTIFICATION_DELIVERIES } from "@/lib/notifications/vocabulary";
import { countries, units } from "./reference";

export const userRole = pgEnum("user_role", ROLES);
export const userLocale = pgEnum("user_locale", LOCALES);
export const notificationDelivery = pgEnum("notification_delivery", NOTIFICATION_DELIVERIES);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased so that logins and uniqueness ignore case. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    unitId: uuid("unit_id").references(() => units.id),
    locale: userLocale("locale").notNull().default("fr"),
    active: boolean("active").notNull().default(true),
    /** argon2id; null for accounts that only sign in through the ministry's SSO. */
    passwordHash: text("password_hash"),
    /** Bumped when an account is disabled, signs out or changes its password: every token issued before is refused. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set when an administrator chose the password: the user must choose their own before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** The sign-in before the last: the home page's "new since my last visit" starts there. */
    previousLoginAt: timestamp("previous_login_at", { withTimezone: true }),
    notificationDelivery: notificationDelivery("notification_delivery").notNull().default("immediate"),
    /** When the last daily digest was mailed (digest delivery only). */
    digestSentAt: timestamp("digest_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Everyone but an administrator acts for a unit; scoping depends on it.
    check("users_unit_required", sql`${t.role} = 'admin' or ${t.unitId} is not null`),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    index("users_unit_idx").on(t.unitId),
  ],
);

/**
 * Failed and successful sign-ins, counted in the database (not in memory) so that
 * throttling holds across several app instances (docs/product.md, "Scaling out").
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The throttle counts recent failures for one e-mail address.
  (t) => [index("login_attempts_email_time_idx").on(t.email, t.attemptedAt)],
);

/**
 * What a manager oversees besides their own unit's requests (a central authority's national
 * view): more units of the requesting side (`unitId`), or the requests transmitted to a
 * country (`countryCode`, the requested side). One row, one of the two. Administered by
 * administrators; read into the actor on every request (lib/users/actor.ts).
 */
export const managerScopes = pgTable(
  "manager_scopes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id),
    unitId: uuid("unit_id").references(() => units.id),
    countryCode: char("country_code", { length: 2 }).references(() => countries.code),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("manager_scopes_one_target", sql`(${t.unitId} is null) <> (${t.countryCode} is null)`),
    uniqueIndex("manager_scopes_unit_idx").on(t.userId, t.unitId),
    uniqueIndex("manager_scopes_country_idx").on(t.userId, t.countryCode),
    // Notifications look up the managers of a unit or a country.
    index("manager_scopes_target_idx").on(t.unitId, t.countryCode),
  ],
);
