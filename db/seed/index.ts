import type { Db } from "../client";
import { checklistRules, countries, units, users } from "../schema";
import { DEFAULT_CHECKLIST_RULES } from "@/lib/checklists/rules";
import { hashPassword } from "@/lib/users/password";
import { seedDemoCases } from "./demo-cases";
import { COUNTRIES, DEMO_PASSWORD, DEMO_USERS, UNITS } from "./reference-data";

/**
 * Countries, units and the default checklist rules: reference data every installation
 * needs. Safe to re-run: what exists (and an administrator may have edited) is kept.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db
    .insert(countries)
    .values(COUNTRIES.map((c) => ({ ...c, languages: [...c.languages] })))
    .onConflictDoNothing({ target: countries.code });
  await db.insert(units).values(UNITS).onConflictDoNothing({ target: units.code });
  await db
    .insert(checklistRules)
    .values(DEFAULT_CHECKLIST_RULES.map((rule, position) => ({ ...rule, position })))
    .onConflictDoNothing({ target: checklistRules.key });
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
  await seedDemoCases(db, options);
}
