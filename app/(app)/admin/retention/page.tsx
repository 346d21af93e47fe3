import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { retentionReport, UPCOMING_DAYS } from "@/lib/retention/report";
import { RetentionPolicyForm } from "./policy-form";

/** The retention period and its dry run, for administrators: references and dates, no case content. */
export default async function RetentionPage() {
  const ctx = await requestContext();
  const report = await loadOrDeny(() => retentionReport(ctx));
  const [t, format] = await Promise.all([getTranslations("retention.admin"), getFormatter()]);
  const day = (at: Date) => format.dateTime(at, { dateStyle: "medium" });
  const { policy } = report;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      <section className="panel stack" aria-labelledby="retention-policy">
        <h2 id="retention-policy">{t("policy.title")}</h2>
        <p>
          <strong>{t("policy.current", { months: policy.months })}</strong>{" "}
          {policy.source === "decree" ? t("policy.decree") : t("policy.setBy", { name: policy.editedBy ?? "", date: day(policy.editedAt!) })}
        </p>
        <RetentionPolicyForm months={policy.months} />
      </section>

      <section className="panel stack" aria-labelledby="retention-report">
        <h2 id="retention-report">{t("report.title")}</h2>
        <p className="help">{t("report.help")}</p>

        <RecordTable caption={t("report.due")} columns={[t("report.reference"), t("report.closedAt")]}>
          {report.due.length === 0 ? (
            <EmptyRow columns={2} text={t("report.dueEmpty")} />
          ) : (
            report.due.map((r) => (
              <tr key={r.id}>
                <td>{r.reference}</td>
                <td>{day(r.closedAt)}</td>
              </tr>
            ))
          )}
        </RecordTable>

        <RecordTable caption={t("report.held")} columns={[t("report.reference"), t("report.closedAt"), t("report.heldSince"), t("report.heldBy")]}>
          {report.held.length === 0 ? (
            <EmptyRow columns={4} text={t("report.heldEmpty")} />
          ) : (
            report.held.map((r) => (
              <tr key={r.id}>
                <td>{r.reference}</td>
                <td>{day(r.closedAt)}</td>
                <td>{day(r.heldSince)}</td>
                <td>{r.heldBy}</td>
              </tr>
            ))
          )}
        </RecordTable>

        <RecordTable caption={t("report.upcoming", { days: UPCOMING_DAYS })} columns={[t("report.reference"), t("report.closedAt"), t("report.dueAt")]}>
          {report.upcoming.length === 0 ? (
            <EmptyRow columns={3} text={t("report.upcomingEmpty", { days: UPCOMING_DAYS })} />
          ) : (
            report.upcoming.map((r) => (
              <tr key={r.id}>
                <td>{r.reference}</td>
                <td>{day(r.closedAt)}</td>
                <td>{day(r.dueAt)}</td>
              </tr>
            ))
          )}
        </RecordTable>

        <RecordTable caption={t("report.register")} columns={[t("report.reference"), t("report.closedAt"), t("report.erasedAt"), t("report.period"), t("report.erasedWhat")]}>
          {report.erased.length === 0 ? (
            <EmptyRow columns={5} text={t("report.registerEmpty")} />
          ) : (
            report.erased.map((r) => (
              <tr key={r.id}>
                <td>{r.reference}</td>
                <td>{day(r.closedAt)}</td>
                <td>{day(r.erasedAt)}</td>
                <td>{t("policy.current", { months: r.policyMonths })}</td>
                <td>{t("report.counts", { persons: r.persons, documents: r.documents, comments: r.comments, events: r.events })}</td>
              </tr>
            ))
          )}
        </RecordTable>
      </section>
    </>
  );
}

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns} className="muted">
        {text}
      </td>
    </tr>
  );
}
