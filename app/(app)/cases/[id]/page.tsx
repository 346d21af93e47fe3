import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { RequestStatusBadge } from "@/app/_components/requests-status-badge";
import { Timestamp } from "@/app/_components/timestamp";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { CALENDAR_DATE, CALENDAR_DATE_SHORT, calendarDate } from "@/lib/dates";
import { inLocale } from "@/lib/i18n/locale";
import { getCase } from "@/lib/requests/cases";
import { fieldLabelKey } from "@/lib/requests/field-labels";

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const [ctx, { id }] = await Promise.all([requestContext(), params]);
  // Liaison officers and administrators: 403; another unit's case: 404.
  const kase = await loadOrDeny(() => getCase(ctx, id));
  const [t, tAll, format, locale] = await Promise.all([
    getTranslations("cases.detail"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const mayDraft = can(ctx.actor, "requests.create");

  return (
    <>
      <h1>
        {kase.reference} — {kase.title}
      </h1>
      <section className="panel" aria-labelledby="case-facts">
        <h2 id="case-facts">{t("facts")}</h2>
        <dl className="facts">
          <dt>{t("reference")}</dt>
          <dd>{kase.reference}</dd>
          <dt>{t("offences")}</dt>
          <dd className="case-text">{kase.offences}</dd>
          <dt>{t("hardDate")}</dt>
          <dd>
            {kase.hardDate ? (
              <strong className="case-hard-date">
                <time dateTime={kase.hardDate}>{format.dateTime(calendarDate(kase.hardDate), CALENDAR_DATE)}</time>
                {kase.hardDateLabel ? ` (${kase.hardDateLabel})` : ""}
              </strong>
            ) : (
              t("noHardDate")
            )}
          </dd>
          <dt>{t("createdAt")}</dt>
          <dd>
            <time dateTime={kase.createdAt.toISOString()}>{format.dateTime(kase.createdAt, { dateStyle: "long" })}</time>
          </dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="case-requests">
        <div className="rq-heading">
          <h2 id="case-requests">{t("requests")}</h2>
          {mayDraft && (
            <Link href={`/requests/new?caseId=${kase.id}`} className="button primary">
              {t("newRequest")}
            </Link>
          )}
        </div>
        {kase.requests.some((r) => r.hardDateAtRisk) && (
          <div role="alert" className="alert alert-error case-at-risk">
            <p>{t("atRiskIntro")}</p>
            <ul>
              {kase.requests
                .filter((r) => r.hardDateAtRisk)
                .map((r) => (
                  <li key={r.id}>
                    <Link href={`/requests/${r.id}`}>{r.reference}</Link>
                    {r.expectedCompletion &&
                      ` — ${t("expectedBy", { date: format.dateTime(r.expectedCompletion, { dateStyle: "medium" }) })}`}
                  </li>
                ))}
            </ul>
          </div>
        )}
        {kase.requests.length === 0 ? (
          <p>{t("noRequests")}</p>
        ) : (
          <>
            <div className="rq-list">
              <RecordTable
                caption={t("requestsCaption", { reference: kase.reference })}
                columns={[
                  t("columns.reference"),
                  tAll(fieldLabelKey("requestedCountryCode")),
                  t("columns.status"),
                  tAll(fieldLabelKey("urgency")),
                  tAll(fieldLabelKey("targetDate")),
                  t("columns.updatedAt"),
                ]}
              >
                {kase.requests.map((r) => (
                  <tr key={r.id} data-reference={r.reference}>
                    <th scope="row" className="rq-ref">
                      <Link href={`/requests/${r.id}`}>{r.reference}</Link>
                      {r.parentRequestId && <span className="badge badge-muted case-supplementary">{t("supplementary")}</span>}
                      {r.hardDateAtRisk && <span className="badge badge-danger">{t("atRisk")}</span>}
                    </th>
                    <td data-label={tAll(fieldLabelKey("requestedCountryCode"))}>{inLocale(locale, { fr: r.countryNameFr, en: r.countryNameEn })}</td>
                    <td data-label={t("columns.status")}>
                      <RequestStatusBadge status={r.status} />
                    </td>
                    <td data-label={tAll(fieldLabelKey("urgency"))} className={`rq-urgency rq-urgency-${r.urgency}`}>{tAll(`urgencies.${r.urgency}`)}</td>
                    <td data-label={tAll(fieldLabelKey("targetDate"))}>{r.targetDate ? format.dateTime(calendarDate(r.targetDate), CALENDAR_DATE_SHORT) : t("none")}</td>
                    <td data-label={t("columns.updatedAt")}>
                      <Timestamp at={r.updatedAt} />
                    </td>
                  </tr>
                ))}
              </RecordTable>
            </div>
            <p>
              <Link href={`/requests?caseId=${kase.id}`}>{t("allRequests")}</Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
