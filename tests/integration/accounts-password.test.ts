import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, loginAttempts, users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { pendingSetupStep } from "@/lib/users/account-setup";
import { loadActor } from "@/lib/users/actor";
import { authenticate } from "@/lib/users/authenticate";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { actorFor, ctxAs, FIXED_NOW, TEST_PASSWORD, unitId } from "../support/factories";
import { enrolTotp } from "../support/second-factor";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 3, windowMinutes: 15 };
const NEW_PASSWORD = "a much longer new password";

async function account(id: string) {
  const [row] = await tdb.db.select().from(users).where(eq(users.id, id));
  return row!;
}

/** The Invalid a verb threw, to read its field messages. */
async function invalid(work: Promise<unknown>): Promise<Invalid> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Invalid);
  return error as Invalid;
}

describe("changing one's own password", () => {
  it("replaces the password, ends the account's other sessions and keeps an audit entry", async () => {
    const ctx = await ctxAs(tdb.db, "magistrate");
    const before = await account(ctx.actor.id);

    const { sessionVersion } = await changeOwnPassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }, throttle);

    expect(sessionVersion).toBe(before.sessionVersion + 1);
    // A token from before the change (another browser) is refused; the renewed one works.
    expect(await loadActor(tdb.db, ctx.actor.id, before.sessionVersion)).toBeNull();
    expect(await loadActor(tdb.db, ctx.actor.id, sessionVersion)).not.toBeNull();
    const signIn = (password: string) => authenticate(tdb.db, FIXED_NOW, throttle, { email: ctx.actor.email, password });
    expect(await signIn(TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(NEW_PASSWORD)).ok).toBe(true);
    const entries = await tdb.db.select().from(auditLog).where(and(eq(auditLog.subjectId, ctx.actor.id), eq(auditLog.action, "passwordChanged")));
    expect(entries).toHaveLength(1);
  });

  it("refuses bad input with the field at fault and writes nothing", async () => {
    const ctx = await ctxAs(tdb.db, "manager");
    const before = await account(ctx.actor.id);
    const cases: [Record<string, string>, string, string][] = [
      [{ currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }, "currentPassword", "wrongPassword"],
      [{ currentPassword: TEST_PASSWORD, newPassword: "elevenchars", confirmation: "elevenchars" }, "newPassword", "passwordTooShort"],
      [{ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmation: `${NEW_PASSWORD}!` }, "confirmation", "passwordMismatch"],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmation: TEST_PASSWORD }, "newPassword", "passwordUnchanged"],
    ];
    for (const [input, field, key] of cases) {
      const error = await invalid(changeOwnPassword(ctx, input as never, throttle));
      expect(error.fields[field]).toEqual([key]);
    }
    const after = await account(ctx.actor.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(await tdb.db.select().from(auditLog).where(eq(auditLog.subjectId, ctx.actor.id))).toHaveLength(0);
  });

  it("counts wrong current passwords against the sign-in throttle", async () => {
    const ctx = await ctxAs(tdb.db, "magistrate");
    const attempt = (currentPassword: string) =>
      changeOwnPassword(ctx, { currentPassword, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }, throttle);
    for (let i = 0; i < throttle.maxFailures; i++) await invalid(attempt(`wrong ${i}`));
    expect(await tdb.db.select().from(loginAttempts).where(eq(loginAttempts.email, ctx.actor.email))).toHaveLength(throttle.maxFailures);

    // Now even the right password is refused, here and at the sign-in form.
    expect((await invalid(attempt(TEST_PASSWORD))).code).toBe("tooManyRequests");
    expect(await authenticate(tdb.db, FIXED_NOW, throttle, { email: ctx.actor.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "throttled" });
  });
});

describe("an account's first sign-in", () => {
  async function createdByAdmin(role: "magistrate" | "liaison_officer"): Promise<Ctx> {
    const admin = await ctxAs(tdb.db, "admin");
    const unit = role === "magistrate" ? "FR-PARIS-MINORS" : "CO-FGN";
    const { id } = await createUser(admin, {
      email: `${role}.${Math.random().toString(36).slice(2, 8)}@test.example`,
      name: "New Person",
      role,
      unitId: await unitId(tdb.db, unit),
      locale: "en",
      password: TEST_PASSWORD,
    });
    return { actor: await actorFor(tdb.db, await account(id)), db: tdb.db, now: () => FIXED_NOW };
  }
  const step = (ctx: Ctx, viaSso = false) => pendingSetupStep(tdb.db, ctx.actor, { viaSso });

  it("must replace a password an administrator chose, and nothing more for a magistrate", async () => {
    const ctx = await createdByAdmin("magistrate");
    expect(await step(ctx)).toBe("changePassword");
    await changeOwnPassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }, throttle);
    expect(await step(ctx)).toBeNull();
  });

  it("a liaison officer then sets up a second factor, except when single sign-on vouches for it", async () => {
    const ctx = await createdByAdmin("liaison_officer");
    await changeOwnPassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }, throttle);
    expect(await step(ctx)).toBe("enrolSecondFactor");
    expect(await step(ctx, true)).toBeNull();
    await enrolTotp(ctx);
    expect(await step(ctx)).toBeNull();
  });

  it("accounts made outside the admin form (the demo's, the tests') are not forced", async () => {
    expect(await step(await ctxAs(tdb.db, "magistrate"))).toBeNull();
    // But a role that requires a second factor does, from the very next request.
    expect(await step(await ctxAs(tdb.db, "admin"))).toBe("enrolSecondFactor");
  });
});
