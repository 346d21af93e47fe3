import type { Actor } from "./actor";
import { can, type Action } from "./policy";

/** Navigation entries; each is shown only to roles the policy allows (`action`). */
const NAVIGATION: { href: string; labelKey: string; action?: Action }[] = [
  { href: "/", labelKey: "home" },
  { href: "/requests", labelKey: "requests", action: "requests.list" },
  { href: "/cases", labelKey: "cases", action: "cases.view" },
  { href: "/dashboard", labelKey: "dashboard", action: "dashboard.view" },
  { href: "/admin/users", labelKey: "users", action: "users.manage" },
  { href: "/admin/outbox", labelKey: "outbox", action: "outbox.view" },
  { href: "/admin/directory", labelKey: "directory", action: "directory.manage" },
  // Units, checklist rules, deadline targets and retention: one entry, one page of links.
  { href: "/admin/settings", labelKey: "settings", action: "reference.manage" },
  { href: "/audit", labelKey: "audit", action: "audit.review" },
];

export function navigationFor(actor: Pick<Actor, "role">) {
  return NAVIGATION.filter((item) => !item.action || can(actor, item.action));
}
