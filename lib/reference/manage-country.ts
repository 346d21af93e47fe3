import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { countryInput, type AddCountryInput, type UpdateCountryInput } from "./directory-input";

/**
 * An administrator adds a country to the directory, or corrects one: its names, working
 * languages (the first is the letters' language), time zone (its deadlines' calendar), EU
 * membership and Budapest Convention date (two of its legal bases). Audited, all or nothing.
 */
export async function addCountry(ctx: Ctx, raw: AddCountryInput): Promise<{ code: string }> {
  assertCan(ctx.actor, "directory.manage");
  const data = parseInput(countryInput, raw);
  return ctx.db.transaction(async (tx) => {
    // Serialises two administrators adding the same code: the second finds the first's row.
    const [added] = await tx.insert(countries).values(data).onConflictDoNothing({ target: countries.code }).returning({ id: countries.id });
    if (!added) throw new Invalid("invalid", { code: ["countryExists"] });
    await appendLog(tx, ctx.actor, ctx.now(), { action: "countryAdded", subjectType: "country", subjectId: added.id, data });
    return { code: data.code };
  });
}

export async function updateCountry(ctx: Ctx, raw: UpdateCountryInput): Promise<void> {
  assertCan(ctx.actor, "directory.manage");
  const { code, ...fields } = parseInput(countryInput, raw);
  await ctx.db.transaction(async (tx) => {
    const before = await lockCountry(tx, code);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => String(fields[key]) !== String(before[key]));
    // Saved unchanged: nothing to write, nothing to audit.
    if (changed.length === 0) return;
    await tx.update(countries).set(fields).where(eq(countries.code, code));
    await appendLog(tx, ctx.actor, ctx.now(), {
      action: "countryUpdated",
      subjectType: "country",
      subjectId: before.id,
      data: { code, before: pick(before, changed), after: pick(fields, changed) },
    });
  });
}

export async function lockCountry(tx: Db, code: string) {
  const [row] = await tx.select().from(countries).where(eq(countries.code, code)).for("update");
  if (!row) throw new NotFound();
  return row;
}

function pick<T extends object>(row: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Partial<T>;
}
