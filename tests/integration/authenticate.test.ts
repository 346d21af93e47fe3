import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import { authenticate } from "@/lib/users/authenticate";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW, makeUser, TEST_PASSWORD } from "../support/factories";

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
