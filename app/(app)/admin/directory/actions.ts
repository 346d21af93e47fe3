"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import type {
  AddAuthorityInput, AddCountryInput, RecordLegalBasisInput, UpdateAuthorityInput, UpdateCountryInput,
} from "@/lib/reference/directory-input";
import { addAuthority, updateAuthority } from "@/lib/reference/manage-authority";
import { addCountry, updateCountry } from "@/lib/reference/manage-country";
import { recordLegalBasis, withdrawLegalBasis } from "@/lib/reference/manage-legal-basis";

// Each export is a public POST endpoint: each resolves the actor itself, and the verbs check
// that the actor may manage the directory and validate what the form sends.

const COUNTRY_FIELDS = ["code", "nameFr", "nameEn", "languages", "timeZone", "euMember", "budapestPartySince"] as const;
const AUTHORITY_FIELDS = ["countryCode", "authorityId", "name", "kind", "address", "email", "phone", "officeHours"] as const;
const LEGAL_BASIS_FIELDS = ["countryCode", "partnerCode", "basis", "instrument", "signedOn"] as const;

const pageOf = (code: string) => `/admin/directory/${encodeURIComponent(code.trim().toUpperCase())}`;

export async function addCountryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, COUNTRY_FIELDS);
  let added: string | undefined;
  const state = await runAction(async () => {
    // The form sends strings; the verb validates them (code, languages, zone, date, checkbox).
    ({ code: added } = await addCountry(await requestContext(), values as AddCountryInput));
    return { ok: true };
  }, values);
  if (!added) return state;
  revalidatePath("/admin/directory");
  redirect(`${pageOf(added)}?notice=countryAdded`);
}

export async function updateCountryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, COUNTRY_FIELDS);
  return runAction(async () => {
    await updateCountry(await requestContext(), values as UpdateCountryInput);
    revalidatePath("/admin/directory", "layout");
    return { ok: true, message: "saved" };
  }, values);
}

export async function recordLegalBasisAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, LEGAL_BASIS_FIELDS);
  return runAction(async () => {
    await recordLegalBasis(await requestContext(), values as RecordLegalBasisInput);
    revalidatePath(pageOf(values.countryCode));
    return { ok: true, message: "recorded" };
  }, values);
}

/** A row's button: answers by redirecting back with a notice or an error key (works without JavaScript). */
export async function withdrawLegalBasisAction(form: FormData): Promise<void> {
  const { legalBasisId, countryCode } = formValues(form, ["legalBasisId", "countryCode"]);
  let outcome = "notice=withdrawn";
  try {
    await withdrawLegalBasis(await requestContext(), { legalBasisId });
  } catch (error) {
    unstable_rethrow(error);
    if (!isDomainError(error)) console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    outcome = `error=${isDomainError(error) ? error.code : "unexpected"}`;
  }
  revalidatePath(pageOf(countryCode));
  redirect(`${pageOf(countryCode)}?${outcome}`);
}

export async function addAuthorityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, AUTHORITY_FIELDS);
  const measureTypes = measureTypesOf(form);
  return runAction(async () => {
    await addAuthority(await requestContext(), { ...values, measureTypes } as AddAuthorityInput);
    revalidatePath(pageOf(values.countryCode));
    return { ok: true, message: "added", values: { name: values.name.trim() } };
  }, { ...values, measureTypes: measureTypes.join(",") });
}

export async function updateAuthorityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, AUTHORITY_FIELDS);
  const measureTypes = measureTypesOf(form);
  let countryCode: string | undefined;
  const state = await runAction(async () => {
    ({ countryCode } = await updateAuthority(await requestContext(), { ...values, measureTypes } as UpdateAuthorityInput));
    return { ok: true };
  }, { ...values, measureTypes: measureTypes.join(",") });
  if (!countryCode) return state;
  revalidatePath(pageOf(countryCode));
  redirect(`${pageOf(countryCode)}?notice=authoritySaved`);
}

/** The competences' checkboxes: repeated keys. */
function measureTypesOf(form: FormData): string[] {
  return form.getAll("measureTypes").filter((value): value is string => typeof value === "string");
}
