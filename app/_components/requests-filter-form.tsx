import type { ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { CountryOptions, type CountryOption } from "@/app/_components/country-options";
import { FiltersForm } from "@/app/_components/filters-form";
import { OptionList } from "@/app/_components/option-list";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { fieldLabelKey } from "@/lib/requests/field-labels";
import { DUE_FILTERS, REQUEST_SORTS } from "@/lib/requests/list-requests";
import { AGE_BUCKETS, DIRECTIONS, FILTER_DAY_RANGE, STAGES } from "@/lib/requests/request-filters";
import { LEGAL_BASES, MEASURE_TYPES, REQUEST_STATUSES, URGENCIES } from "@/lib/requests/vocabulary";
import type { RequestListFilters } from "./requests-pagination";

/** The request list's filters (see FiltersForm): the common ones first, the others folded under "more". */
export function RequestsFilterForm({
  filters,
  cases,
  countries,
  units,
  requestingSide,
  bothSides,
}: {
  filters: RequestListFilters;
  /** Absent for roles that do not see cases. */
  cases?: { id: string; label: string }[];
  /** Absent when the actor's scope is a single country. */
  countries?: CountryOption[];
  /** The units a manager oversees; absent for other roles. */
  units?: { id: string; name: string }[];
  /** The requesting side may filter on its cases' hard dates. */
  requestingSide: boolean;
  /** A manager who both sends and receives may look at one direction at a time. */
  bothSides: boolean;
}) {
  const t = useTranslations();
  const any = <option value="">{t("requests.filters.any")}</option>;
  const more = Boolean(filters.stage || filters.age || filters.legalBasis || filters.measureType || filters.unit || filters.from || filters.to || filters.atRisk);
  /**
   * One filter as a select, "any" first; its id is `f-<name in kebab case>`. A filter on a field
   * of the request is labelled by the field's one label, the others by `requests.filters.<name>`.
   */
  const filterSelect = (name: keyof RequestListFilters, options: ReactNode, labelKey = `requests.filters.${name}`) => {
    const id = `f-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    return (
      <div className="field">
        <label htmlFor={id}>{t(labelKey)}</label>
        <select id={id} name={name} defaultValue={filters[name] ?? ""}>
          {any}
          {options}
        </select>
      </div>
    );
  };
  return (
    <FiltersForm action="/requests" classPrefix="rq" messages="requests.filters">
      <div className="rq-filter-grid">
        {bothSides ? (
          <div className="field">
            <label htmlFor="f-direction">{t("requests.filters.direction")}</label>
            <select id="f-direction" name="direction" defaultValue={filters.direction ?? ""}>
              <option value="">{t("requests.filters.directions.all")}</option>
              <TranslatedOptions values={DIRECTIONS} namespace="requests.filters.directions" />
            </select>
          </div>
        ) : (
          filters.direction && <input type="hidden" name="direction" value={filters.direction} />
        )}
        {filterSelect("status", <TranslatedOptions values={REQUEST_STATUSES} namespace="statuses" />)}
        {countries && filterSelect("country", <CountryOptions countries={countries} />, fieldLabelKey("requestedCountryCode"))}
        {filterSelect("urgency", <TranslatedOptions values={URGENCIES} namespace="urgencies" />, fieldLabelKey("urgency"))}
        {cases &&
          filterSelect(
            "caseId",
            <OptionList options={cases.map((c) => [c.id, c.label] as const)} />,
            fieldLabelKey("caseId"),
          )}
        {filterSelect(
          "due",
          <OptionList options={DUE_FILTERS.map((d) => [d, d === "overdue" ? t("requests.filters.overdue") : t("requests.filters.dueWithin", { days: d })] as const)} />,
        )}
        <div className="field rq-filter-search">
          <label htmlFor="f-q">{t("requests.filters.q")}</label>
          <input id="f-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} aria-describedby="f-q-help" />
          <p id="f-q-help" className="help">
            {t("requests.filters.qHelp")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t("requests.filters.sort")}</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort}>
            <TranslatedOptions values={REQUEST_SORTS} namespace="requests.filters.sorts" />
          </select>
        </div>
      </div>
      <details className="rq-more" open={more}>
        <summary>{t("requests.filters.more")}</summary>
        <div className="rq-filter-grid">
          {filterSelect("stage", <TranslatedOptions values={STAGES} namespace="requests.filters.stages" />)}
          {filterSelect("age", <TranslatedOptions values={AGE_BUCKETS.map((b) => b.key)} namespace="requests.filters.ages" />)}
          {filterSelect("legalBasis", <TranslatedOptions values={LEGAL_BASES} namespace="legalBases" />, fieldLabelKey("legalBasis"))}
          {filterSelect("measureType", <TranslatedOptions values={MEASURE_TYPES} namespace="measureTypes" />)}
          {units
            ? filterSelect(
                "unit",
                <OptionList options={units.map((u) => [u.id, u.name] as const)} />,
              )
            : filters.unit && <input type="hidden" name="unit" value={filters.unit} />}
          <div className="field">
            <label htmlFor="f-from">{t("requests.filters.from")}</label>
            <input id="f-from" name="from" type="date" {...FILTER_DAY_RANGE} defaultValue={filters.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("requests.filters.to")}</label>
            <input id="f-to" name="to" type="date" {...FILTER_DAY_RANGE} defaultValue={filters.to ?? ""} />
          </div>
          {requestingSide && (
            <div className="field rq-checkbox">
              <label>
                <input type="checkbox" name="atRisk" value="1" defaultChecked={filters.atRisk === "1"} /> {t("requests.filters.atRisk")}
              </label>
            </div>
          )}
        </div>
      </details>
    </FiltersForm>
  );
}
