import { useTranslations } from "@/lib/i18n/use-translations";
import type { CountryOption } from "@/app/_components/country-options";
import { FiltersForm } from "@/app/_components/filters-form";
import { RequestsFilterFields, type FilterSelect } from "@/app/_components/requests-filter-fields";
import { fieldLabelKey } from "@/lib/requests/field-labels";
import { DUE_FILTERS, REQUEST_SORTS } from "@/lib/requests/list-requests";
import { AGE_BUCKETS, DIRECTIONS, FILTER_DAY_RANGE, STAGES } from "@/lib/requests/request-filters";
import { LEGAL_BASES, MEASURE_TYPES, REQUEST_STATUSES, URGENCIES } from "@/lib/requests/vocabulary";
import type { RequestListFilters } from "./requests-pagination";

/**
 * The request list's filters (see FiltersForm): the common ones first, the others folded under
 * "more", each translated here and laid out by RequestsFilterFields.
 */
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
  const translated = (values: readonly string[], namespace: string) => values.map((value) => [value, t(`${namespace}.${value}`)] as const);
  /** A filter on a field of the request is labelled by the field's one label, the others by `requests.filters.<name>`. */
  const filter = (name: keyof RequestListFilters, options: FilterSelect["options"], labelKey = `requests.filters.${name}`): FilterSelect => ({
    name,
    label: t(labelKey),
    options,
  });
  const main = [
    filter("status", translated(REQUEST_STATUSES, "statuses")),
    countries && filter("country", countries.map((c) => [c.code, c.name] as const), fieldLabelKey("requestedCountryCode")),
    filter("urgency", translated(URGENCIES, "urgencies"), fieldLabelKey("urgency")),
    cases && filter("caseId", cases.map((c) => [c.id, c.label] as const), fieldLabelKey("caseId")),
    filter("due", DUE_FILTERS.map((d) => [d, d === "overdue" ? t("requests.filters.overdue") : t("requests.filters.dueWithin", { days: d })] as const)),
  ].filter((select): select is FilterSelect => Boolean(select));
  return (
    <FiltersForm action="/requests" classPrefix="rq" messages="requests.filters">
      <RequestsFilterFields
        values={filters}
        any={t("requests.filters.any")}
        direction={
          bothSides
            ? { label: t("requests.filters.direction"), all: t("requests.filters.directions.all"), options: translated(DIRECTIONS, "requests.filters.directions") }
            : null
        }
        main={main}
        search={{ label: t("requests.filters.q"), help: t("requests.filters.qHelp") }}
        sort={{ label: t("requests.filters.sort"), options: translated(REQUEST_SORTS, "requests.filters.sorts") }}
        more={{
          summary: t("requests.filters.more"),
          open: Boolean(filters.stage || filters.age || filters.legalBasis || filters.measureType || filters.unit || filters.from || filters.to || filters.atRisk),
          selects: [
            filter("stage", translated(STAGES, "requests.filters.stages")),
            filter("age", translated(AGE_BUCKETS.map((b) => b.key), "requests.filters.ages")),
            filter("legalBasis", translated(LEGAL_BASES, "legalBases"), fieldLabelKey("legalBasis")),
            filter("measureType", translated(MEASURE_TYPES, "measureTypes")),
          ],
        }}
        unit={units ? filter("unit", units.map((u) => [u.id, u.name] as const)) : null}
        period={{ from: t("requests.filters.from"), to: t("requests.filters.to"), ...FILTER_DAY_RANGE }}
        atRisk={requestingSide ? t("requests.filters.atRisk") : null}
      />
    </FiltersForm>
  );
}
