import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/users/actor";
import { authenticate } from "@/lib/users/authenticate";
import { endSessions } from "@/lib/users/end-sessions";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW, makeUser, TEST_PASSWORD } from "../support/factories";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 5, windowMinutes: 15 };

describe("signing out ends the session on the server", () => {
  it("refuses a token issued before the sign-out, as a copied cookie would present it", async () => {
    const user = await makeUser(tdb.db, { role: "liaison_officer" });
    const signedIn = await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: TEST_PASSWORD });
    if (!signedIn.ok) throw new Error("the test user cannot sign in");
    // The token names the user and the session version it was issued with.
    const token = { userId: signedIn.userId, sessionVersion: signedIn.sessionVersion };
    expect(await loadActor(tdb.db, token.userId, token.sessionVersion)).not.toBeNull();

    expect(await endSessions(tdb.db, token.userId, token.sessionVersion)).toBe(true);
    expect(await loadActor(tdb.db, token.userId, token.sessionVersion)).toBeNull();

    // Signing in again gives a new version, which works; the old token stays refused.
    const again = await authenticate(tdb.db, FIXED_NOW, throttle, { email: user.email, password: TEST_PASSWORD });
    if (!again.ok) throw new Error("the test user cannot sign in again");
    expect(again.sessionVersion).toBeGreaterThan(token.sessionVersion);
    expect(await loadActor(tdb.db, user.id, again.sessionVersion)).not.toBeNull();
    expect(await loadActor(tdb.db, token.userId, token.sessionVersion)).toBeNull();
  });

  it("an already refused token cannot end the sessions that replaced it", async () => {
    const user = await makeUser(tdb.db, { role: "magistrate" });
    await endSessions(tdb.db, user.id, user.sessionVersion);
    const current = user.sessionVersion + 1;
    expect(await endSessions(tdb.db, user.id, user.sessionVersion)).toBe(false);
    expect(await loadActor(tdb.db, user.id, current)).not.toBeNull();
    expect(await endSessions(tdb.db, "not-a-uuid", 1)).toBe(false);
  });
});
