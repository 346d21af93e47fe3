import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { verifyLog } from "@/lib/audit/log";
import { createCase } from "@/lib/requests/create-case";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, unitId } from "../support/factories";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

describe("the general audit log (accounts and cases)", () => {
  it("records each account change and case creation, chained, and refuses edits", async () => {
    const admin = await ctxAs(tdb.db, "admin");
    const magistrate = await ctxAs(tdb.db, "magistrate");
    const { id: userId } = await createUser(admin, {
      email: "new.officer@test.example", name: "New Officer", role: "liaison_officer",
      unitId: await unitId(tdb.db, "CO-FGN"), locale: "en", password: "a long initial password",
    });
    await changeUserRole(admin, { userId, role: "magistrate", unitId: await unitId(tdb.db, "FR-PARIS-MINORS") });
    await setUserActive(admin, { userId, active: false });
    await setUserActive(admin, { userId, active: true });
    const kase = await createCase(magistrate, { reference: "LOG-1", title: "Log", offences: "o", hardDate: "2027-01-15" });

    const rows = await tdb.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.map((r) => [r.action, r.actorRole])).toEqual([
      ["userCreated", "admin"], ["userRoleChanged", "admin"], ["userDisabled", "admin"], ["userEnabled", "admin"], ["caseCreated", "magistrate"],
    ]);
    expect(rows.at(-1)).toMatchObject({ subjectId: kase.id, data: { reference: "LOG-1", hardDate: "2027-01-15" } });
    expect(await verifyLog(tdb.db)).toEqual({ entriesChecked: 5, problems: [] });

    await expect(tdb.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(tdb.db.execute(sql`delete from audit_log`)).rejects.toThrow();

    // Past the trigger (as a superuser could), an edit is still detected.
    await tdb.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_log set data = '{"reference":"LOG-2"}'::jsonb where action = 'caseCreated'`);
    });
    const report = await verifyLog(tdb.db);
    expect(report.problems).toEqual([{ id: rows.at(-1)!.id, problem: "edited" }]);
  });
});
