"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";

/** An error key of the account forms: accounts.errors.* first, then the shared errors.*. */
export function useAccountMessage() {
  const t = useTranslations();
  return (key: string) => {
    for (const candidate of [`accounts.errors.${key}`, `errors.${key}`]) {
      if (t.has(candidate)) return t(candidate);
    }
    return t("errors.invalid");
  };
}

/** The form-level alert of a failed account action. */
export function AccountFormAlert({ state }: { state: ActionState }) {
  const message = useAccountMessage();
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="alert alert-error">
      {message(state.message ?? "unexpected")}
    </p>
  );
}

/** A field's messages, announced with the field through aria-describedby. */
export function AccountFieldErrors({ id, keys }: { id: string; keys?: string[] }) {
  const message = useAccountMessage();
  if (!keys?.length) return <span id={id} hidden />;
  return (
    <ul id={id} className="field-errors">
      {keys.map((key) => (
        <li key={key}>{message(key)}</li>
      ))}
    </ul>
  );
}
