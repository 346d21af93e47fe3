"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import type { IntegrityReport } from "@/lib/audit/verify-integrity";
import { verifyIntegrityAction } from "./actions";

/** The "Verify integrity" button and its result: intact, or which request or log entry is broken. */
export function VerifyIntegrityForm({ help }: { help: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(verifyIntegrityAction, null);
  const report = state?.ok && state.values?.report ? (JSON.parse(state.values.report) as IntegrityReport) : null;
  const problems = report ? report.requestProblems.length + (report.log?.problems.length ?? 0) : 0;
  const problem = (key: string) => t(`audit.verify.problems.${key}`);

  return (
    <section className="panel" aria-labelledby="au-verify-title">
      <h2 id="au-verify-title">{t("audit.verify.title")}</h2>
      <p className="help" id="au-verify-help">
        {help}
      </p>
      <form action={formAction} className="au-verify-form">
        <button type="submit" className="button primary" disabled={pending} aria-describedby="au-verify-help">
          {pending ? t("audit.verify.running") : t("audit.verify.button")}
        </button>
      </form>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="alert alert-error">
            {t.has(`errors.${state.message}`) ? t(`errors.${state.message}`) : t("errors.unexpected")}
          </p>
        )}
        {report && problems === 0 && (
          <p role="status" className="alert alert-success" data-testid="audit-intact">
            {report.coverage === "all"
              ? t("audit.verify.intactAll", { events: report.eventsChecked, requests: report.requestsChecked, entries: report.log?.entriesChecked ?? 0 })
              : t("audit.verify.intactScope", { events: report.eventsChecked, requests: report.requestsChecked })}
          </p>
        )}
        {report && problems > 0 && (
          <div role="alert" className="alert alert-error" data-testid="audit-broken">
            <p>{t("audit.verify.broken", { count: problems })}</p>
            <ul>
              {report.requestProblems.map((p) => (
                <li key={`${p.requestId}-${p.seq}-${p.problem}`}>
                  {p.seq === null
                    ? t("audit.verify.problemOf", { reference: p.reference, problem: problem(p.problem) })
                    : t("audit.verify.problemAt", { reference: p.reference, seq: p.seq, problem: problem(p.problem) })}
                </li>
              ))}
              {report.log?.problems.map((p) => (
                <li key={`log-${p.id}-${p.problem}`}>{t("audit.verify.problemLog", { id: p.id, problem: problem(p.problem) })}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
