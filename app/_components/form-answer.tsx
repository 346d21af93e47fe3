"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";

/**
 * The answer of a form's action above its fields: what was done (a status), or why nothing
 * was (an alert, in the reader's language; an unknown code reads as "unexpected").
 */
export function FormAnswer({ state, done }: { state: ActionState; done: string }) {
  const t = useTranslations("errors");
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="alert alert-success">
        {done}
      </p>
    );
  }
  const code = state.message && t.has(state.message) ? state.message : "unexpected";
  return (
    <p role="alert" className="alert alert-error">
      {t(code)}
    </p>
  );
}
