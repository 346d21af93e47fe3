import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FieldIssues } from "@/lib/errors";
import { LEGAL_BASES, MEASURE_TYPES, URGENCIES } from "@/lib/requests/vocabulary";

type Values = Partial<Record<"from" | "to" | "unit" | "country" | "legalBasis" | "urgency" | "measureType", string>>;

/**
 * The dashboard's filters as a GET form: the address holds the whole query, so that a view
 * can be bookmarked or sent to a colleague of the unit. Errors show next to their field.
 */
export function DashboardFilterForm({
  values,
  errors,
  units,
  countries,
}: {
  values: Values;
  errors: FieldIssues;
  units: { id: string; name: string }[];
  countries: { code: string; name: string }[];
}) {
  const t = useTranslations();
  const any = <option value="">{t("dashboard.filters.any")}</option>;
  const field = (name: keyof Values) => {
    const issues = errors[name] ?? [];
    return {
      id: `db-f-${name}`,
      name,
      defaultValue: values[name] ?? "",
      "aria-invalid": issues.length > 0 || undefined,
      "aria-describedby": [name === "from" || name === "to" ? "db-period-help" : "", issues.length ? `db-f-${name}-error` : ""]
        .filter(Boolean)
        .join(" ") || undefined,
    };
  };
  const issuesOf = (name: keyof Values) =>
    errors[name]?.length ? (
      <ul className="field-errors" id={`db-f-${name}-error`}>
        {errors[name]!.map((key) => (
          <li key={key}>{t(`errors.${key}`)}</li>
        ))}
      </ul>
    ) : null;
  const label = (name: keyof Values) => <label htmlFor={`db-f-${name}`}>{t(`dashboard.filters.${name}`)}</label>;

  return (
    <form method="get" action="/dashboard" role="search" aria-labelledby="db-filters-title" className="panel db-filters">
      <h2 id="db-filters-title">{t("dashboard.filters.title")}</h2>
      <div className="db-filter-grid">
        <div className="field">
          {label("from")}
          <input type="date" min="1990-01-01" max="2100-12-31" {...field("from")} />
          {issuesOf("from")}
        </div>
        <div className="field">
          {label("to")}
          <input type="date" min="1990-01-01" max="2100-12-31" {...field("to")} />
          {issuesOf("to")}
        </div>
        <div className="field">
          {label("unit")}
          <select {...field("unit")}>
            <option value="">{t("dashboard.filters.allUnits")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {issuesOf("unit")}
        </div>
        <div className="field">
          {label("country")}
          <select {...field("country")}>
            {any}
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {issuesOf("country")}
        </div>
        <div className="field">
          {label("legalBasis")}
          <select {...field("legalBasis")}>
            {any}
            {LEGAL_BASES.map((b) => (
              <option key={b} value={b}>
                {t(`legalBases.${b}`)}
              </option>
            ))}
          </select>
          {issuesOf("legalBasis")}
        </div>
        <div className="field">
          {label("urgency")}
          <select {...field("urgency")}>
            {any}
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`urgencies.${u}`)}
              </option>
            ))}
          </select>
          {issuesOf("urgency")}
        </div>
        <div className="field">
          {label("measureType")}
          <select {...field("measureType")}>
            {any}
            {MEASURE_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`measureTypes.${m}`)}
              </option>
            ))}
          </select>
          {issuesOf("measureType")}
        </div>
      </div>
      <p id="db-period-help" className="help">
        {t("dashboard.filters.periodHelp")}
      </p>
      <div className="db-actions">
        <button type="submit" className="button primary">
          {t("dashboard.filters.apply")}
        </button>
        <Link href="/dashboard" className="button">
          {t("dashboard.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
