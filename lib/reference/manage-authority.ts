import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authorities } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { addAuthorityInput, updateAuthorityInput, type AddAuthorityInput, type UpdateAuthorityInput } from "./directory-input";
import { lockCountry } from "./manage-country";

/**
 * An administrator adds an authority of a country to the directory, or corrects one: its
 * kind, the measures it is competent for (the request form proposes it for them) and how
 * to reach it. One name per country, whatever its case. Audited, all or nothing.
 */
export async function addAuthority(ctx: Ctx, raw: AddAuthorityInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "directory.manage");
  const { countryCode, ...fields } = parseInput(addAuthorityInput, raw);
  return ctx.db.transaction(async (tx) => {
    // The country's row lock queues two administrators adding the same name.
    await lockCountry(tx, countryCode);
    await assertNameFree(tx, countryCode, fields.name);
    const now = ctx.now();
    const [added] = await tx
      .insert(authorities)
      .values({ ...fields, countryCode, createdAt: now, updatedAt: now })
      .returning({ id: authorities.id });
    await appendLog(tx, ctx.actor, now, { action: "authorityAdded", subjectType: "authority", subjectId: added!.id, data: { countryCode, ...fields } });
    return { id: added!.id };
  });
}

export async function updateAuthority(ctx: Ctx, raw: UpdateAuthorityInput): Promise<{ countryCode: string }> {
  assertCan(ctx.actor, "directory.manage");
  const { authorityId, ...fields } = parseInput(updateAuthorityInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(authorities).where(eq(authorities.id, authorityId)).for("update");
    if (!before) throw new NotFound();
    await lockCountry(tx, before.countryCode);
    await assertNameFree(tx, before.countryCode, fields.name, authorityId);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => String(fields[key]) !== String(before[key]));
    // Saved unchanged: nothing to write, nothing to audit.
    if (changed.length === 0) return { countryCode: before.countryCode };
    const now = ctx.now();
    await tx.update(authorities).set({ ...fields, updatedAt: now }).where(eq(authorities.id, authorityId));
    await appendLog(tx, ctx.actor, now, {
      action: "authorityUpdated",
      subjectType: "authority",
      subjectId: authorityId,
      data: {
        countryCode: before.countryCode,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
      },
    });
    return { countryCode: before.countryCode };
  });
}

async function assertNameFree(tx: Db, countryCode: string, name: string, exceptId?: string): Promise<void> {
  const [taken] = await tx
    .select({ id: authorities.id })
    .from(authorities)
    .where(
      and(
        eq(authorities.countryCode, countryCode),
        sql`lower(${authorities.name}) = lower(${name})`,
        exceptId ? ne(authorities.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new Invalid("invalid", { name: ["authorityExists"] });
}
