import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/app/_lib/route-errors";
import type { Ctx } from "@/lib/context";
import { TooManyRequests } from "@/lib/errors";
import { takeRateLimit } from "@/lib/security/rate-limit";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs, FIXED_NOW } from "../support/factories";

/** Uploads and exports per person (lib/security/rate-limit.ts), counted in the database like the sign-in throttle. */

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

const policy = { limit: 3, windowMinutes: 10 };
const at = (ctx: Ctx, minutes: number): Ctx => ({ ...ctx, now: () => new Date(FIXED_NOW.getTime() + minutes * 60_000) });
const outcome = (work: Promise<void>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof TooManyRequests ? error.code : "other"),
  );

describe("rate limits", () => {
  it("lets a person upload up to the limit within the window, then answers 429 until it has passed; others are not affected", async () => {
    const magistrate = await ctxAs(tdb.db, "magistrate");
    const colleague = await ctxAs(tdb.db, "magistrate");
    for (let i = 0; i < policy.limit; i++) expect(await outcome(takeRateLimit(at(magistrate, i), "upload", policy))).toBe("done");
    const refused = await takeRateLimit(at(magistrate, 3), "upload", policy).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequests);
    expect(refused).toMatchObject({ status: 429, code: "uploadRateLimited" });

    expect(await outcome(takeRateLimit(at(colleague, 3), "upload", policy))).toBe("done");
    // Exports are counted apart from uploads.
    expect(await outcome(takeRateLimit(at(magistrate, 3), "export", policy))).toBe("done");
    expect(await outcome(takeRateLimit(at(magistrate, policy.windowMinutes), "upload", policy))).toBe("done");
  });

  it("never lets more than the limit through when requests arrive at once", async () => {
    const manager = await ctxAs(tdb.db, "manager");
    const answers = await Promise.all(Array.from({ length: 20 }, () => outcome(takeRateLimit(manager, "export", policy))));
    expect(answers.filter((a) => a === "done")).toHaveLength(policy.limit);
    expect(answers.filter((a) => a === "exportRateLimited")).toHaveLength(20 - policy.limit);
  });

  it("answers an export over the limit with a translated 429", async () => {
    const english = errorResponse(new TooManyRequests("exportRateLimited"), "en", "/api/requests/export");
    expect(english.status).toBe(429);
    expect(await english.text()).toBe("You have exported many lists in a short time. Wait a few minutes, then try again.");
    const french = errorResponse(new TooManyRequests("uploadRateLimited"), "fr", "/requests/x");
    expect(await french.text()).toMatch(/^Vous avez envoyé beaucoup de pièces/);
  });
});
