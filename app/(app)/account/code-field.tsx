"use client";

import { AccountFieldErrors } from "./account-messages";

/** A second-factor code field: six digits from the app (or, where accepted, a recovery code). */
export function CodeField({ id, label, help, errors }: { id: string; label: string; help?: string; errors?: string[] }) {
  const describedBy = [help ? `${id}-help` : null, `${id}-errors`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="code" autoComplete="one-time-code" required maxLength={64} spellCheck={false} aria-describedby={describedBy} />
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      <AccountFieldErrors id={`${id}-errors`} keys={errors} />
    </div>
  );
}

/** The current password, asked again before anything that changes how one signs in. */
export function CurrentPasswordField({ id, label, errors }: { id: string; label: string; errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        maxLength={1024}
        aria-describedby={`${id}-errors`}
      />
      <AccountFieldErrors id={`${id}-errors`} keys={errors} />
    </div>
  );
}
