"use client";

import { useNow } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState, StaleChange } from "@/app/_lib/action-state";
import { fieldLabelKeyOf } from "@/lib/requests/field-labels";
import { useIsLatestAnswer } from "./pending-writes";

/**
 * The form-level answer to a failed write: the translated reason, and the issues of
 * fields the form does not show itself (e.g. "summary of facts: required" when a draft
 * is submitted incomplete), each named by its label. A stale version says what changed
 * meanwhile, when the viewer may know it, and offers a reload.
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
  const latest = useIsLatestAnswer(state);
  if (!state || state.ok || !latest) return null;
  const code = state.message && t.has(`errors.${state.message}`) ? state.message : "unexpected";
  const others = Object.entries(state.fields ?? {}).filter(([field]) => !inlineFields.includes(field));
  const label = (field: string) => {
    const key = fieldLabelKeyOf(field) ?? `requestPage.fields.${field}`;
    return t.has(key) ? t(key) : t("requestPage.fields.other");
  };
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  return (
    <div role="alert" className="alert alert-error rp-alert">
      {code === "stale" && state.change ? <ChangedMeanwhile change={state.change} /> : <p>{t(`errors.${code}`)}</p>}
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

/** "Claire Martin changed this request meanwhile (Submitted for review, 10:32)." — the time alone when it was today. */
function ChangedMeanwhile({ change }: { change: StaleChange }) {
  const t = useTranslations();
  const format = useFormatter();
  const now = useNow();
  const at = new Date(change.at);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "short" });
  const when = format.dateTime(at, day(at) === day(now) ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" });
  const action = t.has(`eventActions.${change.action}`) ? t(`eventActions.${change.action}`) : change.action;
  return (
    <p>
      {change.byViewer
        ? t("requestPage.stale.changedByYou", { action, when })
        : t("requestPage.stale.changedBy", { name: change.by, action, when })}{" "}
      {t("requestPage.stale.reloadToSee")}
    </p>
  );
}

/** The failed state when it belongs to the form identified by `intent` (and `id`), else null. */
export function failureFor(state: ActionState, intent: string, idField?: string, id?: string): ActionState {
  if (!state || state.ok || state.values?.intent !== intent) return null;
  if (idField && state.values?.[idField] !== id) return null;
  return state;
}
