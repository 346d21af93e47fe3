import { Link } from "@/app/_components/link";
import { forbidden, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestForm } from "@/app/_components/request-form/request-form";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { mayOnRequest } from "@/lib/access/request-access";
import { requestContext } from "@/lib/auth/session";
import { inLocale } from "@/lib/i18n/locale";
import { draftingDirectory } from "@/lib/reference/directory";
import { getRequest } from "@/lib/requests/get-request";
import { updateDraftAction } from "./actions";

export default async function EditRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const [ctx, { id }] = await Promise.all([requestContext(), params]);
  const view = await loadOrDeny(() => getRequest(ctx, id));
  if (!view.can.editDraft) {
    // A drafter whose request has moved on reads it instead; anyone else may not edit.
    if (mayOnRequest(view.relation, "editDraft")) redirect(`/requests/${view.request.id}`);
    forbidden();
  }
  const r = view.request;
  const [t, locale, directory] = await Promise.all([getTranslations("requests"), getLocale(), draftingDirectory(ctx, [r.requestedCountryCode])]);

  return (
    <>
      <p>
        <Link href={`/requests/${r.id}`}>{t("edit.back")}</Link>
      </p>
      <h1>{t("edit.title", { reference: r.reference })}</h1>
      <p className="lead">{t("edit.intro")}</p>
      <RequestForm
        action={updateDraftAction}
        initial={{
          caseId: r.caseId,
          requestedCountryCode: r.requestedCountryCode,
          requestedAuthority: r.requestedAuthority,
          legalBasis: r.legalBasis,
          legalBasisDetail: r.legalBasisDetail,
          channel: r.channel,
          urgency: r.urgency,
          urgencyReasons: r.urgencyReasons,
          targetDate: r.targetDate ?? "",
          confidential: r.confidential ? "on" : "",
          confidentialityReasons: r.confidentialityReasons,
          summaryOfFacts: r.summaryOfFacts,
          offencesAndPenalties: r.offencesAndPenalties,
          contactPoint: r.contactPoint,
        }}
        cases={[]}
        countries={[]}
        directory={directory}
        measureTypes={view.measures.map((m) => m.type)}
        edit={{
          requestId: r.id,
          version: r.version,
          caseLabel: view.caseTitle ? `${view.caseReference} — ${view.caseTitle}` : view.caseReference,
          countryCode: r.requestedCountryCode,
          countryName: inLocale(locale, { fr: view.requestedCountryFr, en: view.requestedCountryEn }),
        }}
        cancelHref={`/requests/${r.id}`}
      />
    </>
  );
}
