"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { addUnit } from "@/lib/units/add-unit";
import { closeUnit, reopenUnit, UnitHasActiveUsers } from "@/lib/units/close-unit";
import type { AddUnitInput, UpdateUnitInput } from "@/lib/units/unit-input";
import { updateUnit } from "@/lib/units/update-unit";

// Each export is a public POST endpoint: each resolves the actor itself, and the verbs check
// that the actor administers reference data and validate what the form sends.

const ADD_FIELDS = ["code", "name", "countryCode", "kind"] as const;
const UPDATE_FIELDS = ["unitId", "name", "kind"] as const;

export async function addUnitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ADD_FIELDS);
  return runAction(async () => {
    // The form sends strings; the verb validates them (the kind's enum included).
    const { code } = await addUnit(await requestContext(), values as AddUnitInput);
    revalidatePath("/admin/units");
    return { ok: true, message: "added", values: { code } };
  }, values);
}

export async function updateUnitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, UPDATE_FIELDS);
  return runAction(async () => {
    await updateUnit(await requestContext(), values as UpdateUnitInput);
    revalidatePath("/admin/units");
    return { ok: true, message: "saved" };
  }, values);
}

/** Closing and reopening answer by redirecting back with a notice or an error (works without JavaScript). */
async function rowAction(work: () => Promise<void>, notice: string): Promise<never> {
  let outcome = `notice=${notice}`;
  try {
    await work();
  } catch (error) {
    unstable_rethrow(error);
    if (!isDomainError(error)) console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    outcome = `error=${isDomainError(error) ? error.code : "unexpected"}`;
    if (error instanceof UnitHasActiveUsers) outcome += `&count=${error.activeUsers}`;
  }
  revalidatePath("/admin/units");
  redirect(`/admin/units?${outcome}`);
}

export async function closeUnitAction(form: FormData): Promise<void> {
  const { unitId } = formValues(form, ["unitId"]);
  await rowAction(async () => closeUnit(await requestContext(), { unitId }), "closed");
}

export async function reopenUnitAction(form: FormData): Promise<void> {
  const { unitId } = formValues(form, ["unitId"]);
  await rowAction(async () => reopenUnit(await requestContext(), { unitId }), "reopened");
}
