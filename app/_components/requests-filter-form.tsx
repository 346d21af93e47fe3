import Link from "next/link";
import { useTranslations } from "next-intl";
import { DUE_FILTERS, REQUEST_SORTS } from "@/lib/requests/list-requests";
import { AGE_BUCKETS, STAGES } from "@/lib/requests/request-filters";
import { LEGAL_BASES, MEASURE_TYPES, REQUEST_STATUSES, URGENCIES } from "@/lib/requests/vocabulary";
import type { RequestListFilters } from "./requests-pagination";

/**
 * The list's filters as a GET form: the address holds the whole query, so a filtered list
 * can be bookmarked, shared with a colleague of the unit, or reloaded.
 */
export function RequestsFilterForm({
  filters,
  cases,
  countries,
  units,
  requestingSide,
}: {
  filters: RequestListFilters;
  /** Absent for roles that do not see cases. */
  cases?: { id: string; label: string }[];
  /** Absent when the actor's scope is a single country. */
  countries?: { code: string; name: string }[];
  /** The units a manager oversees; absent for other roles. */
  units?: { id: string; name: string }[];
  /** The requesting side may filter on its cases' hard dates. */
  requestingSide: boolean;
}) {
  const t = useTranslations();
  const any = <option value="">{t("requests.filters.any")}</option>;
  const more = Boolean(filters.stage || filters.age || filters.legalBasis || filters.measureType || filters.unit || filters.from || filters.to || filters.atRisk);
  return (
    <form method="get" action="/requests" role="search" aria-labelledby="rq-filters-title" className="panel rq-filters">
      <h2 id="rq-filters-title">{t("requests.filters.title")}</h2>
      <div className="rq-filter-grid">
        <div className="field">
          <label htmlFor="f-status">{t("requests.filters.status")}</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            {any}
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {countries && (
          <div className="field">
            <label htmlFor="f-country">{t("requests.filters.country")}</label>
            <select id="f-country" name="country" defaultValue={filters.country ?? ""}>
              {any}
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="f-urgency">{t("requests.filters.urgency")}</label>
          <select id="f-urgency" name="urgency" defaultValue={filters.urgency ?? ""}>
            {any}
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`urgencies.${u}`)}
              </option>
            ))}
          </select>
        </div>
        {cases && (
          <div className="field">
            <label htmlFor="f-case">{t("requests.filters.case")}</label>
            <select id="f-case" name="caseId" defaultValue={filters.caseId ?? ""}>
              {any}
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="f-due">{t("requests.filters.due")}</label>
          <select id="f-due" name="due" defaultValue={filters.due ?? ""}>
            {any}
            {DUE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {d === "overdue" ? t("requests.filters.overdue") : t("requests.filters.dueWithin", { days: d })}
              </option>
            ))}
          </select>
        </div>
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
            {REQUEST_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`requests.filters.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="rq-more" open={more}>
        <summary>{t("requests.filters.more")}</summary>
        <div className="rq-filter-grid">
          <div className="field">
            <label htmlFor="f-stage">{t("requests.filters.stage")}</label>
            <select id="f-stage" name="stage" defaultValue={filters.stage ?? ""}>
              {any}
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`requests.filters.stages.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-age">{t("requests.filters.age")}</label>
            <select id="f-age" name="age" defaultValue={filters.age ?? ""}>
              {any}
              {AGE_BUCKETS.map((b) => (
                <option key={b.key} value={b.key}>
                  {t(`requests.filters.ages.${b.key}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-legal-basis">{t("requests.filters.legalBasis")}</label>
            <select id="f-legal-basis" name="legalBasis" defaultValue={filters.legalBasis ?? ""}>
              {any}
              {LEGAL_BASES.map((b) => (
                <option key={b} value={b}>
                  {t(`legalBases.${b}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-measure-type">{t("requests.filters.measureType")}</label>
            <select id="f-measure-type" name="measureType" defaultValue={filters.measureType ?? ""}>
              {any}
              {MEASURE_TYPES.map((m) => (
                <option key={m} value={m}>
                  {t(`measureTypes.${m}`)}
                </option>
              ))}
            </select>
          </div>
          {units ? (
            <div className="field">
              <label htmlFor="f-unit">{t("requests.filters.unit")}</label>
              <select id="f-unit" name="unit" defaultValue={filters.unit ?? ""}>
                {any}
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            filters.unit && <input type="hidden" name="unit" value={filters.unit} />
          )}
          <div className="field">
            <label htmlFor="f-from">{t("requests.filters.from")}</label>
            <input id="f-from" name="from" type="date" min="1990-01-01" max="2100-12-31" defaultValue={filters.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("requests.filters.to")}</label>
            <input id="f-to" name="to" type="date" min="1990-01-01" max="2100-12-31" defaultValue={filters.to ?? ""} />
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
      <div className="rq-actions">
        <button type="submit" className="button primary">
          {t("requests.filters.apply")}
        </button>
        <Link href="/requests" className="button">
          {t("requests.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
