import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { cases, requests, units, users } from "../schema";
import type { Actor } from "@/lib/access/actor";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { waiveChecklistItem } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { addComment } from "@/lib/requests/comment";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { takeRequest } from "@/lib/requests/assign";
import { deliverMeasure } from "@/lib/requests/deliver-measure";
import { addMeasure, addPerson } from "@/lib/requests/draft-parts";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { placeLegalHold } from "@/lib/retention/legal-hold";
import { loadActor } from "@/lib/users/actor";
import { demoCasesOtherCountries } from "./demo-cases-others";
import { demoCaseParis } from "./demo-cases-paris";
import {
  DEMO_ACTORS, demoCalendar, type DemoActor, type DemoCalendar, type DemoCase, type Refs, type RequestFieldsInput, type Text,
} from "./demo-cases-story";
import { DEMO_USERS } from "./reference-data";

/**
 * The demo cases and requests (docs/legal.md, "Demo scenario"): a sober, procedural data set —
 * legal qualifications and procedural facts only.
 *
 * Every row is written through the domain verbs (create, transition, report, comment…),
 * each with its own backdated clock, so that the audit hash chain is genuine and the
 * history reads like real work: drafted, reviewed a few days later, transmitted,
 * acknowledged weeks later… Dates are relative to the day the demo is first seeded, so
 * the demo is "live" whenever it is installed (a preservation about to expire, a request
 * waiting for months); once seeded, nothing is re-written.
 */

/** The demo data set: the Paris case and its requests, then the other countries' cases. */
export function demoCases(cal: DemoCalendar): DemoCase[] {
  return [demoCaseParis(cal), ...demoCasesOtherCountries(cal)];
}

interface Action {
  at: Date;
  /** Order of declaration, to keep simultaneous actions stable. */
  order: number;
  run: () => Promise<void>;
}

/**
 * Creates the demo cases that do not exist yet (by unit and case reference), in one
 * transaction: all of a run's cases or none. Skipped when a demo account it needs is
 * missing, disabled or no longer has its demo role (an administrator changed it).
 */
export async function seedDemoCases(db: Db, options: { today?: Date } = {}): Promise<{ createdCases: string[] }> {
  const cal = demoCalendar(options.today ?? new Date());
  const stories = demoCases(cal);
  return db.transaction(async (tx) => {
    // Several instances starting together: one seeds, the others then find the cases.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('mla-tracker:demo-cases'))`);
    const unitIds = new Map((await tx.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
    const missing: DemoCase[] = [];
    for (const story of stories) {
      const unitId = unitIds.get(story.unitCode);
      if (!unitId) continue;
      const [existing] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.unitId, unitId), eq(cases.reference, story.input.reference)));
      if (!existing) missing.push(story);
    }
    if (missing.length === 0) return { createdCases: [] };

    const actors = await loadDemoActors(tx);
    if (!actors) return { createdCases: [] };

    const actions = plan(tx, cal, actors, missing);
    for (const action of actions.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order)) await action.run();
    return { createdCases: missing.map((c) => c.input.reference) };
  });
}

async function loadDemoActors(tx: Db): Promise<Record<DemoActor, Actor> | null> {
  const loaded: Partial<Record<DemoActor, Actor>> = {};
  for (const [key, email] of Object.entries(DEMO_ACTORS) as [DemoActor, string][]) {
    const expected = DEMO_USERS.find((u) => u.email === email);
    const [user] = await tx.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
    const actor = user ? await loadActor(tx, user.id, user.sessionVersion) : null;
    if (!actor || !expected || actor.role !== expected.role) return null;
    loaded[key] = actor;
  }
  return loaded as Record<DemoActor, Actor>;
}

/** Turns the stories into dated actions; a request's own actions strictly follow one another. */
function plan(tx: Db, cal: DemoCalendar, actors: Record<DemoActor, Actor>, stories: DemoCase[]): Action[] {
  const actions: Action[] = [];
  const ids = new Map<string, string>();
  const references = new Map<string, string>();
  const measureIds = new Map<string, string[]>();
  const caseIds = new Map<DemoCase, string>();
  const refs: Refs = (key) => {
    const reference = references.get(key);
    if (!reference) throw new Error(`demo seed: request "${key}" is named before it is created`);
    return reference;
  };
  const text = (t: Text) => (typeof t === "string" ? t : t(refs));
  const ctx = (by: DemoActor, at: Date): Ctx => ({ actor: actors[by], db: tx, now: () => at });
  const version = async (key: string) => {
    const [row] = await tx.select({ version: requests.version }).from(requests).where(eq(requests.id, ids.get(key)!));
    return row!.version;
  };

  for (const story of stories) {
    const caseAt = cal.at(story.when);
    actions.push({
      at: caseAt,
      order: actions.length,
      run: async () => {
        caseIds.set(story, (await createCase(ctx(story.by, caseAt), story.input)).id);
      },
    });

    for (const req of story.requests) {
      let last = caseAt;
      /** The next moment of this request: as written, or just after the previous one. */
      const next = (at: Date) => {
        last = at > last ? at : new Date(last.getTime() + 20 * 60_000);
        return last;
      };
      const push = (at: Date, run: (at: Date) => Promise<void>) => {
        const when = next(at);
        actions.push({ at: when, order: actions.length, run: () => run(when) });
      };
      const created = cal.at(req.when);

      push(created, async (at) => {
        const c = ctx(req.by, at);
        const made = req.parent
          ? await createSupplementaryRequest(c, { parentRequestId: ids.get(req.parent)! })
          : await createRequest(c, { ...(req.fields(refs) as RequestFieldsInput), caseId: caseIds.get(story)! });
        ids.set(req.key, made.id);
        references.set(req.key, made.reference);
        measureIds.set(req.key, []);
      });
      // A supplementary request starts from its parent's fields: the drafter then adapts them.
      if (req.parent) push(new Date(created.getTime() + 60_000), (at) => update(ctx(req.by, at), req.key, req.fields(refs)));
      req.measures.forEach((m, i) =>
        push(new Date(created.getTime() + (2 + i) * 60_000), async (at) => {
          const { id } = await addMeasure(ctx(req.by, at), {
            requestId: ids.get(req.key)!,
            version: await version(req.key),
            type: m.type,
            description: text(m.description),
            justification: m.justification ? text(m.justification) : "",
            details: m.details ?? {},
          });
          measureIds.get(req.key)!.push(id);
        }),
      );
      req.persons.forEach((p, i) =>
        push(new Date(created.getTime() + (10 + i) * 60_000), async (at) => {
          await addPerson(ctx(req.by, at), { requestId: ids.get(req.key)!, version: await version(req.key), ...p });
        }),
      );

      for (const step of req.steps) {
        push(cal.at(step.when), async (at) => {
          const c = ctx(step.by, at);
          const requestId = ids.get(req.key)!;
          switch (step.kind) {
            case "transition":
              await transitionRequest(c, {
                requestId,
                version: await version(req.key),
                transition: step.name,
                text: step.text ? text(step.text) : "",
                foreignReference: step.foreignReference ?? "",
                channel: step.channel,
                // Recorded on the day it was sent, in the sender's time zone.
                transmittedOn: step.channel ? new Intl.DateTimeFormat("en-CA", { timeZone: c.actor.timeZone }).format(at) : "",
              });
              break;
            case "report":
              await reportMeasure(c, {
                requestId,
                version: await version(req.key),
                measureId: measureIds.get(req.key)![step.measure]!,
                status: step.status,
                resultNote: text(step.note),
              });
              break;
            case "comment":
              await addComment(c, { requestId, visibility: step.visibility, body: text(step.body) });
              break;
            case "update":
              await update(c, req.key, step.fields(refs));
              break;
            case "take":
              await takeRequest(c, { requestId, version: await version(req.key) });
              break;
            case "hold":
              await placeLegalHold(c, { requestId, reason: text(step.reason) });
              break;
            case "deliver":
              await deliverMeasure(c, {
                requestId,
                version: await version(req.key),
                measureId: measureIds.get(req.key)![step.measure]!,
                // Delivered on the day, in the deliverer's time zone.
                deliveredOn: new Intl.DateTimeFormat("en-CA", { timeZone: c.actor.timeZone }).format(at),
                note: text(step.note),
                final: step.final,
              });
              break;
            case "waive": {
              const { missing } = await checklistFor(c, requestId);
              for (const [i, itemKey] of missing.entries()) {
                const minuteLater: Ctx = { ...c, now: () => new Date(at.getTime() + i * 60_000) };
                await waiveChecklistItem(minuteLater, { requestId, version: await version(req.key), itemKey, reason: text(step.reason) });
              }
              break;
            }
          }
        });
      }
    }
  }

  /** updateDraft takes every field: the current ones, with the story's changes. */
  async function update(c: Ctx, key: string, changes: Partial<RequestFieldsInput>) {
    const [row] = await tx.select().from(requests).where(eq(requests.id, ids.get(key)!));
    await updateDraft(c, {
      requestId: row!.id,
      version: row!.version,
      requestedCountryCode: row!.requestedCountryCode,
      requestedAuthority: row!.requestedAuthority,
      legalBasis: row!.legalBasis,
      legalBasisDetail: row!.legalBasisDetail,
      channel: row!.channel,
      urgency: row!.urgency,
      urgencyReasons: row!.urgencyReasons,
      targetDate: row!.targetDate ?? "",
      confidential: row!.confidential,
      confidentialityReasons: row!.confidentialityReasons,
      summaryOfFacts: row!.summaryOfFacts,
      offencesAndPenalties: row!.offencesAndPenalties,
      contactPoint: row!.contactPoint,
      ...changes,
    });
  }

  return actions;
}
