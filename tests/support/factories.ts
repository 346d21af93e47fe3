import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units, users } from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import { loadActor } from "@/lib/users/actor";
import { hashPassword } from "@/lib/users/password";

export const TEST_PASSWORD = "correct horse battery";

const unique = () => randomBytes(4).toString("hex");

/** A unit of the reference data (seeded on first use), e.g. "FR-PARIS-MINORS". */
export async function unitId(db: Db, code: string): Promise<string> {
  let [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!unit) {
    await seedReferenceData(db);
    [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  }
  if (!unit) throw new Error(`no unit ${code} in the reference data`);
  return unit.id;
}

const DEFAULT_UNIT: Record<Role, string | null> = {
  magistrate: "FR-PARIS-MINORS",
  manager: "FR-PARIS-MINORS",
  liaison_officer: "PH-DOJ-OOC",
  admin: null,
};

/** A user with TEST_PASSWORD and a unique e-mail address. */
export async function makeUser(
  db: Db,
  options: { role: Role; unitCode?: string | null; active?: boolean; locale?: "fr" | "en" },
) {
  const unitCode = options.unitCode === undefined ? DEFAULT_UNIT[options.role] : options.unitCode;
  const [user] = await db
    .insert(users)
    .values({
      email: `${options.role}.${unique()}@test.example`,
      name: `Test ${options.role}`,
      role: options.role,
      unitId: unitCode ? await unitId(db, unitCode) : null,
      locale: options.locale ?? "en",
      active: options.active ?? true,
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning();
  return user!;
}

/** The actor exactly as a request would see it (read through loadActor). */
export async function actorFor(db: Db, user: { id: string; sessionVersion: number }): Promise<Actor> {
  const actor = await loadActor(db, user.id, user.sessionVersion);
  if (!actor) throw new Error("test user cannot act (disabled or revoked)");
  return actor;
}

export const FIXED_NOW = new Date("2026-03-02T09:00:00Z");

export async function ctxAs(db: Db, role: Role, now: Date = FIXED_NOW): Promise<Ctx> {
  const user = await makeUser(db, { role });
  return { actor: await actorFor(db, user), db, now: () => now };
}
