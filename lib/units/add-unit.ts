import { eq } from "drizzle-orm";
import { countries, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { addUnitInput, type AddUnitInput } from "./unit-input";

/** An administrator adds a unit (a prosecutor's office, a central authority…) of a directory country. Audited, all or nothing. */
export async function addUnit(ctx: Ctx, raw: AddUnitInput): Promise<{ id: string; code: string }> {
  assertCan(ctx.actor, "reference.manage");
  const data = parseInput(addUnitInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, data.countryCode));
    if (!country) throw new Invalid("invalid", { countryCode: ["unknownCountry"] });
    // Serialises two administrators adding the same code: the second finds the first's row.
    const [added] = await tx.insert(units).values(data).onConflictDoNothing({ target: units.code }).returning({ id: units.id });
    if (!added) throw new Invalid("invalid", { code: ["unitCodeTaken"] });
    await appendLog(tx, ctx.actor, ctx.now(), { action: "unitAdded", subjectType: "unit", subjectId: added.id, data });
    return { id: added.id, code: data.code };
  });
}
