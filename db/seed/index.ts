import type { Db } from "../client";
import { eq, lt, sql } from "drizzle-orm";
import { checklistRules, countries, mailOutbox, managerScopes, notifications, units, users } from "../schema";
import { DEFAULT_CHECKLIST_RULES, SHIPPED_RULES_VERSION } from "@/lib/checklists/rules";
import { hashPassword } from "@/lib/users/password";
import { seedDemoCases } from "./demo-cases";
import { seedDemoSecondFactors } from "./demo-second-factors";
import { seedDirectory } from "./directory";
import { COUNTRIES, DEMO_MANAGER_SCOPES, DEMO_PASSWORD, DEMO_USERS, UNITS } from "./reference-data";

/**
 * Countries, units, the directory and the default checklist rules: reference data every installation
 * needs. Safe to re-run: what exists (and an administrator may have edited) is kept.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db
    .insert(countries)
    .values(COUNTRIES.map((c) => ({ ...c, languages: [...c.languages] })))
    .onConflictDoNothing({ target: countries.code });
  await db.insert(units).values(UNITS).onConflictDoNothing({ target: units.code });
  await seedDirectory(db);
  // A release updates the shipped rules nobody edited; an administrator's rule stays theirs.
  await db
    .insert(checklistRules)
    .values(DEFAULT_CHECKLIST_RULES.map((rule, position) => ({ ...blankConditions, ...rule, position, shippedVersion: SHIPPED_RULES_VERSION })))
    .onConflictDoUpdate({
      target: checklistRules.key,
      set: Object.fromEntries(SHIPPED_COLUMNS.map((column) => [column, sql.raw(`excluded.${checklistRules[column].name}`)])),
      setWhere: sql`${checklistRules.editedAt} is null and ${checklistRules.shippedVersion} < excluded.shipped_version`,
    });
}

/**
 * The demo accounts, then the demo cases and requests (demo-cases.ts), dated relative to
 * `today` (default: now). Re-running changes nothing that already exists: an account an
 * administrator disabled or whose password was changed stays as it is, and the demo cases
 * are created only once.
 */
export async function seedDemo(db: Db, options: { today?: Date } = {}): Promise<void> {
  await seedReferenceData(db);
  const unitIds = new Map(
    (await db.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values(
      DEMO_USERS.map((u) => ({
        email: u.email,
        name: u.name,
        role: u.role,
        locale: u.locale,
        unitId: u.unitCode ? unitIds.get(u.unitCode) : null,
        passwordHash,
      })),
    )
    .onConflictDoNothing({ target: users.email });
  await seedDemoSecondFactors(db);
  await seedDemoScopes(db, unitIds);
  const { createdCases } = await seedDemoCases(db, options);
  if (createdCases.length) await settleDemoHistory(db, options.today ?? new Date());
}

/**
 * The demo's history is months long: its people have long read what they were told then.
 * Notifications older than two weeks are read, and their e-mails (to the reserved
 * demo.example domain) are not left waiting in the outbox.
 */
async function settleDemoHistory(db: Db, today: Date): Promise<void> {
  const cutoff = new Date(today.getTime() - 14 * 86_400_000);
  await db.update(notifications).set({ readAt: sql`${notifications.createdAt}`, digestedAt: sql`${notifications.createdAt}` }).where(lt(notifications.createdAt, cutoff));
  await db.delete(mailOutbox).where(lt(mailOutbox.createdAt, cutoff));
}

/** The demo managers' scopes, once: a scope an administrator changed since is left alone. */
async function seedDemoScopes(db: Db, unitIds: Map<string, string>): Promise<void> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin@demo.example"));
  if (!admin) return;
  for (const scope of DEMO_MANAGER_SCOPES) {
    const [manager] = await db.select({ id: users.id }).from(users).where(eq(users.email, scope.email));
    if (!manager) continue;
    const [already] = await db.select({ id: managerScopes.id }).from(managerScopes).where(eq(managerScopes.userId, manager.id)).limit(1);
    if (already) continue;
    const rows = [
      ...scope.unitCodes.map((code) => ({ unitId: unitIds.get(code)!, countryCode: null })),
      ...scope.countryCodes.map((countryCode) => ({ unitId: null, countryCode })),
    ];
    await db
      .insert(managerScopes)
      .values(rows.map((r) => ({ ...r, userId: manager.id, createdBy: admin.id, createdAt: new Date() })))
      .onConflictDoNothing();
  }
}

/** What a release may rewrite in a shipped rule: all of it but its key, order and state. */
const SHIPPED_COLUMNS = [
  "labelFr", "labelEn", "reasonFr", "reasonEn", "countryCode", "legalBasis", "exceptLegalBasis", "measureType",
  "documentType", "documentLanguage", "field", "shippedVersion",
] as const;

/** A rule leaves unset the conditions it does not have: written out, so that a release can clear one. */
const blankConditions = {
  countryCode: null, legalBasis: null, exceptLegalBasis: null, measureType: null, documentType: null, documentLanguage: null, field: null,
};
