import { ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countries, units, users } from "@/db/schema";
import { migrate } from "@/db/migrate";
import { prepareDatabase } from "@/db/startup";
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, DEMO_USERS } from "@/db/seed/reference-data";
import { parseEnv } from "@/lib/env";
import { authenticate } from "@/lib/users/authenticate";
import { loadActor } from "@/lib/users/actor";
import { SYSTEM_USER_ID } from "@/lib/users/system";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW } from "../support/factories";
import { totpAt } from "../support/second-factor";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 5, windowMinutes: 15 };

describe("start-up: migrations and seeding", () => {
  it("re-applies migrations harmlessly", async () => {
    await expect(migrate(tdb)).resolves.toBeUndefined();
  });

  it("does not seed demo accounts on a production PostgreSQL unless asked", async () => {
    const e = parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/mla" });
    expect(await prepareDatabase(tdb, e)).toEqual({ seededDemo: false });
    // Only the scheduled tasks' account, which the migrations create (lib/users/system.ts).
    expect((await tdb.db.select().from(users)).map((u) => u.id)).toEqual([SYSTEM_USER_ID]);
    expect((await tdb.db.select().from(countries)).map((c) => c.code).sort()).toEqual(["CO", "FR", "MG", "PH", "RO"]);
  });

  it("seeds the demo accounts with SEED_DEMO=1, idempotently, and each can sign in with its role", async () => {
    const e = parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/mla", SEED_DEMO: "1" });
    await prepareDatabase(tdb, e);
    await prepareDatabase(tdb, e);
    expect(await tdb.db.select().from(users).where(ne(users.id, SYSTEM_USER_ID))).toHaveLength(DEMO_USERS.length);
    expect((await tdb.db.select().from(units)).length).toBeGreaterThanOrEqual(7);

    for (const demo of DEMO_USERS) {
      // Administrators and liaison officers have their second factor from the seed (README).
      const secret = DEMO_TOTP_SECRETS[demo.email];
      const code = secret ? await totpAt(secret, FIXED_NOW) : undefined;
      const result = await authenticate(tdb.db, FIXED_NOW, throttle, { email: demo.email, password: DEMO_PASSWORD, code });
      if (!result.ok) throw new Error(`${demo.email} cannot sign in: ${result.reason}`);
      const actor = await loadActor(tdb.db, result.userId, result.sessionVersion);
      expect(actor).toMatchObject({ role: demo.role, locale: demo.locale });
    }
  });
});
