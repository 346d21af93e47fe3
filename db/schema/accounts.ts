import { sql } from "drizzle-orm";
import { pgTable, text, uuid, bigint, timestamp, index, check } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * An account's TOTP second factor (lib/users/second-factor.ts). Secrets are stored encrypted
 * (lib/users/secret-box.ts) and never leave the server once confirmed.
 */
export const userTotp = pgTable(
  "user_totp",
  {
    userId: uuid("user_id").primaryKey().references(() => users.id),
    /** The confirmed factor; null until the first code proves the app holds it. */
    secret: text("secret"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** A secret shown but not yet confirmed: replacing an authenticator keeps the old one until then. */
    pendingSecret: text("pending_secret"),
    /** The last time step accepted: a code is accepted once (RFC 6238, section 5.2). */
    lastUsedStep: bigint("last_used_step", { mode: "number" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [check("user_totp_confirmed", sql`(${t.secret} is null) = (${t.confirmedAt} is null)`)],
);

/** Single-use codes for a lost authenticator, hashed like passwords; a new set replaces the old. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  // A sign-in with a recovery code checks the codes of one account.
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);
