import { and, eq, max, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { measures, requestEvents, requestPersons } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound, type FieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { urgencyWithChildAtRisk } from "./child-at-risk";
import { parseMeasureDetails, type MeasureDetails } from "./measure-details";
import { measureInput, personInput, version } from "./schemas";
import { writeRequest } from "./write";
import { MEASURE_TYPES, type MeasureType, type PersonRole } from "./vocabulary";

/** Measures and persons concerned are part of the draft: same editors, same version. */

const target = z.object({ requestId: z.uuid(), version });

/**
 * A measure's input with its type's details, validated together: every field's message at
 * once (the details of an unknown type are not looked at), nothing written on any.
 */
function parseMeasure<S extends z.ZodType<z.output<typeof measureInput>>>(schema: S, raw: { type?: unknown; details?: unknown }) {
  const fields: FieldIssues = {};
  const collect = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      Object.assign(fields, error.fields);
      return undefined;
    }
  };
  const parsed = collect(() => parseInput(schema, raw));
  const type = (MEASURE_TYPES as readonly unknown[]).includes(raw.type) ? (raw.type as MeasureType) : null;
  const details = type ? collect(() => parseMeasureDetails(type, raw.details)) : undefined;
  if (!parsed || !details) throw new Invalid("invalid", fields);
  const { details: _raw, ...rest } = parsed;
  return { ...rest, details } as Omit<z.output<S>, "details"> & { details: MeasureDetails };
}

export type MeasureInput = z.input<typeof target> & z.input<typeof measureInput>;

export async function addMeasure(ctx: Ctx, raw: MeasureInput): Promise<{ id: string }> {
  const { requestId, version: v, ...measure } = parseMeasure(target.and(measureInput), raw);
  return writeRequest(ctx, { requestId, version: v }, "editDraft", async (tx) => {
    const [last] = await tx.select({ position: max(measures.position) }).from(measures).where(eq(measures.requestId, requestId));
    const [created] = await tx
      .insert(measures)
      .values({ ...measure, requestId, position: (last?.position ?? 0) + 1 })
      .returning({ id: measures.id });
    return {
      event: { action: "measureAdded", visibility: "internal", data: { measureId: created!.id, type: measure.type } },
      result: { id: created!.id },
    };
  });
}

const measureTarget = target.and(z.object({ measureId: z.uuid() }));

export async function editMeasure(ctx: Ctx, raw: z.input<typeof measureTarget> & z.input<typeof measureInput>): Promise<void> {
  const { requestId, version: v, measureId, ...measure } = parseMeasure(measureTarget.and(measureInput), raw);
  await writeRequest(ctx, { requestId, version: v }, "editDraft", async (tx) => {
    const updated = await tx
      .update(measures)
      .set({ ...measure, updatedAt: ctx.now() })
      .where(and(eq(measures.id, measureId), eq(measures.requestId, requestId)))
      .returning({ id: measures.id });
    if (updated.length === 0) throw new NotFound();
    return { event: { action: "measureEdited", visibility: "internal", data: { measureId, type: measure.type } }, result: undefined };
  });
}

export async function removeMeasure(ctx: Ctx, raw: z.input<typeof measureTarget>): Promise<void> {
  const { requestId, version: v, measureId } = parseInput(measureTarget, raw);
  await writeRequest(ctx, { requestId, version: v }, "editDraft", async (tx) => {
    const removed = await tx
      .delete(measures)
      .where(and(eq(measures.id, measureId), eq(measures.requestId, requestId)))
      .returning({ type: measures.type });
    if (removed.length === 0) throw new NotFound();
    return { event: { action: "measureRemoved", visibility: "internal", data: { measureId, type: removed[0]!.type } }, result: undefined };
  });
}

const PSEUDONYM_PREFIX: Record<PersonRole, string> = {
  victim: "V",
  suspect: "S",
  witness: "W",
  other: "P",
  civil_party: "C",
  child_protection_association: "A",
};

/**
 * The next pseudonym for a role within the request: V1, V2… never reused, even after a
 * removal, because the audit trail names persons by pseudonym only (read from it here).
 */
async function nextPseudonym(tx: Db, requestId: string, role: PersonRole): Promise<string> {
  const prefix = PSEUDONYM_PREFIX[role];
  const rows = await tx
    .select({ pseudonym: sql<string>`${requestEvents.data} ->> 'pseudonym'` })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.action, "personAdded")));
  const used = rows.map((r) => r.pseudonym ?? "").filter((p) => p.startsWith(prefix)).map((p) => Number(p.slice(1)) || 0);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

export async function addPerson(ctx: Ctx, raw: z.input<typeof target> & z.input<typeof personInput>): Promise<{ id: string; pseudonym: string }> {
  const { requestId, version: v, ...person } = parseInput(target.and(personInput), raw);
  return writeRequest(ctx, { requestId, version: v }, "editDraft", async (tx, request) => {
    const pseudonym = await nextPseudonym(tx, requestId, person.role);
    const [created] = await tx.insert(requestPersons).values({ ...person, requestId, pseudonym }).returning({ id: requestPersons.id });
    const urgency = person.childAtRisk ? urgencyWithChildAtRisk(request.urgency) : request.urgency;
    // The audit trail names the pseudonym, never the identity.
    return {
      ...(urgency !== request.urgency ? { set: { urgency } } : {}),
      event: {
        action: "personAdded",
        visibility: "internal",
        data: { pseudonym, ...(person.childAtRisk ? { childAtRisk: true } : {}), ...(urgency !== request.urgency ? { urgency } : {}) },
      },
      result: { id: created!.id, pseudonym },
    };
  });
}

const personTarget = target.and(z.object({ personId: z.uuid() }));

export async function removePerson(ctx: Ctx, raw: z.input<typeof personTarget>): Promise<void> {
  const { requestId, version: v, personId } = parseInput(personTarget, raw);
  await writeRequest(ctx, { requestId, version: v }, "editDraft", async (tx) => {
    const removed = await tx
      .delete(requestPersons)
      .where(and(eq(requestPersons.id, personId), eq(requestPersons.requestId, requestId)))
      .returning({ pseudonym: requestPersons.pseudonym });
    if (removed.length === 0) throw new NotFound();
    return { event: { action: "personRemoved", visibility: "internal", data: { pseudonym: removed[0]!.pseudonym } }, result: undefined };
  });
}

