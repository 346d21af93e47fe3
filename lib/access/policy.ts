import { Forbidden } from "@/lib/errors";
import type { Actor } from "./actor";
import type { Role } from "./roles";

/**
 * The one answer to "may this actor do X" (docs/product.md, "Roles" and "Security"). Role-level actions live
 * here as data; checks that depend on a particular object (a request's unit or country)
 * are added beside them as functions of (actor, object), never elsewhere.
 *
 * Administrators manage accounts and reference data but never see case content.
 */
export const ROLE_PERMISSIONS = {
  "requests.list": ["magistrate", "liaison_officer", "manager"],
  "requests.create": ["magistrate"],
  "cases.create": ["magistrate"],
  /** Case pages: the unit's own magistrates and managers; the requested side sees requests only. */
  "cases.view": ["magistrate", "manager"],
  "dashboard.view": ["manager"],
  "users.manage": ["admin"],
  "outbox.view": ["admin"],
  /** The directory: countries, their legal bases and authorities (the request form proposes from it). */
  "directory.manage": ["admin"],
  /** Reference data: the checklist rules, the deadline targets, the units. */
  "reference.manage": ["admin"],
  /**
   * The audit review (lib/audit/review.ts): administrators see every trail without case
   * content, managers the events of their scope; both may run the integrity verifier.
   */
  "audit.review": ["manager", "admin"],
  "audit.verify": ["manager", "admin"],
  /** The retention period and its dry-run report (lib/retention); no case content there either. */
  "retention.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ROLE_PERMISSIONS;
export const ACTIONS = Object.keys(ROLE_PERMISSIONS) as Action[];

export function can(actor: Pick<Actor, "role">, action: Action): boolean {
  return (ROLE_PERMISSIONS[action] as readonly Role[]).includes(actor.role);
}

/** Throws Forbidden (403) when the actor may not perform the action. */
export function assertCan(actor: Pick<Actor, "role">, action: Action): void {
  if (!can(actor, action)) throw new Forbidden();
}
