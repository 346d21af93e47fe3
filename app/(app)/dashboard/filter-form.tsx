import type { ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { CountryOptions, type CountryOption } from "@/app/_components/country-options";
import { FiltersForm } from "@/app/_components/filters-form";
import { TranslatedOptions } from "@/app/_components/translated-options";
import type { FieldIssues } from "@/lib/errors";
import { fieldLabelKey } from "@/lib/requests/field-labels";
import { DIRECTIONS, FILTER_DAY_RANGE } from "@/lib/requests/request-filters";
import { LEGAL_BASES, MEASURE_TYPES, URGENCIES } from "@/lib/requests/vocabulary";

type Values = Partial<Record<"direction" | "from" | "to" | "unit" | "country" | "legalBasis" | "urgency" | "measureType", string>>;

/** The dashboard's filters (see FiltersForm); a bad value shows its error next to its field. */
export function DashboardFilterForm({
  values,
  errors,
  units,
  countries,
  bothSides,
}: {
  values: Values;
  errors: FieldIssues;
  units: { id: string; name: string }[];
  countries: CountryOption[];
  /** A manager who both sends and receives may count one direction at a time. */
  bothSides: boolean;
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
  // A filter on a field of the request reads as the field's one label (form, page, list).
  const labelKeys: Partial<Record<keyof Values, string>> = {
    country: fieldLabelKey("requestedCountryCode"),
    legalBasis: fieldLabelKey("legalBasis"),
    urgency: fieldLabelKey("urgency"),
  };
  /** One filter: its label, its control and, below, its errors. */
  const filter = (name: keyof Values, control: ReactNode) => (
    <div className="field">
      <label htmlFor={`db-f-${name}`}>{t(labelKeys[name] ?? `dashboard.filters.${name}`)}</label>
      {control}
      {issuesOf(name)}
    </div>
  );
  // A date field holds a real day or nothing: the browser would empty it anyway, and warn (its error stays below it).
  const dateFilter = (name: "from" | "to") => {
    const notADay = errors[name]?.includes("invalidDate") ?? false;
    return filter(name, <input type="date" {...FILTER_DAY_RANGE} {...field(name)} defaultValue={notADay ? "" : (values[name] ?? "")} />);
  };
  const selectFilter = (name: keyof Values, options: ReactNode, first: ReactNode = any) =>
    filter(
      name,
      <select {...field(name)}>
        {first}
        {options}
      </select>,
    );

  return (
    <FiltersForm action="/dashboard" classPrefix="db" messages="dashboard.filters">
      <div className="db-filter-grid">
        {bothSides
          ? selectFilter(
              "direction",
              <TranslatedOptions values={DIRECTIONS} namespace="dashboard.filters.directions" />,
              <option value="">{t("dashboard.filters.directions.all")}</option>,
            )
          : values.direction && <input type="hidden" name="direction" value={values.direction} />}
        {dateFilter("from")}
        {dateFilter("to")}
        {selectFilter(
          "unit",
          units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          )),
          <option value="">{t("dashboard.filters.allUnits")}</option>,
        )}
        {selectFilter("country", <CountryOptions countries={countries} />)}
        {selectFilter("legalBasis", <TranslatedOptions values={LEGAL_BASES} namespace="legalBases" />)}
        {selectFilter("urgency", <TranslatedOptions values={URGENCIES} namespace="urgencies" />)}
        {selectFilter("measureType", <TranslatedOptions values={MEASURE_TYPES} namespace="measureTypes" />)}
      </div>
      <p id="db-period-help" className="help">
        {t("dashboard.filters.periodHelp")}
      </p>
    </FiltersForm>
  );
}
