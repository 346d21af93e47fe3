import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import { authenticate } from "@/lib/users/authenticate";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW, makeUser, TEST_PASSWORD } from "../support/factories";
import { enrolTotp, stepsLater, totpAt, wrongCodeAt } from "../support/second-factor";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 3, windowMinutes: 15 };
const minutesLater = (n: number) => new Date(FIXED_NOW.getTime() + n * 60_000);

describe("signing in against the database", () => {
  it("accepts the right password, case-insensitively on the e-mail, and records the sign-in", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    const result = await authenticate(tdb.db, FIXED_NOW, throttle, {
      email: `  ${user.email.toUpperCase()} `,
      password: TEST_PASSWORD,
    });
    expect(result).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion });
    const [after] = await tdb.db.select().from(users).where(eq(users.id, user.id));
    expect(after?.lastLoginAt?.toISOString()).toBe(FIXED_NOW.toISOString());
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await makeUser(tdb.db, { role: "manager" });
    const wrong = await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: "not the password" });
    const unknown = await authenticate(tdb.db, FIXED_NOW, throttle, {
      email: "nobody@test.example",
      password: TEST_PASSWORD,
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells a disabled account so only when the password is right", async () => {
    const user = await makeUser(tdb.db, { role: "liaison_officer", active: false });
    expect(await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: "guess" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it("refuses empty and absurd input without touching the accounts", async () => {
    for (const credentials of [
      { email: "", password: TEST_PASSWORD },
      { email: "a@b.example", password: "" },
      { email: `${"x".repeat(300)}@test.example`, password: TEST_PASSWORD },
    ]) {
      expect(await authenticate(tdb.db, FIXED_NOW, throttle, credentials)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("throttles an address after repeated failures, even with the right password, until the window passes", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    for (let i = 0; i < throttle.maxFailures; i++) {
      await authenticate(tdb.db, minutesLater(i), throttle, { email: user.email, password: `wrong ${i}` });
    }
    const blocked = await authenticate(tdb.db, minutesLater(3), throttle, { email: user.email, password: TEST_PASSWORD });
    expect(blocked).toEqual({ ok: false, reason: "throttled" });

    // Another address is not affected.
    const other = await makeUser(tdb.db, { role: "magistrate" });
    expect((await authenticate(tdb.db, minutesLater(3), throttle, { email: other.email, password: TEST_PASSWORD })).ok).toBe(true);

    // After the window (counted from the failures), the right password works again.
    const later = await authenticate(tdb.db, minutesLater(3 + throttle.windowMinutes), throttle, {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(later.ok).toBe(true);
  });

  it("forgets failures once the user has signed in successfully", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    for (let i = 0; i < throttle.maxFailures - 1; i++) {
      await authenticate(tdb.db, minutesLater(i), throttle, { email: user.email, password: "wrong" });
    }
    expect((await authenticate(tdb.db, minutesLater(2), throttle, { email: user.email, password: TEST_PASSWORD })).ok).toBe(true);
    await authenticate(tdb.db, minutesLater(3), throttle, { email: user.email, password: "wrong again" });
    expect((await authenticate(tdb.db, minutesLater(4), throttle, { email: user.email, password: TEST_PASSWORD })).ok).toBe(true);
  });

  it("counts attempts in the database, where every app instance sees them", async () => {
    const user = await makeUser(tdb.db, { role: "manager" });
    await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: "wrong" });
    const rows = await tdb.db.select().from(loginAttempts).where(eq(loginAttempts.email, user.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.succeeded).toBe(false);
  });
});

describe("signing in with a second factor", () => {
  // Each test moves the clock on so that failures of one do not throttle the next.
  const at = (minutes: number) => minutesLater(100 + minutes);

  it("asks for the code only once the password is right, and refuses a wrong code as a counted failure", async () => {
    const ctx = await ctxAs(tdb.db, "liaison_officer", at(0));
    const { secret } = await enrolTotp(ctx);
    const { email } = ctx.actor;
    const signIn = (password: string, code?: string, now = at(1)) => authenticate(tdb.db, now, throttle, { email, password, code });

    expect(await signIn("not the password")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(TEST_PASSWORD)).toEqual({ ok: false, reason: "codeRequired" });
    expect(await signIn(TEST_PASSWORD, await wrongCodeAt(secret, at(1)))).toEqual({ ok: false, reason: "codeInvalid" });

    const attempts = await tdb.db.select().from(loginAttempts).where(eq(loginAttempts.email, email));
    // The wrong password and the wrong code; asking for the code is not an attempt.
    expect(attempts.map((a) => a.succeeded)).toEqual([false, false]);

    const ok = await signIn(TEST_PASSWORD, await totpAt(secret, at(1)));
    expect(ok).toMatchObject({ ok: true, userId: ctx.actor.id });
  });

  it("accepts a code once: the same code again is refused as used, the next one works", async () => {
    const ctx = await ctxAs(tdb.db, "admin", at(10));
    const { secret } = await enrolTotp(ctx);
    const credentials = async (now: Date) => ({ email: ctx.actor.email, password: TEST_PASSWORD, code: await totpAt(secret, now) });
    const later = stepsLater(at(11), 0);
    expect((await authenticate(tdb.db, later, throttle, await credentials(later))).ok).toBe(true);
    expect(await authenticate(tdb.db, later, throttle, await credentials(later))).toEqual({ ok: false, reason: "codeUsed" });
    // The code of the confirmation itself cannot be replayed either.
    expect(await authenticate(tdb.db, at(10), throttle, await credentials(at(10)))).toEqual({ ok: false, reason: "codeUsed" });
    const next = stepsLater(later, 1);
    expect((await authenticate(tdb.db, next, throttle, await credentials(next))).ok).toBe(true);
  });

  it("tolerates a phone one step off, not more", async () => {
    const ctx = await ctxAs(tdb.db, "liaison_officer", at(20));
    const { secret } = await enrolTotp(ctx);
    const now = at(22);
    const signIn = async (codeTime: Date) =>
      authenticate(tdb.db, now, throttle, { email: ctx.actor.email, password: TEST_PASSWORD, code: await totpAt(secret, codeTime) });
    expect(await signIn(stepsLater(now, -3))).toEqual({ ok: false, reason: "codeInvalid" });
    expect((await signIn(stepsLater(now, 1))).ok).toBe(true);
  });

  it("throttles wrong codes like wrong passwords", async () => {
    const ctx = await ctxAs(tdb.db, "liaison_officer", at(30));
    const { secret } = await enrolTotp(ctx);
    const { email } = ctx.actor;
    for (const code of [await wrongCodeAt(secret, at(31)), "not a code", "12345"].slice(0, throttle.maxFailures)) {
      expect(await authenticate(tdb.db, at(31), throttle, { email, password: TEST_PASSWORD, code })).toEqual({ ok: false, reason: "codeInvalid" });
    }
    const blocked = await authenticate(tdb.db, at(31), throttle, { email, password: TEST_PASSWORD, code: await totpAt(secret, at(31)) });
    expect(blocked).toEqual({ ok: false, reason: "throttled" });
  });

  it("lets a recovery code in once, however it is typed; the same code again is refused as used", async () => {
    const ctx = await ctxAs(tdb.db, "admin", at(40));
    const { recoveryCodes } = await enrolTotp(ctx);
    const code = recoveryCodes[3]!;
    const signIn = (typed: string) => authenticate(tdb.db, at(41), throttle, { email: ctx.actor.email, password: TEST_PASSWORD, code: typed });
    expect((await signIn(` ${code.toUpperCase()} `)).ok).toBe(true);
    expect(await signIn(code)).toEqual({ ok: false, reason: "recoveryCodeUsed" });
    expect((await signIn(recoveryCodes[4]!.replace("-", ""))).ok).toBe(true);
  });
});
