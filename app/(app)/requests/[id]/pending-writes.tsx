"use client";

import { createContext, use, useCallback, useId, useLayoutEffect, useMemo, useState, type ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

/**
 * Every form of the request page carries the version the page showed: a second write sent
 * before the first one's answer carries the same version and is refused as stale. So while
 * one form of the page is being sent, every submit button of the page waits.
 */
const PendingWrites = createContext<{ busy: boolean; report: (form: string, pending: boolean) => void } | null>(null);

export function PendingWritesProvider({ children }: { children: React.ReactNode }) {
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback((form: string, isPending: boolean) => {
    setPending((current) => {
      if (current.has(form) === isPending) return current;
      const next = new Set(current);
      if (isPending) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ busy: pending.size > 0, report }), [pending, report]);
  return <PendingWrites value={value}>{children}</PendingWrites>;
}

/**
 * A form's submit button: disabled while any write of the page is on its way, and showing
 * that its own form is being sent (useFormStatus follows the form's action to its answer).
 */
export function SubmitButton({ children, className = "button", ...props }: Omit<ComponentProps<"button">, "type" | "disabled">) {
  const t = useTranslations("requestPage");
  const { pending } = useFormStatus();
  const writes = use(PendingWrites);
  const form = useId();
  const report = writes?.report;
  // Before paint, so that no other button of the page can be clicked in between.
  useLayoutEffect(() => {
    report?.(form, pending);
    return () => report?.(form, false);
  }, [report, form, pending]);
  return (
    <button type="submit" className={className} disabled={pending || writes?.busy} aria-busy={pending || undefined} {...props}>
      {children}
      {pending && (
        <>
          <span className="rp-spinner" aria-hidden="true" />
          <span className="visually-hidden"> — {t("pending")}</span>
        </>
      )}
    </button>
  );
}
