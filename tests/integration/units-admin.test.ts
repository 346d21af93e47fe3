import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, units, users } from "@/db/schema";
import { ROLES } from "@/lib/access/roles";
import { verifyLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid } from "@/lib/errors";
import { addUnit } from "@/lib/units/add-unit";
import { closeUnit, reopenUnit, UnitHasActiveUsers } from "@/lib/units/close-unit";
import { listUnitsForAdmin } from "@/lib/units/list-units";
import type { AddUnitInput } from "@/lib/units/unit-input";
import { updateUnit } from "@/lib/units/update-unit";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { listUnits } from "@/lib/users/directory";
import { setUserActive } from "@/lib/users/set-user-active";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, makeUser, unitId } from "../support/factories";
import { draftRequest, userCtx } from "../support/requests";

/**
 * Units are reference data run by administrators (issue 12): added, renamed, closed and
 * reopened through the UI, each change audited. A closed unit keeps its people and requests
 * but takes no one new.
 */
let tdb: TestDatabase;
let admin: Ctx;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await unitId(tdb.db, "FR-PARIS-MINORS"); // seeds the countries and units
  admin = await ctxAs(tdb.db, "admin");
});
afterAll(() => tdb.destroy());

let serial = 0;
/** As the form sends it: strings, which the verb validates. */
const newUnit = (overrides: Partial<Record<keyof AddUnitInput, string>> = {}) =>
  ({
    code: `FR-TEST-${++serial}`,
    name: "Parquet de Lyon — section des mineurs",
    countryCode: "FR",
    kind: "prosecutor_office",
    ...overrides,
  }) as AddUnitInput;
const unitCount = async () => (await tdb.db.select({ n: count() }).from(units))[0]!.n;
const logCount = async () => (await tdb.db.select({ n: count() }).from(auditLog))[0]!.n;
const logOf = (id: string) => tdb.db.select().from(auditLog).where(and(eq(auditLog.subjectType, "unit"), eq(auditLog.subjectId, id))).orderBy(auditLog.id);
const unitRow = async (id: string) => (await tdb.db.select().from(units).where(eq(units.id, id)))[0]!;
const listed = async (id: string) => (await listUnitsForAdmin(admin)).flatMap((g) => g.units.map((u) => ({ ...u, countryCode: g.countryCode }))).find((u) => u.id === id);
const account = (unit: string, overrides: Record<string, unknown> = {}) => ({
  email: `someone.${Math.random().toString(36).slice(2)}@test.example`,
  name: "Someone",
  role: "magistrate" as const,
  unitId: unit,
  locale: "fr" as const,
  password: "a long initial password",
  ...overrides,
});

describe("adding a unit", () => {
  it("adds it under its country, with its code in capitals, and audits it", async () => {
    const { id, code } = await addUnit(admin, newUnit({ code: " fr-lyon-minors ", name: " Parquet de Lyon — mineurs " }));
    expect(code).toBe("FR-LYON-MINORS");
    expect(await listed(id)).toMatchObject({
      code: "FR-LYON-MINORS",
      name: "Parquet de Lyon — mineurs",
      kind: "prosecutor_office",
      countryCode: "FR",
      closedAt: null,
      activeUsers: 0,
      requests: 0,
    });
    const [entry] = await logOf(id);
    expect(entry).toMatchObject({ action: "unitAdded", actorId: admin.actor.id, data: { code: "FR-LYON-MINORS", countryCode: "FR" } });
    expect((await verifyLog(tdb.db)).problems).toEqual([]);
  });

  it("refuses a duplicate code, an empty name, an unknown country and a malformed code — writing nothing", async () => {
    const [units0, log0] = [await unitCount(), await logCount()];
    const refusal = (input: Partial<Record<keyof AddUnitInput, string>>) => addUnit(admin, newUnit(input)).then(() => expect.fail("expected a refusal"), (e: unknown) => e as Invalid);

    expect((await refusal({ code: "fr-paris-minors" })).fields).toEqual({ code: ["unitCodeTaken"] });
    expect((await refusal({ name: "   " })).fields).toEqual({ name: ["required"] });
    expect((await refusal({ countryCode: "ZZ" })).fields).toEqual({ countryCode: ["unknownCountry"] });
    expect((await refusal({ countryCode: "" })).fields).toEqual({ countryCode: ["unknownCountry"] });
    expect((await refusal({ code: "FR LYON" })).fields).toEqual({ code: ["invalidUnitCode"] });
    expect((await refusal({ code: "" })).fields).toEqual({ code: ["required"] });
    expect((await refusal({ kind: "embassy" })).fields).toEqual({ kind: ["invalidChoice"] });

    expect(await unitCount()).toBe(units0);
    expect(await logCount()).toBe(log0);
  });
});

describe("renaming a unit or changing its kind", () => {
  it("changes the name and kind, keeps the code and country, and audits before and after", async () => {
    const { id, code } = await addUnit(admin, newUnit());
    await updateUnit(admin, { unitId: id, name: "Autorité centrale — bureau de l'entraide pénale", kind: "central_authority" });
    expect(await unitRow(id)).toMatchObject({ code, countryCode: "FR", name: "Autorité centrale — bureau de l'entraide pénale", kind: "central_authority" });
    const [, updated] = await logOf(id);
    expect(updated).toMatchObject({
      action: "unitUpdated",
      data: { code, before: { name: "Parquet de Lyon — section des mineurs", kind: "prosecutor_office" }, after: { name: "Autorité centrale — bureau de l'entraide pénale", kind: "central_authority" } },
    });
  });

  it("writes nothing when saved unchanged, and refuses an empty name", async () => {
    const { id } = await addUnit(admin, newUnit());
    const before = await unitRow(id);
    await updateUnit(admin, { unitId: id, name: before.name, kind: before.kind });
    await expect(updateUnit(admin, { unitId: id, name: "", kind: "court" })).rejects.toMatchObject({ fields: { name: ["required"] } });
    expect(await unitRow(id)).toEqual(before);
    expect(await logOf(id)).toHaveLength(1);
  });
});

describe("closing a unit", () => {
  it("is refused while it has active accounts, saying how many; nothing is written", async () => {
    const { id } = await addUnit(admin, newUnit());
    const first = await createUser(admin, account(id));
    await createUser(admin, account(id, { role: "manager" }));
    const log0 = await logCount();

    const error = await closeUnit(admin, { unitId: id }).then(() => expect.fail("expected a refusal"), (e: unknown) => e);
    expect(error).toBeInstanceOf(UnitHasActiveUsers);
    expect(error).toMatchObject({ code: "unitHasActiveUsers", activeUsers: 2, status: 409 });
    expect((await unitRow(id)).closedAt).toBeNull();
    expect(await logCount()).toBe(log0);

    // A disabled account does not hold the unit open.
    await setUserActive(admin, { userId: first.id, active: false });
    await expect(closeUnit(admin, { unitId: id })).rejects.toMatchObject({ activeUsers: 1 });
  });

  it("keeps its accounts and requests, is no longer offered, and refuses new accounts; reopening offers it again", async () => {
    const { id, code } = await addUnit(admin, newUnit());
    const magistrate = await userCtx(tdb.db, "magistrate", code);
    await draftRequest(magistrate);
    await setUserActive(admin, { userId: magistrate.actor.id, active: false });

    await closeUnit(admin, { unitId: id });
    expect((await unitRow(id)).closedAt).toEqual(admin.now());
    expect(await listed(id)).toMatchObject({ closedAt: admin.now(), activeUsers: 0, requests: 1 });
    const [kept] = await tdb.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, magistrate.actor.id));
    expect(kept?.unitId).toBe(id);
    expect((await listUnits(admin)).find((u) => u.id === id)).toMatchObject({ closed: true });

    // Nobody new: neither a new account nor someone moved in.
    const users0 = (await tdb.db.select({ n: count() }).from(users))[0]!.n;
    await expect(createUser(admin, account(id))).rejects.toMatchObject({ fields: { unitId: ["unitClosed"] } });
    expect((await tdb.db.select({ n: count() }).from(users))[0]!.n).toBe(users0);
    const elsewhere = await makeUser(tdb.db, { role: "magistrate" });
    await expect(changeUserRole(admin, { userId: elsewhere.id, role: "manager", unitId: id })).rejects.toMatchObject({ fields: { unitId: ["unitClosed"] } });
    expect((await unitRow(id)).closedAt).not.toBeNull();
    const [unmoved] = await tdb.db.select({ unitId: users.unitId, role: users.role }).from(users).where(eq(users.id, elsewhere.id));
    expect(unmoved).toEqual({ unitId: await unitId(tdb.db, "FR-PARIS-MINORS"), role: "magistrate" });
    // Someone still in it may change role without being moved out.
    await changeUserRole(admin, { userId: magistrate.actor.id, role: "manager", unitId: id });

    await reopenUnit(admin, { unitId: id });
    expect((await listUnits(admin)).find((u) => u.id === id)).toMatchObject({ closed: false });
    await createUser(admin, account(id));

    expect((await logOf(id)).map((e) => e.action)).toEqual(["unitAdded", "unitClosed", "unitReopened"]);
    expect((await verifyLog(tdb.db)).problems).toEqual([]);
  });

  it("does not take back a disabled account: re-enabling it in a closed unit is refused until the unit reopens", async () => {
    const { id } = await addUnit(admin, newUnit());
    const member = await createUser(admin, account(id));
    await setUserActive(admin, { userId: member.id, active: false });
    await closeUnit(admin, { unitId: id });
    const log0 = await logCount();
    await expect(setUserActive(admin, { userId: member.id, active: true })).rejects.toMatchObject({ code: "unitClosed", status: 409 });
    const [row] = await tdb.db.select({ active: users.active }).from(users).where(eq(users.id, member.id));
    expect(row!.active).toBe(false);
    expect(await logCount()).toBe(log0);
    await reopenUnit(admin, { unitId: id });
    await setUserActive(admin, { userId: member.id, active: true });
  });

  it("closing a closed unit, or reopening an open one, writes nothing", async () => {
    const { id } = await addUnit(admin, newUnit());
    await reopenUnit(admin, { unitId: id });
    await closeUnit(admin, { unitId: id });
    await closeUnit(admin, { unitId: id });
    expect((await logOf(id)).map((e) => e.action)).toEqual(["unitAdded", "unitClosed"]);
  });

  it("answers 404 for an unknown unit and 400 for a malformed id", async () => {
    await expect(closeUnit(admin, { unitId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ status: 404 });
    await expect(updateUnit(admin, { unitId: "FR-PARIS-MINORS", name: "x", kind: "court" })).rejects.toBeInstanceOf(Invalid);
  });
});

describe("units are administered by administrators only", () => {
  for (const role of ROLES.filter((r) => r !== "admin")) {
    it(`a ${role} can neither list, add, edit, close nor reopen units`, async () => {
      const ctx = await ctxAs(tdb.db, role);
      const paris = await unitId(tdb.db, "FR-PARIS-MINORS");
      const [units0, log0] = [await unitCount(), await logCount()];
      await expect(listUnitsForAdmin(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(addUnit(ctx, newUnit())).rejects.toBeInstanceOf(Forbidden);
      await expect(updateUnit(ctx, { unitId: paris, name: "Renamed", kind: "court" })).rejects.toBeInstanceOf(Forbidden);
      await expect(closeUnit(ctx, { unitId: paris })).rejects.toBeInstanceOf(Forbidden);
      await expect(reopenUnit(ctx, { unitId: paris })).rejects.toBeInstanceOf(Forbidden);
      expect([await unitCount(), await logCount()]).toEqual([units0, log0]);
      expect((await unitRow(paris)).name).toBe("Parquet de Paris — section des mineurs");
    });
  }
});
