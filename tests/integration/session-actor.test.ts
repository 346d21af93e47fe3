import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { loadActor } from "@/lib/users/actor";
import { setUserActive } from "@/lib/users/set-user-active";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, makeUser, unitId } from "../support/factories";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

describe("the session's actor is re-read on every request", () => {
  it("describes the user with their unit, country and time zone", async () => {
    const user = await makeUser(tdb.db, { role: "liaison_officer", unitCode: "PH-DOJ-OOC" });
    const actor = await loadActor(tdb.db, user.id, user.sessionVersion);
    expect(actor).toMatchObject({
      id: user.id,
      role: "liaison_officer",
      countryCode: "PH",
      timeZone: "Asia/Manila",
      unitName: "Department of Justice — Office of Cybercrime",
    });
  });

  it("refuses a session once its account is disabled, and the old token even after re-enabling", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const user = await makeUser(tdb.db, { role: "magistrate" });
    expect(await loadActor(tdb.db, user.id, user.sessionVersion)).not.toBeNull();

    await setUserActive(admin, { userId: user.id, active: false });
    expect(await loadActor(tdb.db, user.id, user.sessionVersion)).toBeNull();

    await setUserActive(admin, { userId: user.id, active: true });
    expect(await loadActor(tdb.db, user.id, user.sessionVersion)).toBeNull();
    const [fresh] = await tdb.db.select().from(users).where(eq(users.id, user.id));
    expect(await loadActor(tdb.db, user.id, fresh!.sessionVersion)).not.toBeNull();
  });

  it("applies a role change to the very next request, with the same token", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const user = await makeUser(tdb.db, { role: "magistrate" });
    await changeUserRole(admin, { userId: user.id, role: "manager", unitId: await unitId(tdb.db, "FR-BEPI") });
    const actor = await loadActor(tdb.db, user.id, user.sessionVersion);
    expect(actor?.role).toBe("manager");
    expect(actor?.unitName).toMatch(/BEPI/);
  });

  it("refuses unknown or malformed user ids (a forged token) without an error", async () => {
    expect(await loadActor(tdb.db, "00000000-0000-4000-8000-000000000000", 1)).toBeNull();
    expect(await loadActor(tdb.db, "'; drop table users; --", 1)).toBeNull();
  });
});
