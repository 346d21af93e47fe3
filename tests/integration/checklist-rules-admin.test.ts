import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, checklistRules } from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { verifyLog } from "@/lib/audit/log";
import { editChecklistRule, listChecklistRules } from "@/lib/checklists/admin";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { DEFAULT_CHECKLIST_RULES } from "@/lib/checklists/rules";
import { Forbidden } from "@/lib/errors";
import { ctxAs } from "../support/factories";
import { requestSuite } from "../support/request-suite";
import { draftRequest } from "../support/requests";

/**
 * The checklist rules are run by administrators (issue 12): the database is the truth, an
 * edit applies to the next checklist shown and is audited with its reason, and a release
 * updates only the rules nobody edited.
 */
const suite = requestSuite();
const shipped = (key: string) => DEFAULT_CHECKLIST_RULES.find((r) => r.key === key)!;
const edit = (key: string, change: Partial<Parameters<typeof editChecklistRule>[1]> = {}) => {
  const rule = shipped(key);
  return {
    key,
    labelFr: rule.labelFr,
    labelEn: rule.labelEn,
    reasonFr: rule.reasonFr,
    reasonEn: rule.reasonEn,
    active: true,
    reason: "Nouvelle pratique de l'autorité centrale philippine (courrier du 2 mars 2026).",
    ...change,
  };
};
const logEntriesFor = async (key: string) => {
  const [rule] = await suite.db.select({ id: checklistRules.id }).from(checklistRules).where(eq(checklistRules.key, key));
  return suite.db.select().from(auditLog).where(and(eq(auditLog.subjectType, "checklistRule"), eq(auditLog.subjectId, rule!.id)));
};
const itemOf = async (requestId: string, key: string) =>
  (await checklistFor(suite.parties.magistrate, requestId)).items.find((item) => item.key === key);

describe("editing a checklist rule", () => {
  it("applies to the next checklist shown, and is audited with its reason", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const request = await draftRequest(suite.parties.magistrate);
    expect((await itemOf(request.id, "ph_translation_request"))?.labelFr).toBe(shipped("ph_translation_request").labelFr);

    await editChecklistRule(admin, edit("ph_translation_request", { labelFr: "Traduction anglaise certifiée de la demande" }));

    expect((await itemOf(request.id, "ph_translation_request"))?.labelFr).toBe("Traduction anglaise certifiée de la demande");
    const [entry] = await logEntriesFor("ph_translation_request");
    expect(entry).toMatchObject({ action: "checklistRuleEdited", actorId: admin.actor.id });
    expect(entry!.data).toMatchObject({
      reason: expect.stringContaining("Nouvelle pratique"),
      before: { labelFr: shipped("ph_translation_request").labelFr },
      after: { labelFr: "Traduction anglaise certifiée de la demande" },
    });
    expect((await verifyLog(suite.db)).problems).toEqual([]);
  });

  it("switched off, asks nothing more of the next checklist", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const request = await draftRequest(suite.parties.magistrate);
    expect(await itemOf(request.id, "ph_reciprocity_undertaking")).toBeDefined();
    await editChecklistRule(admin, edit("ph_reciprocity_undertaking", { active: false }));
    expect(await itemOf(request.id, "ph_reciprocity_undertaking")).toBeUndefined();
    await editChecklistRule(admin, edit("ph_reciprocity_undertaking", { active: true }));
    expect(await itemOf(request.id, "ph_reciprocity_undertaking")).toBeDefined();
  });

  it("refuses an empty label or no reason, and writes nothing", async () => {
    const admin = await ctxAs(suite.db, "admin");
    const before = await logEntriesFor("contact_point");
    await expect(editChecklistRule(admin, edit("contact_point", { labelEn: "  " }))).rejects.toMatchObject({ fields: { labelEn: ["required"] } });
    await expect(editChecklistRule(admin, edit("contact_point", { reason: "" }))).rejects.toMatchObject({ fields: { reason: ["required"] } });
    expect(await logEntriesFor("contact_point")).toHaveLength(before.length);
    const [rule] = await suite.db.select().from(checklistRules).where(eq(checklistRules.key, "contact_point"));
    expect(rule).toMatchObject({ labelEn: shipped("contact_point").labelEn, editedAt: null });
  });

  it("is for administrators only", async () => {
    for (const ctx of [suite.parties.magistrate, suite.parties.manager, suite.parties.officer]) {
      await expect(listChecklistRules(ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(editChecklistRule(ctx, edit("contact_point"))).rejects.toBeInstanceOf(Forbidden);
    }
  });
});

describe("a release of the shipped rules", () => {
  it("updates the rules nobody edited, and leaves an administrator's rule alone", async () => {
    const admin = await ctxAs(suite.db, "admin");
    await editChecklistRule(admin, edit("summary_of_facts", { labelEn: "Facts, as the unit words them" }));
    // An installation still on an older release of a rule nobody touched.
    await suite.db.update(checklistRules).set({ labelEn: "Old wording", shippedVersion: 1 }).where(eq(checklistRules.key, "signed_letter"));
    await suite.db.update(checklistRules).set({ shippedVersion: 1 }).where(eq(checklistRules.key, "summary_of_facts"));

    await seedReferenceData(suite.db);

    const rows = await suite.db.select().from(checklistRules);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get("signed_letter")?.labelEn).toBe(shipped("signed_letter").labelEn);
    expect(byKey.get("summary_of_facts")?.labelEn).toBe("Facts, as the unit words them");
  });
});
