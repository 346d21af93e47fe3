import { asc, desc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { canonicalHash } from "./hash";

export interface LogEntry {
  action: "userCreated" | "userDisabled" | "userEnabled" | "userRoleChanged" | "passwordChanged" | "secondFactorEnabled" | "secondFactorDisabled" | "recoveryCodesRenewed" | "managerScopeChanged" | "checklistRuleEdited" | "caseCreated" | "documentDownloaded"
    | "countryAdded" | "countryUpdated" | "legalBasisRecorded" | "legalBasisWithdrawn" | "authorityAdded" | "authorityUpdated"
    | "unitAdded" | "unitUpdated" | "unitClosed" | "unitReopened" | "secondFactorReset"
    | "deadlineTargetChanged"
    | "retentionPolicyChanged";
  subjectType: "user" | "case" | "checklistRule" | "document" | "country" | "authority" | "unit" | "deadlineTarget" | "retentionPolicy";
  subjectId: string;
  data?: Record<string, unknown>;
}

type LogRow = typeof auditLog.$inferSelect;

function entryHash(row: Omit<LogRow, "id" | "hash">): string {
  return canonicalHash({
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    data: row.data,
    prevHash: row.prevHash,
  });
}

/**
 * Appends to the general audit log in the caller's transaction. The log is one chain:
 * an advisory lock held until commit makes appends from concurrent transactions serial.
 */
export async function appendLog(tx: Db, actor: Actor, at: Date, entry: LogEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('audit_log'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row = {
    at,
    actorId: actor.id,
    actorRole: actor.role,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data: entry.data ?? {},
    prevHash: last?.hash ?? "",
  };
  await tx.insert(auditLog).values({ ...row, hash: entryHash(row) });
}

/** Re-computes the log's chain; returns the ids of entries that were edited or whose predecessor changed. */
export async function verifyLog(db: Db): Promise<{ entriesChecked: number; problems: { id: number; problem: "edited" | "broken_link" }[] }> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
  const problems: { id: number; problem: "edited" | "broken_link" }[] = [];
  let previous = "";
  for (const row of rows) {
    if (row.prevHash !== previous) problems.push({ id: row.id, problem: "broken_link" });
    if (entryHash(row) !== row.hash) problems.push({ id: row.id, problem: "edited" });
    previous = row.hash;
  }
  return { entriesChecked: rows.length, problems };
}
