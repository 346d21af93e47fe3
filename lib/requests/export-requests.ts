import { eq } from "drizzle-orm";
import { cases, countries, requestDeadlines, requests, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { actorSides, REQUESTING_SIDE, relationTo } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import type { CsvCell } from "@/lib/export/csv";
import { inLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";
import { fieldLabelKey } from "./field-labels";
import { LIST_ORDER } from "./list-order";
import { listCondition, parseListFilters, type ListFilters } from "./list-requests";

/** A bound on one export: far above any unit's requests, low enough to keep the server's memory safe. */
export const EXPORT_MAX_ROWS = 100_000;

/**
 * The request list as CSV rows, in the actor's language: every request of the actor's scope
 * that the list's filters select (all pages), in the list's order. Only the list's own
 * columns: no facts, no persons (victims never appear), no comments; the hard-date risk
 * only for the requesting side, whose case it is.
 */
export async function exportRequests(ctx: Ctx, raw: ListFilters = {}): Promise<{ header: string[]; rows: CsvCell[][] }> {
  assertCan(ctx.actor, "requests.list");
  const filters = parseListFilters(ctx, raw);
  const items = await ctx.db
    .select({
      reference: requests.reference,
      caseReference: cases.reference,
      countryNameFr: countries.nameFr,
      countryNameEn: countries.nameEn,
      unitName: units.name,
      status: requests.status,
      urgency: requests.urgency,
      legalBasis: requests.legalBasis,
      foreignReference: requests.foreignReference,
      createdAt: requests.createdAt,
      transmittedAt: requests.transmittedAt,
      nextDueAt: requestDeadlines.nextDueAt,
      hardDateAtRisk: requestDeadlines.hardDateAtRisk,
      requestingUnitId: requests.requestingUnitId,
      requestedCountryCode: requests.requestedCountryCode,
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .innerJoin(units, eq(units.id, requests.requestingUnitId))
    .where(listCondition(ctx, filters))
    .orderBy(...LIST_ORDER[filters.sort])
    .limit(EXPORT_MAX_ROWS);

  const { locale, timeZone } = ctx.actor;
  const t = translatorFor(locale);
  const requestingSide = actorSides(ctx.actor).requesting;
  const now = ctx.now();
  // ISO-like dates (2026-03-02 14:30) in the reader's time zone: unambiguous, and sortable.
  const dateTime = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
  const date = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short" });
  const yesNo = (value: boolean) => t(value ? "requests.csv.yes" : "requests.csv.no");
  // A column that is a field of the request is headed by the field's one label, as on the page.
  const header = [
    "requests.csv.reference",
    fieldLabelKey("caseId"),
    fieldLabelKey("requestedCountryCode"),
    "requests.csv.unit",
    "requests.csv.status",
    fieldLabelKey("urgency"),
    fieldLabelKey("legalBasis"),
    fieldLabelKey("foreignReference"),
    "requests.csv.createdAt",
    fieldLabelKey("transmittedOn"),
    "requests.csv.nextDueAt",
    "requests.csv.overdue",
  ];
  if (requestingSide) header.push("requests.csv.hardDateAtRisk");
  return {
    header: header.map((key) => t(key)),
    rows: items.map((r) => {
      const row: CsvCell[] = [
        r.reference,
        r.caseReference,
        inLocale(locale, { fr: r.countryNameFr, en: r.countryNameEn }),
        r.unitName,
        t(`statuses.${r.status}`),
        t(`urgencies.${r.urgency}`),
        t(`legalBases.${r.legalBasis}`),
        r.foreignReference,
        date.format(r.createdAt),
        r.transmittedAt ? date.format(r.transmittedAt) : null,
        r.nextDueAt ? dateTime.format(r.nextDueAt) : null,
        yesNo(r.nextDueAt !== null && r.nextDueAt < now),
      ];
      // A manager who also receives requests: the risk is told only for their own side's.
      if (requestingSide) row.push(REQUESTING_SIDE.includes(relationTo(ctx.actor, r)!) ? yesNo(r.hardDateAtRisk ?? false) : null);
      return row;
    }),
  };
}
