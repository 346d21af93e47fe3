import { createHash } from "node:crypto";

/**
 * The fields of an event that its hash covers: all of them but the row id and the erasure
 * mark. Since migration 0016 the hash covers the payload's digest (`dataHash`) rather than the
 * payload: the retention job can erase a payload and the chain still verifies, while an
 * unerased payload is still checked against its digest (lib/audit/verify.ts).
 */
export interface HashedEvent {
  requestId: string;
  seq: number;
  at: Date;
  actorId: string;
  actorRole: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: string;
  data: Record<string, unknown>;
  /** canonicalHash(data); null for events recorded before 0016, whose hash covers `data` itself. */
  dataHash: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so that jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SHA-256 (hex) of a value's canonical JSON: the one digest every audit chain links with. */
export function canonicalHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** SHA-256 over the event's content and the previous event's hash: the link of the chain. */
export function eventHash(event: HashedEvent): string {
  // Field by field, so that a stored row (which also has its id and hash) hashes the same.
  const payload = event.dataHash === null ? { data: event.data } : { dataHash: event.dataHash };
  return canonicalHash({
    requestId: event.requestId,
    seq: event.seq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    visibility: event.visibility,
    ...payload,
    prevHash: event.prevHash,
  });
}
