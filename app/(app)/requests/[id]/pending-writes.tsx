"use client";

import { createContext, use, useCallback, useId, useLayoutEffect, useMemo, useState, type ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "@/lib/i18n/use-translations";

/**
 * Every form of the request page carries the version the page showed: a second write sent
 * before the first one's answer carries the same version and is refused as stale. So while
 * one form of the page is being sent, every submit button of the page waits.
 */
const PendingWrites = createContext<{
  busy: boolean;
  report: (form: string, pending: boolean) => void;
  /** The answer the page received last, from whichever form. */
  latest: unknown;
  answered: (answer: object) => void;
} | null>(null);

export function PendingWritesProvider({ children }: { children: React.ReactNode }) {
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [latest, setLatest] = useState<unknown>(null);
  // An answer becomes the latest once, when it arrives: a part of the form mounted later with
  // an older answer (a panel opened afterwards) does not bring it back.
  const [seen] = useState(() => new WeakSet<object>());
  const answered = useCallback(
    (answer: object) => {
      if (seen.has(answer)) return;
      seen.add(answer);
      setLatest(answer);
    },
    [seen],
  );
  const report = useCallback((form: string, isPending: boolean) => {
    setPending((current) => {
      if (current.has(form) === isPending) return current;
      const next = new Set(current);
      if (isPending) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ busy: pending.size > 0, report, latest, answered }), [pending, report, latest, answered]);
  return <PendingWrites value={value}>{children}</PendingWrites>;
}

/**
 * Whether a form's answer is the page's latest. A form says how its write went (done, or
 * refused and why) until another form of the page answers: then the page has moved on, and
 * an earlier "added" or "the checklist still lacks…" would describe a request that is no
 * longer there. Field errors stay next to the values they are about. Every component showing
 * the same answer (one form's several alerts) agrees, the answer itself being the token.
 */
export function useIsLatestAnswer(answer: object | null | undefined): boolean {
  const writes = use(PendingWrites);
  const answered = writes?.answered;
  // Before paint, so that the earlier answer and this one are never shown together.
  useLayoutEffect(() => {
    if (answer) answered?.(answer);
  }, [answer, answered]);
  // Before any answer was recorded there is at most one: the page the server rendered after a
  // form posted without scripts shows it.
  return !writes || writes.latest === null || writes.latest === answer;
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
