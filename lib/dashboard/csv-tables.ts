import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import type { CsvCell } from "@/lib/export/csv";
import { inLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";
import { AGE_BUCKETS } from "@/lib/requests/request-filters";
import { ageingFigures } from "./ageing";
import { countryFigures } from "./by-country";
import { resolveDashboardFilters, type DashboardFilterInput } from "./filters";
import { forecastRequests } from "./forecast";
import { headlineFigures } from "./headline";
import { countryRows } from "./load-dashboard";
import { AGEING_STATES, COUNTRY_TABLE_STATES, TIME_IN_STATE_STATES } from "./states";
import { averageDaysIn, timeInState } from "./time-in-state";

/** The dashboard's tables that can be downloaded, by their name in the URL. */
export const DASHBOARD_TABLES = ["headline", "countries", "ageing", "time-in-state", "due-soon", "at-risk"] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** Rows enough for any unit; the export is a file, not a page. */
const EXPORT_ROWS = 100_000;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/**
 * One dashboard table as CSV rows, in the actor's language: the page's figures for these
 * filters, computed by the same queries (manager only) — all of them afresh, where the page may
 * show statistics kept for a few minutes (figures-cache.ts).
 */
export async function dashboardCsvTable(ctx: Ctx, table: DashboardTable, raw: DashboardFilterInput): Promise<CsvTable> {
  assertCan(ctx.actor, "dashboard.view");
  const now = ctx.now();
  const at: Ctx = { ...ctx, now: () => now };
  const filters = await resolveDashboardFilters(at, raw);
  const t = translatorFor(ctx.actor.locale);
  const c = (key: string, values?: Record<string, string | number>) => t(`dashboard.csv.${key}`, values);
  const status = (s: string) => t(`statuses.${s}`);
  const countryName = (row: { nameFr: string; nameEn: string }) => inLocale(ctx.actor.locale, { fr: row.nameFr, en: row.nameEn });
  const when = (date: Date | null, withTime = true) =>
    date
      ? new Intl.DateTimeFormat("sv-SE", { timeZone: ctx.actor.timeZone, dateStyle: "short", ...(withTime ? { timeStyle: "short" } : {}) }).format(date)
      : null;

  switch (table) {
    case "headline": {
      const h = await headlineFigures(at, filters);
      const figure = (key: string) => t(`dashboard.headline.${key}`);
      return {
        header: [c("figure"), c("value"), c("requests")],
        rows: [
          [figure("open"), h.open, null],
          [figure("overdue"), h.overdue, null],
          [figure("dueWithin14Days"), h.dueWithin14Days, null],
          [figure("waitingOnRequested"), h.waitingOnRequested, null],
          [figure("waitingOnRequesting"), h.waitingOnRequesting, null],
          [figure("medianToAcknowledgement"), h.medianDaysToAcknowledgement, h.acknowledgedCount],
          [figure("medianToExecution"), h.medianDaysToExecution, h.executedCount],
        ],
      };
    }
    case "countries": {
      const rows = countryRows(await countryFigures(at, filters), await timeInState(at, filters));
      return {
        header: [
          c("countryCode"), c("country"), c("requests"), c("open"), c("overdue"), c("transmitted"), c("refused"), c("refusedShare"),
          ...COUNTRY_TABLE_STATES.map((s) => c("medianDays", { state: status(s) })),
        ],
        rows: rows.map((r) => [
          r.countryCode, countryName(r), r.requests, r.open, r.overdue, r.transmitted, r.refused,
          r.refusedShare === null ? null : Math.round(r.refusedShare * 1000) / 10,
          ...COUNTRY_TABLE_STATES.map((s) => r.medianDays[s] ?? null),
        ]),
      };
    }
    case "ageing": {
      const cells = await ageingFigures(at, filters);
      const count = (s: string, b: string) => cells.find((x) => x.status === s && x.bucket === b)?.requests ?? 0;
      return {
        header: [c("state"), ...AGE_BUCKETS.map((b) => t(`dashboard.ageing.buckets.${b.key}`)), t("dashboard.ageing.total")],
        rows: AGEING_STATES.map((s) => [
          status(s), ...AGE_BUCKETS.map((b) => count(s, b.key)), AGE_BUCKETS.reduce((n, b) => n + count(s, b.key), 0),
        ]),
      };
    }
    case "time-in-state": {
      const [countries, states] = await Promise.all([countryFigures(at, filters), timeInState(at, filters)]);
      // Empty where no request of the country went through the state, as the page's "—".
      const average = (code: string, s: string) => averageDaysIn(states, code, s) ?? null;
      return {
        header: [c("countryCode"), c("country"), c("requests"), ...TIME_IN_STATE_STATES.map((s) => c("averageDays", { state: status(s) }))],
        rows: countries.map((r) => [r.countryCode, countryName(r), r.requests, ...TIME_IN_STATE_STATES.map((s) => average(r.countryCode, s))]),
      };
    }
    case "due-soon":
    case "at-risk": {
      const [dueSoon, atRisk] = await forecastRequests(at, filters, EXPORT_ROWS);
      const rows = table === "due-soon" ? dueSoon : atRisk;
      return {
        header: [c("reference"), c("case"), c("countryCode"), c("country"), c("state"), c("nextDue"), c("hardDate"), c("expectedCompletion")],
        rows: rows.map((r) => [
          r.reference, r.caseReference, r.countryCode, inLocale(ctx.actor.locale, { fr: r.countryNameFr, en: r.countryNameEn }), status(r.status),
          when(r.nextDueAt), r.caseHardDate, when(r.expectedCompletion, false),
        ]),
      };
    }
  }
}
