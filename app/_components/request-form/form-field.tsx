"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { FieldErrors } from "@/app/_components/field-errors";

/** What a field hands to its control so that label, help and errors are announced with it. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-describedby": string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

/** A labelled control with its help text (what to write) above it and its errors below. */
export function FormField({
  id,
  name,
  label,
  help,
  errors,
  required,
  wide,
  children,
}: {
  id: string;
  name: string;
  label: string;
  help?: string;
  errors?: string[];
  required?: boolean;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const t = useTranslations("requests.form");
  const describedBy = [help ? `${id}-help` : "", `${id}-errors`].filter(Boolean).join(" ");
  return (
    <div className={wide ? "field rq-wide" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="rq-required"> ({t("required")})</span>}
      </label>
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {children({
        id,
        name,
        "aria-describedby": describedBy,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      <FieldErrors id={`${id}-errors`} keys={errors} />
    </div>
  );
}

/**
 * A key that changes with every answer of a form's action. After an action React resets
 * the form to its default values, and a select keeps its first default: remounting the
 * form with the answer's values as defaults shows exactly what was sent.
 */
const submissionKeys = new WeakMap<object, number>();
let lastSubmissionKey = 0;

export function submissionKey(state: object | null): number {
  if (!state) return 0;
  let key = submissionKeys.get(state);
  if (key === undefined) {
    key = ++lastSubmissionKey;
    submissionKeys.set(state, key);
  }
  return key;
}

export interface SummaryItem {
  /** The id of the control to jump to. */
  target: string;
  label: string;
  keys: string[];
}

/**
 * The failure summary at the top of a form: the error, then one link per field in error.
 * It takes the focus after each failed submission so that keyboard and screen-reader
 * users land on it.
 */
export function ErrorSummary({ message, items, failure }: { message: string; items: SummaryItem[]; failure: unknown }) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) ref.current?.focus();
  }, [failure]);
  return (
    <div role="alert" className="alert alert-error rq-error-summary" tabIndex={-1} ref={ref}>
      <p>{message}</p>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.target}>
              <a href={`#${item.target}`}>
                {item.label} — {item.keys.map((key) => (t.has(key) ? t(key) : t("invalid"))).join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
