import { eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loginAttempts, rateCounters } from "@/db/schema";
import { authenticate, type SignInResult } from "@/lib/users/authenticate";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW, makeUser, TEST_PASSWORD } from "../support/factories";

// Every password the sign-in checks goes through here: counted, and held at a gate when a
// test wants its guesses to overlap as much as they can.
const checks = vi.hoisted(() => ({ count: 0, gate: null as Promise<void> | null }));
vi.mock("@/lib/users/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/users/password")>();
  return {
    ...actual,
    verifyPassword: async (storedHash: string, password: string) => {
      checks.count++;
      if (checks.gate) await checks.gate;
      return actual.verifyPassword(storedHash, password);
    },
  };
});

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());
afterEach(() => {
  checks.count = 0;
  checks.gate = null;
});

const throttle = { maxFailures: 5, windowMinutes: 15, maxFailuresPerIp: 0 };
const GUESSES = 20;
const minutesLater = (n: number) => new Date(FIXED_NOW.getTime() + n * 60_000);
const tally = (results: SignInResult[]) => ({
  signedIn: results.filter((r) => r.ok).length,
  invalid: results.filter((r) => !r.ok && r.reason === "invalid").length,
  throttled: results.filter((r) => !r.ok && r.reason === "throttled").length,
});

/** Closes the gate: every password check waits until the returned function opens it. */
function closeGate(): () => void {
  let open!: () => void;
  checks.gate = new Promise((resolve) => (open = resolve));
  return () => {
    checks.gate = null;
    open();
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("the sign-in throttle under concurrent guesses", () => {
  it(`checks no more than the limit of ${GUESSES} simultaneous wrong guesses, and then refuses the right password`, async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    // Held at the gate, every guess is in flight before the first one is answered.
    const open = closeGate();
    const burst = Promise.all(
      Array.from({ length: GUESSES }, (_, i) => authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: `guess ${i}` })),
    );
    await until(() => checks.count >= throttle.maxFailures, "the first checks");
    open();
    const results = await burst;

    expect(checks.count).toBe(throttle.maxFailures);
    expect(tally(results)).toEqual({ signedIn: 0, invalid: throttle.maxFailures, throttled: GUESSES - throttle.maxFailures });
    const attempts = await tdb.db.select().from(loginAttempts).where(eq(loginAttempts.email, user.email));
    expect(attempts).toHaveLength(throttle.maxFailures);

    const right = await authenticate(tdb.db, minutesLater(1), throttle, { email: user.email, password: TEST_PASSWORD });
    expect(right).toEqual({ ok: false, reason: "throttled" });
    expect(checks.count).toBe(throttle.maxFailures);
  });

  it("does not let in the right password sent while wrong guesses hold every place (the 9th and the 18th of 20)", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    const guess = (i: number) =>
      authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: i === 8 || i === 17 ? TEST_PASSWORD : `guess ${i}` });
    const open = closeGate();
    const first = Array.from({ length: 8 }, (_, i) => guess(i));
    await until(() => checks.count >= throttle.maxFailures, "the wrong guesses to take their places");
    const rest = Array.from({ length: GUESSES - 8 }, (_, i) => guess(8 + i));
    // Those still waiting for a place are answered before the checks under way are.
    const later = await Promise.all(rest);
    open();
    const results = [...(await Promise.all(first)), ...later];

    expect(later.every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    expect(tally(results)).toEqual({ signedIn: 0, invalid: throttle.maxFailures, throttled: GUESSES - throttle.maxFailures });
    expect(checks.count).toBe(throttle.maxFailures);
  });

  it("checks no more than the limit of one burst of right and wrong guesses, whichever wins the places", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    const open = closeGate();
    const burst = Promise.all(
      Array.from({ length: GUESSES }, (_, i) =>
        authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: i === 8 || i === 17 ? TEST_PASSWORD : `guess ${i}` }),
      ),
    );
    await until(() => checks.count >= throttle.maxFailures, "the first checks");
    open();
    const results = await burst;
    expect(checks.count).toBe(throttle.maxFailures);
    expect(tally(results).throttled).toBe(GUESSES - throttle.maxFailures);
  });

  it("without a gate too, real password checks overlapping: never more checks than the limit", async () => {
    const user = await makeUser(tdb.db, { role: "manager" });
    const results = await Promise.all(
      Array.from({ length: GUESSES }, (_, i) => authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: `guess ${i}` })),
    );
    expect(checks.count).toBeLessThanOrEqual(throttle.maxFailures);
    expect(tally(results).invalid).toBeLessThanOrEqual(throttle.maxFailures);
  });

  it("counts a client IP's failures across addresses, and gives an address back its place when the IP is refused", async () => {
    const perIp = { ...throttle, maxFailuresPerIp: 4 };
    const users = await Promise.all(Array.from({ length: 6 }, () => makeUser(tdb.db, { role: "magistrate" })));
    const spray = await Promise.all(
      users.flatMap((user) => [0, 1].map((i) => authenticate(tdb.db, FIXED_NOW, perIp, { email: user.email, password: `spray ${i}` }, { ip: "203.0.113.7" }))),
    );
    expect(tally(spray)).toEqual({ signedIn: 0, invalid: perIp.maxFailuresPerIp, throttled: 12 - perIp.maxFailuresPerIp });
    expect(checks.count).toBe(perIp.maxFailuresPerIp);

    // Another client is not affected, and no address lost a place to a refusal by the IP.
    const addressCounts = await tdb.db
      .select({ count: rateCounters.count })
      .from(rateCounters)
      .where(inArray(rateCounters.subject, users.map((user) => `address:${user.email}`)));
    expect(addressCounts.reduce((sum, row) => sum + row.count, 0)).toBe(perIp.maxFailuresPerIp);
    for (const user of users) {
      const result = await authenticate(tdb.db, FIXED_NOW, perIp, { email: user.email, password: TEST_PASSWORD }, { ip: "198.51.100.1" });
      expect(result.ok).toBe(true);
    }
    // The sprayed IP stays refused, even with the right password, until its window has passed.
    const again = await authenticate(tdb.db, FIXED_NOW, perIp, { email: users[0]!.email, password: TEST_PASSWORD }, { ip: "203.0.113.7" });
    expect(again).toEqual({ ok: false, reason: "throttled" });
    const fresh = await authenticate(tdb.db, minutesLater(perIp.windowMinutes), perIp, { email: users[0]!.email, password: TEST_PASSWORD }, { ip: "203.0.113.7" });
    expect(fresh.ok).toBe(true);
  });

  it("starts a counter again once its window has passed", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    for (let i = 0; i < throttle.maxFailures; i++) await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: "wrong" });
    const during = await authenticate(tdb.db, minutesLater(throttle.windowMinutes - 1), throttle, { email: user.email, password: TEST_PASSWORD });
    expect(during).toEqual({ ok: false, reason: "throttled" });
    const after = await authenticate(tdb.db, minutesLater(throttle.windowMinutes), throttle, { email: user.email, password: TEST_PASSWORD });
    expect(after.ok).toBe(true);
  });

  it("holds for the current password asked before changing how one signs in", async () => {
    const ctx = await ctxAs(tdb.db, "magistrate");
    const change = (i: number) =>
      changeOwnPassword(ctx, { currentPassword: `guess ${i}`, newPassword: "a brand new password", confirmation: "a brand new password" }, throttle).then(
        () => "changed",
        (error: { code?: string }) => error.code,
      );
    const open = closeGate();
    const burst = Promise.all(Array.from({ length: GUESSES }, (_, i) => change(i)));
    await until(() => checks.count >= throttle.maxFailures, "the first checks");
    open();
    const answers = await burst;
    expect(checks.count).toBe(throttle.maxFailures);
    expect(answers.filter((a) => a === "tooManyRequests")).toHaveLength(GUESSES - throttle.maxFailures);
    expect(await authenticate(tdb.db, FIXED_NOW, throttle, { email: ctx.actor.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "throttled" });
  });
});
