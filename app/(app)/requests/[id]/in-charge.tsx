"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import type { Side } from "@/lib/requests/vocabulary";
import { RequestPageFormAlert } from "./form-alert";
import { inChargeAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";

export type InChargeAction = "assignOwner" | "assignHandler" | "take";

interface Props {
  requestId: string;
  version: number;
  /** The viewer's side: each side sees and sets only its own person in charge. */
  side: Side;
  inCharge: { id: string; name: string; active: boolean } | null;
  /** What the viewer may do about it now, if anything (from the page's `can` flags). */
  action: InChargeAction | null;
  /** Whom a manager may put in charge (the person now in charge among them). */
  candidates: { id: string; name: string }[];
}

/**
 * The viewer's side's person in charge, where one looks first: the magistrate (requesting
 * side) or the officer (requested side), with the manager's assignment or the officer's
 * "take". One outcome for both forms, so that it outlives the "take" button it hides.
 */
export function InCharge({ requestId, version, side, inCharge, action, candidates }: Props) {
  const t = useTranslations("requestPage.inCharge");
  const tPage = useTranslations("requestPage");
  const [state, formAction] = useActionState<ActionState, FormData>(inChargeAction, null);
  const failed = state && !state.ok ? state : null;
  const latest = useIsLatestAnswer(state);
  const done = state?.ok && latest ? state.values?.intent : undefined;
  const named = candidates.find((c) => c.id === state?.values?.detail)?.name ?? inCharge?.name ?? "";
  const disabled = inCharge !== null && !inCharge.active;
  // Putting the same person in charge again changes nothing: only the others are offered.
  const others = candidates.filter((c) => c.id !== inCharge?.id);

  return (
    <div className="rp-in-charge">
      <p className="rp-in-charge-who" aria-describedby={disabled ? "in-charge-disabled" : undefined}>
        <span className="muted">{t(side)}</span>{" "}
        {inCharge ? <strong>{inCharge.name}</strong> : <span className="rp-nobody">{t("nobody")}</span>}
        {disabled && <span className="badge badge-danger">{t("disabled")}</span>}
      </p>
      {disabled && (
        <p id="in-charge-disabled" className="help">
          {t("disabledHelp")}
        </p>
      )}
      {done && (
        <p role="status" className="alert alert-success">
          {done === "take" ? t("done.take") : t(done === "assignHandler" ? "done.assignHandler" : "done.assignOwner", { name: named })}
        </p>
      )}
      <RequestPageFormAlert state={failed} inlineFields={["userId"]} reloadHref={`/requests/${requestId}`} />
      {(action === "assignOwner" || action === "assignHandler") &&
        (others.length === 0 ? (
          <p className="help">{t("noCandidates")}</p>
        ) : (
          <form key={state?.values?.nonce ?? "assign"} action={formAction} className="rp-in-charge-form" aria-label={t("assign")} noValidate>
            <input type="hidden" name="intent" value={action} />
            <RequestVersionFields requestId={requestId} version={version} />
            <div className="field">
              <label htmlFor="in-charge-user">{t("assignTo")}</label>
              <select
                id="in-charge-user"
                name="userId"
                required
                defaultValue={failed?.values?.userId ?? ""}
                aria-invalid={failed?.fields?.userId ? true : undefined}
                aria-describedby="in-charge-user-errors"
              >
                <option value="">{tPage("chooseOne")}</option>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <FieldErrors id="in-charge-user-errors" keys={failed?.fields?.userId} />
            </div>
            <div>
              <SubmitButton>{t("assign")}</SubmitButton>
            </div>
          </form>
        ))}
      {action === "take" && (
        <form action={formAction} className="rp-in-charge-form" aria-label={t("take")}>
          <input type="hidden" name="intent" value="take" />
          <RequestVersionFields requestId={requestId} version={version} />
          <SubmitButton className="button primary" aria-describedby="in-charge-take-help">
            {t("take")}
          </SubmitButton>
          <p id="in-charge-take-help" className="help">
            {t("takeHelp")}
          </p>
        </form>
      )}
    </div>
  );
}
