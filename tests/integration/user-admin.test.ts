import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { ROLES, type Role } from "@/lib/access/roles";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { countUsers, listUnits, listUsers } from "@/lib/users/directory";
import { setUserActive } from "@/lib/users/set-user-active";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW, makeUser, unitId } from "../support/factories";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const userCount = async () => (await tdb.db.select({ id: users.id }).from(users)).length;

async function newAccount(overrides: Record<string, unknown> = {}) {
  return {
    email: `new.${Math.random().toString(36).slice(2)}@test.example`,
    name: "New Officer",
    role: "liaison_officer" as Role,
    unitId: await unitId(tdb.db, "CO-FGN"),
    locale: "en" as const,
    password: "a long initial password",
    ...overrides,
  };
}

describe("account administration is for administrators only", () => {
  for (const role of ROLES.filter((r) => r !== "admin")) {
    it(`a ${role} can neither list, create, disable nor re-role accounts`, async () => {
      const ctx = await ctxAs(tdb.db, role);
      const target = await makeUser(tdb.db, { role: "magistrate" });
      const before = await userCount();
      await expect(listUsers(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(listUnits(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(countUsers(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(createUser(ctx, await newAccount())).rejects.toBeInstanceOf(Forbidden);
      await expect(setUserActive(ctx, { userId: target.id, active: false })).rejects.toBeInstanceOf(Forbidden);
      await expect(changeUserRole(ctx, { userId: target.id, role: "admin" })).rejects.toBeInstanceOf(Forbidden);
      expect(await userCount()).toBe(before);
      const [unchanged] = await tdb.db.select().from(users).where(eq(users.id, target.id));
      expect(unchanged).toMatchObject({ active: true, role: "magistrate" });
    });
  }
});

describe("an administrator manages accounts", () => {
  it("creates an account that can then sign in", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const input = await newAccount({ email: "  Officer.Bogota@Test.Example " });
    const { id } = await createUser(admin, input);
    const listed = (await listUsers(admin)).find((u) => u.id === id);
    expect(listed).toMatchObject({ email: "officer.bogota@test.example", role: "liaison_officer", countryCode: "CO" });
    const signIn = await authenticate(tdb.db, FIXED_NOW, { maxFailures: 5, windowMinutes: 15 }, {
      email: "officer.bogota@test.example",
      password: input.password,
    });
    expect(signIn.ok).toBe(true);
  });

  it("refuses a duplicate e-mail, a missing unit, an unknown unit and bad fields — writing nothing", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const existing = await makeUser(tdb.db, { role: "magistrate" });
    const before = await userCount();
    await expect(createUser(admin, await newAccount({ email: existing.email.toUpperCase() }))).rejects.toMatchObject({
      constructor: Invalid,
      fields: { email: ["emailTaken"] },
    });
    await expect(createUser(admin, await newAccount({ unitId: undefined }))).rejects.toMatchObject({
      fields: { unitId: ["unitRequired"] },
    });
    await expect(
      createUser(admin, await newAccount({ unitId: "00000000-0000-4000-8000-000000000000" })),
    ).rejects.toMatchObject({ fields: { unitId: ["invalidChoice"] } });
    await expect(createUser(admin, await newAccount({ role: "root", password: "x" }))).rejects.toBeInstanceOf(Invalid);
    expect(await userCount()).toBe(before);
  });

  it("creates administrators without a unit, even if one is chosen", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const { id } = await createUser(admin, await newAccount({ role: "admin" }));
    const [row] = await tdb.db.select().from(users).where(eq(users.id, id));
    expect(row?.unitId).toBeNull();
  });

  it("disables and re-enables an account; disabling revokes its sessions", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const user = await makeUser(tdb.db, { role: "manager" });
    await setUserActive(admin, { userId: user.id, active: false });
    let [row] = await tdb.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ active: false, sessionVersion: user.sessionVersion + 1 });
    await setUserActive(admin, { userId: user.id, active: true });
    [row] = await tdb.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ active: true, sessionVersion: user.sessionVersion + 1 });
    expect(await countUsers(admin)).toMatchObject({ active: expect.any(Number), disabled: expect.any(Number) });
  });

  it("cannot lock itself out, and answers 404 for an unknown account", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    await expect(setUserActive(admin, { userId: admin.actor.id, active: false })).rejects.toMatchObject({
      code: "cannotDisableSelf",
    });
    await expect(changeUserRole(admin, { userId: admin.actor.id, role: "manager", unitId: await unitId(tdb.db, "FR-BEPI") })).rejects.toMatchObject({
      code: "cannotDemoteSelf",
    });
    await expect(
      setUserActive(admin, { userId: "00000000-0000-4000-8000-000000000000", active: false }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(setUserActive(admin, { userId: "not-a-uuid", active: false })).rejects.toBeInstanceOf(Invalid);
  });

  it("counts active and disabled accounts", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const before = await countUsers(admin);
    const user = await makeUser(tdb.db, { role: "magistrate" });
    await setUserActive(admin, { userId: user.id, active: false });
    // The admin of this test was created too: one more active account.
    expect(await countUsers(admin)).toEqual({ active: before.active, disabled: before.disabled + 1 });
  });
});
