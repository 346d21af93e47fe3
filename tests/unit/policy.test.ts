import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/access/navigation";
import { ACTIONS, assertCan, can, type Action } from "@/lib/access/policy";
import { ROLES, type Role } from "@/lib/access/roles";
import { Forbidden } from "@/lib/errors";

// The expected matrix, written out from docs/product.md "Roles" independently of the policy module:
// a change to the policy that is not also made here fails this test.
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "requests.list": { magistrate: true, liaison_officer: true, manager: true, admin: false },
  "requests.create": { magistrate: true, liaison_officer: false, manager: false, admin: false },
  "cases.create": { magistrate: true, liaison_officer: false, manager: false, admin: false },
  "cases.view": { magistrate: true, liaison_officer: false, manager: true, admin: false },
  "dashboard.view": { magistrate: false, liaison_officer: false, manager: true, admin: false },
  "users.manage": { magistrate: false, liaison_officer: false, manager: false, admin: true },
  "outbox.view": { magistrate: false, liaison_officer: false, manager: false, admin: true },
  "directory.manage": { magistrate: false, liaison_officer: false, manager: false, admin: true },
  "reference.manage": { magistrate: false, liaison_officer: false, manager: false, admin: true },
  "audit.review": { magistrate: false, liaison_officer: false, manager: true, admin: true },
  "audit.verify": { magistrate: false, liaison_officer: false, manager: true, admin: true },
  "retention.manage": { magistrate: false, liaison_officer: false, manager: false, admin: true },
};

describe("access policy: role × action", () => {
  it("covers exactly the actions of the expected matrix", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action][role];
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can({ role }, action)).toBe(allowed);
        if (allowed) expect(() => assertCan({ role }, action)).not.toThrow();
        else expect(() => assertCan({ role }, action)).toThrow(Forbidden);
      });
    }
  }

  it("administrators never see case content", () => {
    expect(can({ role: "admin" }, "requests.list")).toBe(false);
  });
});

describe("navigation follows the policy", () => {
  it("shows each role only the pages it may use", () => {
    const expected: Record<Role, string[]> = {
      magistrate: ["/", "/requests", "/cases"],
      liaison_officer: ["/", "/requests"],
      manager: ["/", "/requests", "/cases", "/dashboard", "/audit"],
      admin: ["/", "/admin/users", "/admin/outbox", "/admin/directory", "/admin/settings", "/audit"],
    };
    for (const role of ROLES) expect(navigationFor({ role }).map((item) => item.href)).toEqual(expected[role]);
  });
});
