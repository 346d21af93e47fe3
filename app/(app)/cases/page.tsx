import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { Timestamp } from "@/app/_components/timestamp";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { CALENDAR_DATE_SHORT, calendarDate } from "@/lib/dates";
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
        <div className="rq-list">
          <RecordTable
            caption={t("caption")}
            columns={[t("columns.reference"), t("columns.title"), t("columns.hardDate"), t("columns.updatedAt")]}
          >
            {cases.map((c) => (
              <tr key={c.id} data-reference={c.reference}>
                <th scope="row" className="rq-ref">
                  <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                </th>
                <td data-label={t("columns.title")}>{c.title}</td>
                <td data-label={t("columns.hardDate")}>{c.hardDate ? format.dateTime(calendarDate(c.hardDate), CALENDAR_DATE_SHORT) : t("none")}</td>
                <td data-label={t("columns.updatedAt")}>
                  <Timestamp at={c.updatedAt} />
                </td>
              </tr>
            ))}
          </RecordTable>
        </div>
      )}
    </>
  );
}
