import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { cases, countries, requests, units } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { assertCan } from "@/lib/access/policy";
import { appendEvent } from "@/lib/audit/append";
import { refreshDeadlines } from "@/lib/deadlines/refresh";
import { assertLegalBasisOffered } from "@/lib/reference/directory";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { nextRequestReference } from "./reference";
import { createRequestInput, type requestFields } from "./schemas";
import { localIsoDate } from "@/lib/dates";

export type CreateRequestInput = z.input<typeof createRequestInput>;
export type RequestFields = z.output<typeof requestFields>;

/** A magistrate drafts a request for a case of their own unit. */
export async function createRequest(ctx: Ctx, raw: CreateRequestInput): Promise<{ id: string; reference: string }> {
  assertCan(ctx.actor, "requests.create");
  const { caseId, ...fields } = parseInput(createRequestInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [kase] = await tx.select({ unitId: cases.unitId }).from(cases).where(eq(cases.id, caseId));
    // Another unit's case is out of scope: it does not exist for this actor.
    if (!kase || kase.unitId !== ctx.actor.unitId) throw new Invalid("invalid", { caseId: ["invalidChoice"] });
    return insertDraft(tx, ctx, { caseId, parentRequestId: null, fields });
  });
}

/** Inserts a draft with its reference and first audit event; shared with supplementary requests. */
export async function insertDraft(
  tx: Db,
  ctx: Ctx,
  draft: { caseId: string; parentRequestId: string | null; fields: RequestFields; assigneeId?: string | null },
): Promise<{ id: string; reference: string }> {
  const from = await requestingCountry(tx, ctx.actor);
  const to = draft.fields.requestedCountryCode;
  const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, to));
  if (!country || to === from) throw new Invalid("invalid", { requestedCountryCode: ["invalidChoice"] });
  // The drafter's choice must be a basis the two countries offer each other (the directory); a
  // supplementary request continues its parent's procedure on the parent's basis.
  if (!draft.parentRequestId) await assertLegalBasisOffered(tx, { from, to, basis: draft.fields.legalBasis });

  const now = ctx.now();
  const reference = await nextRequestReference(tx, yearIn(now, ctx.actor.timeZone), from, to);
  const [created] = await tx
    .insert(requests)
    .values({
      ...draft.fields,
      reference,
      caseId: draft.caseId,
      parentRequestId: draft.parentRequestId,
      requestingUnitId: ctx.actor.unitId!,
      createdBy: ctx.actor.id,
      updatedBy: ctx.actor.id,
      // The drafter is in charge until a manager gives the request to someone else.
      ownerId: ctx.actor.id,
      assigneeId: draft.assigneeId ?? null,
      createdAt: now,
      updatedAt: now,
      lastEventAt: now,
    })
    .returning();
  await appendEvent(tx, created!, ctx.actor, now, {
    action: "created",
    toStatus: "draft",
    visibility: "internal",
    data: { reference, parentRequestId: draft.parentRequestId },
  });
  await refreshDeadlines(tx, [created!.id], now);
  return { id: created!.id, reference };
}

async function requestingCountry(tx: Db, actor: Actor): Promise<string> {
  if (!actor.unitId) throw new Forbidden();
  const [unit] = await tx.select({ countryCode: units.countryCode }).from(units).where(eq(units.id, actor.unitId));
  if (!unit) throw new NotFound();
  return unit.countryCode;
}

/** The calendar year where the actor works (a request drafted on 31 December in Paris is of that year). */
function yearIn(date: Date, timeZone: string): number {
  return Number(localIsoDate(date, timeZone).slice(0, 4));
}
