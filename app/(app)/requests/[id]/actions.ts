"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { waiveChecklistItem } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { assignHandler, assignOwner, takeRequest } from "@/lib/requests/assign";
import { extendRecognition, renewPreservation } from "@/lib/requests/clock-actions";
import { addComment } from "@/lib/requests/comment";
import { addMeasure, addPerson, editMeasure, removeMeasure, removePerson } from "@/lib/requests/draft-parts";
import { deliverMeasure } from "@/lib/requests/deliver-measure";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import { liftLegalHold, placeLegalHold } from "@/lib/retention/legal-hold";
import { withStaleChange } from "./stale-change";

// Each export is a public POST endpoint: each resolves the actor itself and hands the
// raw form strings to a verb, which checks access, the version and the input. Hidden
// fields (request, measure, person, version) are only passed on, never trusted here.
//
// Each section of the page posts its forms to one action with an `intent`, so that the
// outcome survives the form that sent it disappearing (a removed measure, a move that is
// no longer available). Every answer carries a fresh `nonce`: the forms remount on it,
// showing either the typed values (failure) or empty fields (success).

type Verb = (ctx: Ctx) => Promise<string | void>;

async function runOnRequest(
  requestId: string,
  intent: string,
  values: Record<string, string>,
  verb: Verb,
): Promise<ActionState> {
  const nonce = randomUUID();
  const state = await runAction(async () => {
    const detail = await verb(await requestContext());
    revalidatePath(`/requests/${requestId}`);
    return { ok: true, message: intent, values: { intent, detail: detail ?? "", nonce } };
  }, { ...values, intent, nonce });
  return withStaleChange(state, requestId, values.version ?? "");
}

const TRANSITION_FIELDS = ["requestId", "version", "transition", "text", "foreignReference", "channel", "transmittedOn"] as const;

export async function transitionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, TRANSITION_FIELDS);
  return runOnRequest(values.requestId, values.transition, values, async (ctx) => {
    const { status } = await transitionRequest(ctx, {
      ...values,
      channel: values.channel || undefined,
    } as TransitionInput);
    revalidatePath("/requests");
    return status;
  });
}

const MEASURE_FIELDS = [
  "intent", "requestId", "version", "measureId", "type", "description", "justification", "status", "resultNote", "deliveredOn", "note", "final",
] as const;

/**
 * A measure's details from its form: each `details.<name>` control, a group of boxes as the
 * list of its ticked values. The verb validates them against the measure's type. The flat
 * strings go back with a failure, so that the form shows what was sent.
 */
function detailsOf(form: FormData): { details: Record<string, string | string[]>; sent: Record<string, string> } {
  const details: Record<string, string | string[]> = {};
  for (const key of new Set([...form.keys()].filter((k) => k.startsWith("details.")))) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    details[key.slice("details.".length)] = all.length > 1 || key === "details.dataCategories" ? all : (all[0] ?? "");
  }
  const sent = Object.fromEntries(Object.entries(details).map(([name, value]) => [`details.${name}`, Array.isArray(value) ? value.join(",") : value]));
  return { details, sent };
}

export async function measureAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, MEASURE_FIELDS);
  const { details, sent } = detailsOf(form);
  const documentIds = form.getAll("documentIds").filter((v): v is string => typeof v === "string");
  const { requestId, version, measureId, type, description, justification, status, resultNote, deliveredOn, note, final } = values;
  const echoed = { ...values, ...sent, documentIds: documentIds.join(",") };
  return runOnRequest(requestId, values.intent, echoed, async (ctx) => {
    // The verbs validate the enums (type, status) and the details; the casts only satisfy their input types.
    const measure = { type, description, justification, details } as Parameters<typeof addMeasure>[1];
    switch (values.intent) {
      case "add":
        await addMeasure(ctx, { ...measure, requestId, version });
        return;
      case "edit":
        return editMeasure(ctx, { ...measure, requestId, version, measureId });
      case "remove":
        return removeMeasure(ctx, { requestId, version, measureId });
      case "report":
        return reportMeasure(ctx, { requestId, version, measureId, status, resultNote } as Parameters<typeof reportMeasure>[1]);
      case "deliver":
        await deliverMeasure(ctx, { requestId, version, measureId, deliveredOn, note, documentIds, final: final as "on" | "" });
        return;
      default:
        throw new Invalid();
    }
  });
}

const PERSON_FIELDS = ["intent", "requestId", "version", "personId", "role", "identity", "nationality", "location", "childAtRisk"] as const;

export async function personAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, PERSON_FIELDS);
  const { requestId, version, personId, role, identity, nationality, location, childAtRisk } = values;
  return runOnRequest(requestId, values.intent, values, async (ctx) => {
    switch (values.intent) {
      case "add": {
        const person = { role, identity, nationality, location, childAtRisk } as Parameters<typeof addPerson>[1];
        return (await addPerson(ctx, { ...person, requestId, version })).pseudonym;
      }
      case "remove":
        return removePerson(ctx, { requestId, version, personId });
      default:
        throw new Invalid();
    }
  });
}

export async function commentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["requestId", "body", "visibility"]);
  return runOnRequest(values.requestId, "comment", values, async (ctx) => {
    await addComment(ctx, {
      requestId: values.requestId,
      body: values.body,
      visibility: (values.visibility || undefined) as Parameters<typeof addComment>[1]["visibility"],
    });
  });
}

export async function supplementaryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { parentRequestId } = formValues(form, ["parentRequestId"]);
  return runAction(async () => {
    const { id } = await createSupplementaryRequest(await requestContext(), { parentRequestId });
    revalidatePath(`/requests/${parentRequestId}`);
    redirect(`/requests/${id}`);
  });
}

export async function clockAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["intent", "requestId", "version", "text"]);
  const { requestId, version, text } = values;
  return runOnRequest(requestId, values.intent, values, async (ctx) => {
    switch (values.intent) {
      case "extendRecognition":
        return extendRecognition(ctx, { requestId, version, text });
      case "renewPreservation":
        return renewPreservation(ctx, { requestId, version, text });
      default:
        throw new Invalid();
    }
  });
}

/** The magistrate keeps the request beyond the retention period, or stops keeping it; the verb checks who and when. */
export async function legalHoldAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["intent", "requestId", "reason"]);
  const { requestId, reason } = values;
  return runOnRequest(requestId, values.intent, values, async (ctx) => {
    switch (values.intent) {
      case "placeLegalHold":
        return placeLegalHold(ctx, { requestId, reason });
      case "liftLegalHold":
        return liftLegalHold(ctx, { requestId, reason });
      default:
        throw new Invalid();
    }
  });
}

/** A manager waives a missing checklist item, with the reason; the verb checks who, when and which item. */
export async function checklistAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["requestId", "version", "itemKey", "reason"]);
  return runOnRequest(values.requestId, "waive", values, (ctx) => waiveChecklistItem(ctx, values));
}

/**
 * Who is in charge on the viewer's side: a manager assigns (the owner or the handler, per
 * side), an officer takes an unassigned request. The verbs check who, whom and when; the
 * answer names the person now in charge (`detail`), for the confirmation.
 */
export async function inChargeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["intent", "requestId", "version", "userId"]);
  const { requestId, version, userId } = values;
  return runOnRequest(requestId, values.intent, values, async (ctx) => {
    switch (values.intent) {
      case "assignOwner":
        await assignOwner(ctx, { requestId, version, userId });
        break;
      case "assignHandler":
        await assignHandler(ctx, { requestId, version, userId });
        break;
      case "take":
        await takeRequest(ctx, { requestId, version });
        break;
      default:
        throw new Invalid();
    }
    // The home page's work queues follow who is in charge.
    revalidatePath("/");
    return values.intent === "take" ? ctx.actor.id : userId;
  });
}
