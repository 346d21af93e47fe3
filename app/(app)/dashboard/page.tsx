import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { foreignCountryOptions } from "@/app/_components/country-options";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { actorSides } from "@/lib/access/request-access";
import { requestContext } from "@/lib/auth/session";
import { DASHBOARD_FILTER_KEYS } from "@/lib/dashboard/filters";
import { loadDashboardPage } from "@/lib/dashboard/load-dashboard";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { inLocale } from "@/lib/i18n/locale";
import { AgeingSection } from "./ageing-section";
import { CountriesSection } from "./countries-section";
import { DashboardFilterForm } from "./filter-form";
import { ForecastSection } from "./forecast-section";
import { HeadlineSection } from "./headline-section";
import { TimeInStateSection } from "./time-in-state-section";
import "./dashboard.css";


/**
 * The managers' delay dashboard (manager only: anyone else gets 403). Bad filters are
 * shown next to their field, with no figures, rather than figures for something else.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  const raw = firstValues(params, DASHBOARD_FILTER_KEYS);

  const { units, countries, dashboard, errors } = await loadOrDeny(() => loadDashboardPage(ctx, raw));
  const [t, format, locale] = await Promise.all([getTranslations("dashboard"), getFormatter(), getLocale()]);
  const day = (iso: string) => format.dateTime(calendarDate(iso), CALENDAR_DATE);
  // To the minute: statistics kept from an earlier minute than the counts say so (figures-cache.ts).
  const figuresAt = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  const sides = actorSides(ctx.actor);
  // A manager who also receives requests: the note names the countries received for.
  const receiving = countries
    .filter((c) => ctx.actor.receivingCountryCodes.includes(c.code))
    .map((c) => inLocale(locale, { fr: c.nameFr, en: c.nameEn }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <DashboardFilterForm
        values={raw}
        errors={errors}
        units={units}
        countries={foreignCountryOptions(countries, ctx.actor.countryCode, locale)}
        bothSides={sides.requesting && sides.requested}
      />
      {!dashboard ? (
        <p role="alert" className="alert alert-error">
          {t("filters.invalid")}
        </p>
      ) : (
        <>
          <p className="help db-scope">
            {t(receiving.length ? "scopeNoteReceiving" : "scopeNote", {
              now: figuresAt(dashboard.now),
              units: units.map((u) => u.name).join(", "),
              countries: receiving.join(", "),
            })}
            {figuresAt(dashboard.statisticsAt) !== figuresAt(dashboard.now) &&
              ` ${t("statisticsNote", { at: figuresAt(dashboard.statisticsAt) })}`}
            {(dashboard.filters.from || dashboard.filters.to) &&
              ` ${t("periodNote", {
                from: dashboard.filters.from ? day(dashboard.filters.from) : t("periodOpenStart"),
                to: dashboard.filters.to ? day(dashboard.filters.to) : t("periodOpenEnd"),
              })}`}
          </p>
          <HeadlineSection headline={dashboard.headline} filters={dashboard.filters} />
          <CountriesSection rows={dashboard.countries} filters={dashboard.filters} />
          <AgeingSection cells={dashboard.ageing} filters={dashboard.filters} />
          <TimeInStateSection stays={dashboard.timeInState} countries={dashboard.countries} filters={dashboard.filters} />
          <ForecastSection forecast={dashboard.forecast} filters={dashboard.filters} />
        </>
      )}
    </>
  );
}
