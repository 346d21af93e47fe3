import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, recoveryCodes, users, userTotp } from "@/db/schema";
import { ROLES } from "@/lib/access/roles";
import { verifyLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Forbidden } from "@/lib/errors";
import { pendingSetupStep } from "@/lib/users/account-setup";
import { loadActor } from "@/lib/users/actor";
import { authenticate } from "@/lib/users/authenticate";
import { listUsers } from "@/lib/users/directory";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW, TEST_PASSWORD } from "../support/factories";
import { enrolTotp, stepsLater } from "../support/second-factor";

/**
 * An administrator resets the second factor of someone who lost their authenticator and
 * their recovery codes (issue 12): the factor and codes go, the sessions end, the reason is
 * audited, and the person sets up a new factor at their next sign-in.
 */
let tdb: TestDatabase;
let admin: Ctx;
beforeAll(async () => {
  tdb = await createTestDatabase();
  admin = await ctxAs(tdb.db, "admin");
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 5, windowMinutes: 15 };
const REASON = "Téléphone perdu ; identité vérifiée par appel au greffe le 2 mars 2026.";
const factorOf = async (userId: string) => (await tdb.db.select().from(userTotp).where(eq(userTotp.userId, userId)))[0];
const codesOf = async (userId: string) => (await tdb.db.select({ n: count() }).from(recoveryCodes).where(eq(recoveryCodes.userId, userId)))[0]!.n;
const sessionVersionOf = async (userId: string) => (await tdb.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0]!.v;
const logOf = (userId: string) => tdb.db.select().from(auditLog).where(eq(auditLog.subjectId, userId)).orderBy(auditLog.id);

async function enrolled(role: "liaison_officer" | "magistrate" | "admin") {
  const ctx = await ctxAs(tdb.db, role);
  await enrolTotp(ctx);
  return ctx;
}

describe("resetting a lost second factor", () => {
  it("removes the factor and the recovery codes, ends the sessions, and is audited with its reason", async () => {
    const officer = await enrolled("liaison_officer");
    const version = await sessionVersionOf(officer.actor.id);
    expect(await codesOf(officer.actor.id)).toBe(10);
    expect((await listUsers(admin)).find((u) => u.id === officer.actor.id)?.hasSecondFactor).toBe(true);

    await resetSecondFactor(admin, { userId: officer.actor.id, reason: `  ${REASON} ` });

    expect(await factorOf(officer.actor.id)).toBeUndefined();
    expect(await codesOf(officer.actor.id)).toBe(0);
    expect(await sessionVersionOf(officer.actor.id)).toBe(version + 1);
    // The token they held is refused on its next request.
    expect(await loadActor(tdb.db, officer.actor.id, version)).toBeNull();
    expect((await listUsers(admin)).find((u) => u.id === officer.actor.id)?.hasSecondFactor).toBe(false);

    const last = (await logOf(officer.actor.id)).at(-1);
    expect(last).toMatchObject({
      action: "secondFactorReset",
      subjectType: "user",
      actorId: admin.actor.id,
      data: { reason: REASON, hadConfirmedFactor: true, recoveryCodesRemoved: 10 },
    });
    expect((await verifyLog(tdb.db)).problems).toEqual([]);
  });

  it("lets them sign in with the password alone, then sends a role that requires a factor to set one up", async () => {
    const officer = await enrolled("liaison_officer");
    await resetSecondFactor(admin, { userId: officer.actor.id, reason: REASON });
    const signIn = await authenticate(tdb.db, stepsLater(FIXED_NOW, 2), throttle, { email: officer.actor.email, password: TEST_PASSWORD });
    expect(signIn.ok).toBe(true);
    expect(await pendingSetupStep(tdb.db, officer.actor, { viaSso: false })).toBe("enrolSecondFactor");

    const magistrate = await enrolled("magistrate");
    await resetSecondFactor(admin, { userId: magistrate.actor.id, reason: REASON });
    expect(await pendingSetupStep(tdb.db, magistrate.actor, { viaSso: false })).toBeNull();
  });

  it("requires a reason, and refuses an account with nothing to reset — writing nothing", async () => {
    const officer = await enrolled("liaison_officer");
    const version = await sessionVersionOf(officer.actor.id);
    const entries = (await logOf(officer.actor.id)).length;
    await expect(resetSecondFactor(admin, { userId: officer.actor.id, reason: "   " })).rejects.toMatchObject({ fields: { reason: ["required"] } });
    expect((await factorOf(officer.actor.id))?.secret).not.toBeNull();
    expect(await codesOf(officer.actor.id)).toBe(10);

    const plain = await ctxAs(tdb.db, "magistrate");
    const plainVersion = await sessionVersionOf(plain.actor.id);
    await expect(resetSecondFactor(admin, { userId: plain.actor.id, reason: REASON })).rejects.toMatchObject({ code: "noSecondFactor", status: 409 });
    expect(await sessionVersionOf(plain.actor.id)).toBe(plainVersion);
    expect(await sessionVersionOf(officer.actor.id)).toBe(version);
    expect(await logOf(officer.actor.id)).toHaveLength(entries);
    expect(await logOf(plain.actor.id)).toHaveLength(0);
    await expect(resetSecondFactor(admin, { userId: "00000000-0000-4000-8000-000000000000", reason: REASON })).rejects.toMatchObject({ status: 404 });
  });

  it("is not for one's own factor: an administrator replaces theirs on /account", async () => {
    const self = await enrolled("admin");
    const version = await sessionVersionOf(self.actor.id);
    await expect(resetSecondFactor(self, { userId: self.actor.id, reason: REASON })).rejects.toMatchObject({ code: "cannotResetOwnSecondFactor" });
    expect((await factorOf(self.actor.id))?.secret).not.toBeNull();
    expect(await codesOf(self.actor.id)).toBe(10);
    expect(await sessionVersionOf(self.actor.id)).toBe(version);
  });

  for (const role of ROLES.filter((r) => r !== "admin")) {
    it(`a ${role} cannot reset anyone's second factor`, async () => {
      const officer = await enrolled("liaison_officer");
      const ctx = await ctxAs(tdb.db, role);
      await expect(resetSecondFactor(ctx, { userId: officer.actor.id, reason: REASON })).rejects.toBeInstanceOf(Forbidden);
      expect((await factorOf(officer.actor.id))?.secret).not.toBeNull();
      expect(await codesOf(officer.actor.id)).toBe(10);
    });
  }
});
