import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_SHORT, calendarDate } from "@/app/_components/case-date";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { listCases } from "@/lib/requests/cases";

export default async function CasesPage() {
  const ctx = await requestContext();
  const cases = await loadOrDeny(() => listCases(ctx));
  const [t, format] = await Promise.all([getTranslations("cases.list"), getFormatter()]);
  const mayCreate = can(ctx.actor, "cases.create");

  return (
    <>
      <div className="rq-heading">
        <h1>{t("title")}</h1>
        {mayCreate && (
          <Link href="/cases/new" className="button primary">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="lead">{t("intro")}</p>
      {cases.length === 0 ? (
        <div className="panel rq-empty">
          <p>{t("empty")}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.reference")}</th>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.hardDate")}</th>
                <th scope="col">{t("columns.updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} data-reference={c.reference}>
                  <th scope="row" className="rq-ref">
                    <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                  </th>
                  <td>{c.title}</td>
                  <td>{c.hardDate ? format.dateTime(calendarDate(c.hardDate), CALENDAR_DATE_SHORT) : t("none")}</td>
                  <td>
                    <time dateTime={c.updatedAt.toISOString()}>
                      {format.dateTime(c.updatedAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
