import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { inLocale } from "@/lib/i18n/locale";
import { listCountries } from "@/lib/reference/list-countries";
import { listUnitsForAdmin } from "@/lib/units/list-units";
import { closeUnitAction, reopenUnitAction } from "./actions";
import { UnitForm } from "./unit-form";

type Props = { searchParams: Promise<{ notice?: string; error?: string; count?: string }> };

const NOTICES: Record<string, string> = { closed: "closed", reopened: "reopened" };

/** The units, by country (administrators: the verb answers 403 to anyone else). */
export default async function UnitsPage({ searchParams }: Props) {
  const ctx = await requestContext();
  const groups = await loadOrDeny(() => listUnitsForAdmin(ctx));
  const [t, tAll, format, locale, query, countries] = await Promise.all([
    getTranslations("units"),
    getTranslations(),
    getFormatter(),
    getLocale(),
    searchParams,
    listCountries(ctx.db),
  ]);
  const nameOf = (c: { nameFr: string; nameEn: string }) => inLocale(locale, { fr: c.nameFr, en: c.nameEn });
  const notice = query.notice && NOTICES[query.notice];
  const error =
    query.error === "unitHasActiveUsers" && /^\d+$/.test(query.count ?? "")
      ? t("hasActiveUsers", { count: Number(query.count) })
      : query.error && tAll.has(`errors.${query.error}`)
        ? tAll(`errors.${query.error}`)
        : undefined;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {notice && (
        <p role="status" className="alert alert-success">
          {t(notice)}
        </p>
      )}
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.countryCode} aria-labelledby={`units-${group.countryCode}`}>
          <h2 id={`units-${group.countryCode}`}>{t("countryHeading", { country: nameOf(group), code: group.countryCode })}</h2>
          <RecordTable
            caption={t("list.caption", { country: nameOf(group) })}
            captionHidden
            columns={[t("list.code"), t("list.name"), t("list.kind"), t("list.activeUsers"), t("list.requests"), t("list.status"), t("list.actions")]}
          >
            {group.units.map((unit) => (
              <tr key={unit.id} data-code={unit.code}>
                <th scope="row">{unit.code}</th>
                <td>{unit.name}</td>
                <td>{tAll(`unitKinds.${unit.kind}`)}</td>
                <td>{unit.activeUsers}</td>
                <td>{unit.requests}</td>
                <td>
                  <span className={`badge ${unit.closedAt ? "badge-muted" : "badge-ok"}`}>
                    {unit.closedAt ? t("list.closedOn", { date: format.dateTime(unit.closedAt, { dateStyle: "medium" }) }) : t("list.open")}
                  </span>
                </td>
                <td>
                  <div className="stack">
                    <details>
                      <summary>{t("edit.summary", { code: unit.code })}</summary>
                      <UnitForm unit={{ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind }} />
                    </details>
                    <form action={unit.closedAt ? reopenUnitAction : closeUnitAction}>
                      <input type="hidden" name="unitId" value={unit.id} />
                      <button
                        type="submit"
                        className={`button small ${unit.closedAt ? "" : "danger"}`}
                        aria-label={t(unit.closedAt ? "reopenUnit" : "closeUnit", { code: unit.code })}
                      >
                        {unit.closedAt ? t("reopen") : t("close")}
                      </button>
                    </form>
                  </div>
                </td>
              </tr>
            ))}
          </RecordTable>
        </section>
      ))}
      <section className="panel" aria-labelledby="add-unit-title">
        <h2 id="add-unit-title">{t("add.title")}</h2>
        <UnitForm countries={countries.map((c) => ({ code: c.code, name: nameOf(c) })).sort((a, b) => a.name.localeCompare(b.name, locale))} />
      </section>
    </>
  );
}
