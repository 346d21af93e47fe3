import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
import { assertCan } from "@/lib/access/policy";
import { LOCALES, ROLES } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { assertAssignableUnit } from "@/lib/units/assignable-unit";
import { parseInput } from "@/lib/validation/parse";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./password";
import { normalizeEmail } from "./authenticate";

export const createUserInput = z
  .object({
    email: z.string().trim().min(1).max(254).transform(normalizeEmail).pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    unitId: z.uuid().optional(),
    locale: z.enum(LOCALES),
    password: z.string().min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" }).max(200),
  })
  .refine((u) => u.role === "admin" || u.unitId, {
    path: ["unitId"],
    error: "unitRequired",
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export type CreateUserInput = z.input<typeof createUserInput>;

/** An administrator creates an account (docs/product.md, "Roles"). */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "users.manage");
  const data = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(data.password);

  return ctx.db.transaction(async (tx) => {
    if (data.role !== "admin" && data.unitId) await assertAssignableUnit(tx, data.unitId);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    // Said next to the e-mail field, like every other bad value of the form.
    if (existing) throw new Invalid("invalid", { email: ["emailTaken"] });
    const now = ctx.now();
    const [created] = await tx
      .insert(users)
      .values({
        email: data.email,
        name: data.name,
        role: data.role,
        unitId: data.role === "admin" ? null : data.unitId,
        locale: data.locale,
        passwordHash,
        // The administrator chose it: the user replaces it at their first sign-in.
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    await appendLog(tx, ctx.actor, now, {
      action: "userCreated",
      subjectType: "user",
      subjectId: created!.id,
      data: { email: data.email, role: data.role, unitId: data.role === "admin" ? null : data.unitId },
    });
    return { id: created!.id };
  });
}
