"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/app/_lib/action-state";

/**
 * The form-level answer to a failed write: the translated reason, and the issues of
 * fields the form does not show itself (e.g. "summary of facts: required" when a draft
 * is submitted incomplete), each named by its label. A stale version offers a reload.
 */
export function RequestPageFormAlert({
  state,
  inlineFields = [],
  reloadHref,
  checklistLabels = {},
}: {
  state: ActionState;
  /** Fields whose issues the form shows next to the field itself. */
  inlineFields?: readonly string[];
  reloadHref?: string;
  /** Labels of checklist items: a refused transmission lists the missing ones under `checklist`. */
  checklistLabels?: Record<string, string>;
}) {
  const t = useTranslations();
  if (!state || state.ok) return null;
  const code = state.message && t.has(`errors.${state.message}`) ? state.message : "unexpected";
  const others = Object.entries(state.fields ?? {}).filter(([field]) => !inlineFields.includes(field));
  const label = (field: string) =>
    t.has(`requestPage.fields.${field}`) ? t(`requestPage.fields.${field}`) : t("requestPage.fields.other");
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  return (
    <div role="alert" className="alert alert-error rp-alert">
      <p>{t(`errors.${code}`)}</p>
      {others.length > 0 && (
        <ul>
          {others.map(([field, keys]) =>
            field === "checklist" ? (
              <li key={field}>
                <strong>{t("checklists.missingTitle")}</strong> (<a href="#checklist">{t("checklists.seeChecklist")}</a>)
                <ul>
                  {keys.map((key) => (
                    <li key={key}>{checklistLabels[key] ?? key}</li>
                  ))}
                </ul>
              </li>
            ) : (
              <li key={field}>
                <strong>{label(field)}</strong> — {keys.map(message).join(" ")}
              </li>
            ),
          )}
        </ul>
      )}
      {code === "stale" && reloadHref && (
        <p>
          <a href={reloadHref}>{t("requestPage.reload")}</a>
        </p>
      )}
    </div>
  );
}

/** The failed state when it belongs to the form identified by `intent` (and `id`), else null. */
export function failureFor(state: ActionState, intent: string, idField?: string, id?: string): ActionState {
  if (!state || state.ok || state.values?.intent !== intent) return null;
  if (idField && state.values?.[idField] !== id) return null;
  return state;
}
