import { and, eq, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { countryLegalBases } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { recordLegalBasisInput, type RecordLegalBasisInput } from "./directory-input";
import { lockCountry } from "./manage-country";

/**
 * An administrator records a legal basis between two countries (a bilateral convention,
 * another multilateral convention, reciprocity) or withdraws one; the EIO and the Budapest
 * Convention follow from the countries themselves. Recorded on the country's page, it
 * holds both ways. Audited on the country, all or nothing.
 */
export async function recordLegalBasis(ctx: Ctx, raw: RecordLegalBasisInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "directory.manage");
  const data = parseInput(recordLegalBasisInput, raw);
  return ctx.db.transaction(async (tx) => {
    const country = await lockCountry(tx, data.countryCode);
    await lockCountry(tx, data.partnerCode).catch(() => {
      throw new Invalid("invalid", { partnerCode: ["unknownCountry"] });
    });
    const samePair = or(
      and(eq(countryLegalBases.countryCode, data.countryCode), eq(countryLegalBases.partnerCode, data.partnerCode)),
      and(eq(countryLegalBases.countryCode, data.partnerCode), eq(countryLegalBases.partnerCode, data.countryCode)),
    );
    const [existing] = await tx
      .select()
      .from(countryLegalBases)
      .where(and(samePair, eq(countryLegalBases.basis, data.basis), eq(countryLegalBases.instrument, data.instrument)));
    if (existing && !existing.withdrawnAt) throw new Invalid("invalid", { instrument: ["legalBasisExists"] });
    let id: string;
    if (existing) {
      // Withdrawn once, recorded again: the same row comes back (the seed keys on it).
      await tx.update(countryLegalBases).set({ withdrawnAt: null, signedOn: data.signedOn }).where(eq(countryLegalBases.id, existing.id));
      id = existing.id;
    } else {
      const [added] = await tx.insert(countryLegalBases).values({ ...data, createdAt: ctx.now() }).returning({ id: countryLegalBases.id });
      id = added!.id;
    }
    await appendLog(tx, ctx.actor, ctx.now(), { action: "legalBasisRecorded", subjectType: "country", subjectId: country.id, data: { id, ...data } });
    return { id };
  });
}

const withdrawInput = z.object({ legalBasisId: z.uuid() });

export async function withdrawLegalBasis(ctx: Ctx, raw: z.input<typeof withdrawInput>): Promise<{ countryCode: string }> {
  assertCan(ctx.actor, "directory.manage");
  const { legalBasisId } = parseInput(withdrawInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(countryLegalBases)
      .where(and(eq(countryLegalBases.id, legalBasisId), isNull(countryLegalBases.withdrawnAt)))
      .for("update");
    if (!row) throw new NotFound();
    const country = await lockCountry(tx, row.countryCode);
    const now = ctx.now();
    await tx.update(countryLegalBases).set({ withdrawnAt: now }).where(eq(countryLegalBases.id, row.id));
    await appendLog(tx, ctx.actor, now, {
      action: "legalBasisWithdrawn",
      subjectType: "country",
      subjectId: country.id,
      data: { id: row.id, countryCode: row.countryCode, partnerCode: row.partnerCode, basis: row.basis, instrument: row.instrument },
    });
    return { countryCode: row.countryCode };
  });
}
