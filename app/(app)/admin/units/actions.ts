"use server";

import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { rowAction } from "@/app/_lib/row-action";
import { requestContext } from "@/lib/auth/session";
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


export async function closeUnitAction(form: FormData): Promise<void> {
  const { unitId } = formValues(form, ["unitId"]);
  // The refusal says how many accounts keep the unit open.
  await rowAction("/admin/units", async () => closeUnit(await requestContext(), { unitId }), "closed", (error) =>
    error instanceof UnitHasActiveUsers ? `&count=${error.activeUsers}` : "",
  );
}

export async function reopenUnitAction(form: FormData): Promise<void> {
  const { unitId } = formValues(form, ["unitId"]);
  await rowAction("/admin/units", async () => reopenUnit(await requestContext(), { unitId }), "reopened");
}
