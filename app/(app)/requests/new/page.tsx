import { Link } from "@/app/_components/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { foreignCountryOptions } from "@/app/_components/country-options";
import { RequestForm } from "@/app/_components/request-form/request-form";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { draftingDirectory } from "@/lib/reference/directory";
import { listCountries } from "@/lib/reference/list-countries";
import { CASE_FILTER_OPTIONS, caseFilterOptions } from "@/lib/requests/cases";
import { createRequestAction } from "./actions";

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<{ caseId?: string | string[] }> }) {
  const ctx = await requestContext();
  // The form is for those who may draft; the action's verb checks again on submission.
  if (!can(ctx.actor, "requests.create")) forbidden();
  const params = await searchParams;
  const wanted = typeof params.caseId === "string" ? params.caseId : "";
  // The unit's most recent cases and the one asked for (from its page's "new request"): a unit
  // has hundreds of cases, and a select of them all weighs on the form and helps nobody.
  const [cases, countries, directory] = await loadOrDeny(() =>
    Promise.all([caseFilterOptions(ctx, wanted), listCountries(ctx.db), draftingDirectory(ctx)]),
  );
  const [t, locale] = await Promise.all([getTranslations("requests"), getLocale()]);
  const caseId = cases.some((c) => c.id === wanted) ? wanted : "";

  return (
    <>
      <h1>{t("new.title")}</h1>
      <p className="lead">{t("new.intro")}</p>
      {cases.length >= CASE_FILTER_OPTIONS && <p className="alert alert-info new-request-older-cases">{t("new.olderCases", { count: CASE_FILTER_OPTIONS })}</p>}
      {cases.length === 0 ? (
        <div className="panel">
          <p>{t("form.noCase")}</p>
          <p>
            <Link href="/cases/new" className="button primary">
              {t("form.createCase")}
            </Link>
          </p>
        </div>
      ) : (
        <RequestForm
          action={createRequestAction}
          initial={{ caseId, confidential: "on", urgency: "normal" }}
          cases={cases.map((c) => ({ id: c.id, label: `${c.reference} — ${c.title}` }))}
          countries={foreignCountryOptions(countries, ctx.actor.countryCode, locale)}
          directory={directory}
          cancelHref={caseId ? `/cases/${caseId}` : "/requests"}
        />
      )}
    </>
  );
}
