import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { listDeadlineTargets, type DeadlineTargetListing } from "@/lib/deadlines/targets";
import { TargetForm } from "./target-form";

/**
 * Every clock and its length (administrators: the verb answers 403 to anyone else). The
 * product targets can be changed; a limit a text fixes is shown with its source only.
 */
export default async function DeadlineTargetsPage() {
  const ctx = await requestContext();
  const policies = await loadOrDeny(() => listDeadlineTargets(ctx));
  const [t, tClock, tSource, tUrgency, format, locale] = await Promise.all([
    getTranslations("referenceData.deadlines"),
    getTranslations("clocks"),
    getTranslations("deadlines.sources"),
    getTranslations("urgencies"),
    getFormatter(),
    getLocale(),
  ]);
  const clockName = (p: DeadlineTargetListing) => {
    const name = tClock(p.kind);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  const appliesTo = (p: DeadlineTargetListing) =>
    p.urgency ? t("withUrgency", { scope: t(`scopes.${p.scope}`), urgency: tUrgency(p.urgency) }) : t(`scopes.${p.scope}`);
  const length = (days: number, unit: string) => t("length", { days, unit });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <RecordTable
        caption={t("caption")}
        captionHidden
        columns={[t("columns.clock"), t("columns.appliesTo"), t("columns.length"), t("columns.source"), t("columns.change")]}
      >
        {policies.map((p) => (
          <tr key={p.key} data-policy={p.key}>
            <th scope="row">{clockName(p)}</th>
            <td>{appliesTo(p)}</td>
            <td>
              {length(p.days, p.unit)}
              {p.days !== p.shippedDays && <span className="muted small"> · {t("shippedLength", { length: length(p.shippedDays, p.unit) })}</span>}
              {p.editedAt && (
                <p className="muted small">{t("edited", { date: format.dateTime(p.editedAt, { dateStyle: "medium" }), name: p.editedByName ?? "—" })}</p>
              )}
            </td>
            <td className="small">{tSource(p.source, { days: p.days, unit: p.unit })}</td>
            <td>
              {p.target ? (
                <details>
                  <summary>{t("change")}</summary>
                  <TargetForm
                    target={{ key: p.target, days: p.days, unit: p.unit, edited: p.editedAt !== null }}
                    labels={{ clock: `${clockName(p)} — ${appliesTo(p)}`, shipped: length(p.shippedDays, p.unit) }}
                  />
                </details>
              ) : (
                <span className="badge">{t("fixedByLaw")}</span>
              )}
            </td>
          </tr>
        ))}
      </RecordTable>
    </>
  );
}
