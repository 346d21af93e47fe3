import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { deadlineTargets, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { LIMITS } from "@/lib/requests/schemas";
import { parseInput } from "@/lib/validation/parse";
import { isTargetKey, listPolicies, MAX_TARGET_DAYS, type TargetKey } from "./policies";
import { refreshOpenDeadlines } from "./refresh";

/**
 * The deadline targets as administrators run them (issue 12). A product target's length may
 * be changed, with a reason kept in the audit log, and restored to the value shipped with the
 * release; a limit a text fixes (EIO, Budapest) is listed with its source and never changes.
 * A change recomputes the open requests' stored deadlines in the same transaction.
 */

/** Every clock policy, with the length in effect and, for an edited target, when and by whom. */
export async function listDeadlineTargets(ctx: Ctx) {
  assertCan(ctx.actor, "reference.manage");
  const edits = await ctx.db
    .select({ key: deadlineTargets.key, days: deadlineTargets.days, editedAt: deadlineTargets.editedAt, editedByName: users.name })
    .from(deadlineTargets)
    .innerJoin(users, eq(users.id, deadlineTargets.editedBy));
  const byKey = new Map(edits.map((e) => [e.key as string, e]));
  return listPolicies(Object.fromEntries(edits.map((e) => [e.key, e.days]))).map((policy) => {
    const edit = policy.target ? byKey.get(policy.target) : undefined;
    return { ...policy, editedAt: edit?.editedAt ?? null, editedByName: edit?.editedByName ?? null };
  });
}
export type DeadlineTargetListing = Awaited<ReturnType<typeof listDeadlineTargets>>[number];

const reason = z.string().trim().min(1, { error: "reasonRequired" }).max(LIMITS.medium);
// A form sends text: "2.5", "1e3" or "abc" are not a whole number of days, whatever Number() makes of them.
const days = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z
    .string()
    .trim()
    .min(1, { error: "required", abort: true })
    .regex(/^-?\d+$/, { error: "targetDaysWholeNumber" })
    .transform(Number)
    .pipe(z.number().min(1, { error: "targetDaysOutOfRange" }).max(MAX_TARGET_DAYS, { error: "targetDaysOutOfRange" })),
);
const setInput = z.object({ key: z.string(), days, reason });
const restoreInput = z.object({ key: z.string(), reason });
export type SetDeadlineTargetInput = z.input<typeof setInput>;
export type RestoreDeadlineTargetInput = z.input<typeof restoreInput>;

export interface TargetChange {
  changed: boolean;
  /** How many open requests had their deadlines recomputed. */
  recomputed: number;
}

export async function setDeadlineTarget(ctx: Ctx, raw: SetDeadlineTargetInput): Promise<TargetChange> {
  assertCan(ctx.actor, "reference.manage");
  const key = editableKey(raw.key);
  const input = parseInput(setInput, raw);
  return changeTarget(ctx, key, input.days, input.reason);
}

/** Back to the value shipped with the release: the override is removed, so a later release's value applies too. */
export async function restoreDeadlineTarget(ctx: Ctx, raw: RestoreDeadlineTargetInput): Promise<TargetChange> {
  assertCan(ctx.actor, "reference.manage");
  const key = editableKey(raw.key);
  const input = parseInput(restoreInput, raw);
  return changeTarget(ctx, key, null, input.reason);
}

/** A product target's key; a legal limit's is refused by name (a forged form), anything else is not found. */
function editableKey(key: string): TargetKey {
  if (isTargetKey(key)) return key;
  if (listPolicies({}).some((p) => p.key === key)) throw new Invalid("deadlineFixedByLaw");
  throw new NotFound();
}

/** `days` null: restore the shipped value. */
async function changeTarget(ctx: Ctx, key: TargetKey, days: number | null, reason: string): Promise<TargetChange> {
  const shippedDays = listPolicies({}).find((p) => p.target === key)!.shippedDays;
  return ctx.db.transaction(async (tx) => {
    // One change of the targets at a time, so that each audit entry's "before" is what it replaced.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('deadline_targets'))`);
    const [current] = await tx.select({ days: deadlineTargets.days }).from(deadlineTargets).where(eq(deadlineTargets.key, key));
    if ((current?.days ?? null) === days) return { changed: false, recomputed: 0 };
    const now = ctx.now();
    if (days === null) {
      await tx.delete(deadlineTargets).where(eq(deadlineTargets.key, key));
    } else {
      const edit = { days, editedAt: now, editedBy: ctx.actor.id };
      await tx.insert(deadlineTargets).values({ key, ...edit }).onConflictDoUpdate({ target: deadlineTargets.key, set: edit });
    }
    await appendLog(tx, ctx.actor, now, {
      action: "deadlineTargetChanged",
      subjectType: "deadlineTarget",
      subjectId: targetSubjectId(key),
      data: { key, reason, before: current?.days ?? shippedDays, after: days ?? shippedDays, shippedDays, restored: days === null },
    });
    return { changed: true, recomputed: await refreshOpenDeadlines(tx, now) };
  });
}

// Fixed once and for all: the ids below are derived from it.
const TARGET_NAMESPACE = Buffer.from("5b0f8f4e2c6a4d3e9a7b1c0d2e3f4a5b", "hex");

/**
 * A name-based (RFC 9562 version 5) id per target key: the audit log's subject must be a
 * uuid, and this one follows a target across its edits and restores (which remove its row).
 */
export function targetSubjectId(key: TargetKey): string {
  const bytes = createHash("sha1").update(TARGET_NAMESPACE).update(key).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
