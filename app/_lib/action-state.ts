import "server-only";
import { unstable_rethrow } from "next/navigation";
import { isDomainError, type FieldIssues } from "@/lib/errors";
import { noteRefusedAccess } from "./refused-access";

/** What a form's server action returns to the page: a message key, field keys, or success. */
export type ActionState = {
  ok?: boolean;
  /** Key under `errors.` or a success key chosen by the action. */
  message?: string;
  values?: Record<string, string>;
  fields?: FieldIssues;
  /** A write refused as stale: what changed the request meanwhile, as far as the viewer may see it. */
  change?: StaleChange;
} | null;

/** Who changed a request meanwhile, what (a key under `eventActions.`) and when (ISO 8601). */
export interface StaleChange {
  by: string;
  byViewer: boolean;
  action: string;
  at: string;
}

/**
 * Runs a verb for a form. Domain errors become translated messages; anything else is
 * logged without its data and shown as "nothing was changed" — never a stack trace. A 404 or
 * 403 is also recorded as a refused access (the audit review).
 */
export async function runAction(work: () => Promise<ActionState>, values?: Record<string, string>): Promise<ActionState> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (isDomainError(error)) {
      await noteRefusedAccess("action", error);
      const fields = "fields" in error ? (error.fields as FieldIssues) : undefined;
      return { ok: false, message: error.code, fields, values };
    }
    console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return { ok: false, message: "unexpected", values };
  }
}

/** Form fields as plain strings (files and repeated keys are not expected here). */
export function formValues<N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
  const read = (name: N) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(names.map((n) => [n, read(n)])) as Record<N, string>;
}
