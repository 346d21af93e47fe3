import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, recoveryCodes, userTotp, users } from "@/db/schema";
import { seedDemoSecondFactors } from "@/db/seed/demo-second-factors";
import { DEMO_TOTP_SECRETS } from "@/db/seed/reference-data";
import { Conflict, Invalid } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import { hashPassword } from "@/lib/users/password";
import { openSecret, sealSecret } from "@/lib/users/secret-box";
import {
  confirmTotpEnrolment, disableSecondFactor, renewRecoveryCodes, secondFactorStatus, startTotpEnrolment,
} from "@/lib/users/totp-enrolment";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW, TEST_PASSWORD, unitId } from "../support/factories";
import { enrolTotp, stepsLater, totpAt, wrongCodeAt } from "../support/second-factor";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const throttle = { maxFailures: 5, windowMinutes: 15 };
const factorRow = async (userId: string) => (await tdb.db.select().from(userTotp).where(eq(userTotp.userId, userId)))[0];
const codeRows = (userId: string) => tdb.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));

async function refused(work: Promise<unknown>) {
  return work.then(() => expect.fail("expected a refusal"), (e: unknown) => e as Invalid | Conflict);
}

describe("setting up an authenticator app", () => {
  it("shows the key until a code confirms it; then ten recovery codes, stored hashed, and the key encrypted", async () => {
    const ctx = await ctxAs(tdb.db, "liaison_officer");
    await startTotpEnrolment(ctx);
    const { enrolment } = await secondFactorStatus(ctx);
    expect(enrolment?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment?.uri).toBe(`otpauth://totp/MLA%20Tracker:${encodeURIComponent(ctx.actor.email)}?secret=${enrolment?.secret}&issuer=MLA%20Tracker`);

    // A wrong code confirms nothing.
    const wrong = await refused(confirmTotpEnrolment(ctx, { code: await wrongCodeAt(enrolment!.secret, FIXED_NOW) }));
    expect((wrong as Invalid).fields).toEqual({ code: ["codeInvalid"] });
    expect((await factorRow(ctx.actor.id))?.secret).toBeNull();
    expect(await codeRows(ctx.actor.id)).toHaveLength(0);

    const { recoveryCodes: codes } = await confirmTotpEnrolment(ctx, { code: await totpAt(enrolment!.secret, FIXED_NOW) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await factorRow(ctx.actor.id);
    expect(stored?.secret).not.toContain(enrolment!.secret);
    expect(openSecret(stored!.secret!, ctx.actor.id)).toBe(enrolment!.secret);
    const hashes = (await codeRows(ctx.actor.id)).map((r) => r.codeHash);
    expect(hashes.some((h) => codes.some((c) => h.includes(c.replace("-", ""))))).toBe(false);
    expect(await secondFactorStatus(ctx)).toMatchObject({ enabled: true, required: true, enrolment: null, recoveryCodesLeft: 10 });
    expect(await tdb.db.select().from(auditLog).where(eq(auditLog.subjectId, ctx.actor.id))).toHaveLength(1);
  });

  it("an encrypted key opens only for its own account", async () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "5d7f6d3e-0000-4000-8000-000000000001");
    expect(openSecret(sealed, "5d7f6d3e-0000-4000-8000-000000000001")).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "5d7f6d3e-0000-4000-8000-000000000002")).toBeNull();
    // One bit of the ciphertext flipped (not the last base64 character, whose low bits may be padding).
    const [version, iv, body, tag] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    const tampered = [version, iv, flipped.toString("base64url"), tag].join(".");
    expect(openSecret(tampered, "5d7f6d3e-0000-4000-8000-000000000001")).toBeNull();
  });

  it("replacing an authenticator asks for the password and keeps the old one working until the new one is confirmed", async () => {
    const ctx = await ctxAs(tdb.db, "admin");
    const { secret: old } = await enrolTotp(ctx);
    const wrong = await refused(startTotpEnrolment(ctx, { currentPassword: "not my password" }, throttle));
    expect((wrong as Invalid).fields).toEqual({ currentPassword: ["wrongPassword"] });
    expect((await factorRow(ctx.actor.id))?.pendingSecret).toBeNull();

    await startTotpEnrolment(ctx, { currentPassword: TEST_PASSWORD }, throttle);
    const signIn = async (secret: string, steps: number) => {
      const at = stepsLater(FIXED_NOW, steps);
      return authenticate(tdb.db, at, throttle, { email: ctx.actor.email, password: TEST_PASSWORD, code: await totpAt(secret, at) });
    };
    expect((await signIn(old, 2)).ok).toBe(true);

    const next = (await secondFactorStatus(ctx)).enrolment!.secret;
    await confirmTotpEnrolment({ ...ctx, now: () => stepsLater(FIXED_NOW, 4) }, { code: await totpAt(next, stepsLater(FIXED_NOW, 4)) });
    expect(await signIn(old, 6)).toEqual({ ok: false, reason: "codeInvalid" });
    expect((await signIn(next, 6)).ok).toBe(true);
  });
});

describe("recovery codes and turning the factor off", () => {
  it("new recovery codes replace the old ones, on a right code only", async () => {
    const ctx = await ctxAs(tdb.db, "liaison_officer");
    const { secret, recoveryCodes: first } = await enrolTotp(ctx);
    const later = { ...ctx, now: () => stepsLater(FIXED_NOW, 2) };
    const wrong = await refused(renewRecoveryCodes(later, { code: await wrongCodeAt(secret, later.now()) }, throttle));
    expect((wrong as Invalid).fields).toEqual({ code: ["codeInvalid"] });

    const { recoveryCodes: second } = await renewRecoveryCodes(later, { code: await totpAt(secret, later.now()) }, throttle);
    expect(second.some((c) => first.includes(c))).toBe(false);
    const signIn = (code: string) => authenticate(tdb.db, later.now(), throttle, { email: ctx.actor.email, password: TEST_PASSWORD, code });
    expect(await signIn(first[0]!)).toEqual({ ok: false, reason: "codeInvalid" });
    expect((await signIn(second[0]!)).ok).toBe(true);
  });

  it("an administrator or a liaison officer cannot turn it off; nothing is written", async () => {
    for (const role of ["admin", "liaison_officer"] as const) {
      const ctx = await ctxAs(tdb.db, role);
      const { secret } = await enrolTotp(ctx);
      const later = { ...ctx, now: () => stepsLater(FIXED_NOW, 2) };
      const error = await refused(disableSecondFactor(later, { currentPassword: TEST_PASSWORD, code: await totpAt(secret, later.now()) }, throttle));
      expect(error.code).toBe("secondFactorRequired");
      expect((await factorRow(ctx.actor.id))?.secret).not.toBeNull();
      expect(await codeRows(ctx.actor.id)).toHaveLength(10);
    }
  });

  it("a magistrate may turn it off with the password and a code", async () => {
    const ctx = await ctxAs(tdb.db, "magistrate");
    const { secret } = await enrolTotp(ctx);
    const later = { ...ctx, now: () => stepsLater(FIXED_NOW, 2) };
    const wrong = await refused(disableSecondFactor(later, { currentPassword: "not my password", code: await totpAt(secret, later.now()) }, throttle));
    expect((wrong as Invalid).fields).toEqual({ currentPassword: ["wrongPassword"] });
    expect((await factorRow(ctx.actor.id))?.secret).not.toBeNull();

    await disableSecondFactor(later, { currentPassword: TEST_PASSWORD, code: await totpAt(secret, later.now()) }, throttle);
    expect(await factorRow(ctx.actor.id)).toBeUndefined();
    expect(await codeRows(ctx.actor.id)).toHaveLength(0);
    expect((await authenticate(tdb.db, later.now(), throttle, { email: ctx.actor.email, password: TEST_PASSWORD })).ok).toBe(true);
    expect((await refused(disableSecondFactor(later, { currentPassword: TEST_PASSWORD, code: "123456" }, throttle))).code).toBe("secondFactorNotEnabled");
  });
});

describe("the demo's second factors", () => {
  it("are enrolled once from the fixed secrets, so that the README's keys give the codes", async () => {
    const email = "liaison.ph@demo.example";
    await tdb.db.insert(users).values({
      email,
      name: "Maria Santos",
      role: "liaison_officer",
      unitId: await unitId(tdb.db, "PH-DOJ-OOC"),
      passwordHash: await hashPassword("demo-password"),
    });
    await seedDemoSecondFactors(tdb.db, FIXED_NOW);
    await seedDemoSecondFactors(tdb.db, FIXED_NOW);
    const secret = DEMO_TOTP_SECRETS[email]!;
    const signIn = async (code?: string) => authenticate(tdb.db, FIXED_NOW, throttle, { email, password: "demo-password", code });
    expect(await signIn()).toEqual({ ok: false, reason: "codeRequired" });
    expect((await signIn(await totpAt(secret, FIXED_NOW))).ok).toBe(true);
  });
});
