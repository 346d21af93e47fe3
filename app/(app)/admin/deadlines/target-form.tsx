"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { FormAnswer } from "@/app/_components/form-answer";
import { MAX_TARGET_DAYS } from "@/lib/deadlines/policies";
import { changeDeadlineTargetAction } from "./actions";

export interface TargetValues {
  key: string;
  days: number;
  unit: "working" | "calendar";
  /** An administrator's value is in effect: it can be restored to the shipped one. */
  edited: boolean;
}

/** One product target's form: its new length and why; or back to the shipped value, with why too. */
export function TargetForm({ target, labels }: { target: TargetValues; labels: { clock: string; shipped: string } }) {
  const t = useTranslations("referenceData.deadlines");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(changeDeadlineTargetAction, null);
  const failed = state && !state.ok ? state : null;
  const id = (name: string) => `target-${target.key.replace(".", "-")}-${name}`;
  return (
    <form action={formAction} className="stack" aria-label={t("formLabel", { clock: labels.clock })} noValidate>
      <FormAnswer state={state} done={state?.message === "saved" ? t("saved", { count: Number(state.values?.recomputed ?? 0) }) : t("unchanged")} />
      <input type="hidden" name="key" value={target.key} />
      <div className="field">
        <label htmlFor={id("days")}>{t("fields.days", { unit: target.unit })}</label>
        <input
          id={id("days")}
          name="days"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TARGET_DAYS}
          step={1}
          required
          defaultValue={failed?.values?.days ?? target.days}
          aria-describedby={`${id("days")}-errors`}
        />
        <FieldErrors id={`${id("days")}-errors`} keys={failed?.fields?.days} />
      </div>
      <div className="field">
        <label htmlFor={id("reason")}>{t("fields.reason")}</label>
        <textarea
          id={id("reason")}
          name="reason"
          rows={2}
          required
          maxLength={2000}
          defaultValue={failed?.values?.reason}
          aria-describedby={`${id("reason")}-help ${id("reason")}-errors`}
        />
        <p id={`${id("reason")}-help`} className="help">
          {t("reasonHelp")}
        </p>
        <FieldErrors id={`${id("reason")}-errors`} keys={failed?.fields?.reason} />
      </div>
      <div>
        <button type="submit" name="intent" value="set" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </button>{" "}
        {target.edited && (
          <button type="submit" name="intent" value="restore" className="button" disabled={pending}>
            {t("restore", { length: labels.shipped })}
          </button>
        )}
      </div>
    </form>
  );
}
