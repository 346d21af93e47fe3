"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from "@/lib/notifications/vocabulary";
import { deliveryAction } from "./actions";

/** How notifications reach this person besides the bell: at once, a daily digest, or the app only. */
export function DeliveryForm({ current }: { current: NotificationDelivery }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(deliveryAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="stack" noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("notifications.preferences.saved")}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      <fieldset className="rp-fieldset" aria-describedby="delivery-help delivery-errors">
        <legend>{t("notifications.preferences.legend")}</legend>
        {NOTIFICATION_DELIVERIES.map((value) => (
          <label key={value} className="rp-choice">
            <input type="radio" name="delivery" value={value} defaultChecked={value === current} />
            {t(`notifications.preferences.options.${value}`)}
          </label>
        ))}
        <p id="delivery-help" className="help">
          {t("notifications.preferences.help")}
        </p>
        <FieldErrors id="delivery-errors" keys={failed?.fields?.delivery} />
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("notifications.preferences.save")}
        </button>
      </div>
    </form>
  );
}
