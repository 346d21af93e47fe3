import { and, asc, eq, inArray, isNotNull, min } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { cases, countries, deadlineTargets, measures, requestEvents, requests, units } from "@/db/schema";
import { ownDateOf, storedDetails } from "@/lib/requests/measure-details";
import type { ClockInput } from "./compute";
import type { MeasureClockInput } from "./measure-clocks";
import type { DeadlineTargets } from "./policies";

/** The administrator's overrides of the product targets (a target left out keeps its shipped value). */
export async function loadDeadlineTargets(db: Db): Promise<DeadlineTargets> {
  const rows = await db.select({ key: deadlineTargets.key, days: deadlineTargets.days }).from(deadlineTargets);
  return Object.fromEntries(rows.map((r) => [r.key, r.days]));
}

/**
 * The clock inputs of a batch of requests, in five queries whatever the batch size
 * (requests, events, measures, follow-up requests, the targets in effect).
 */
export async function loadClockInputs(db: Db, requestIds: readonly string[]): Promise<Map<string, ClockInput>> {
  const inputs = new Map<string, ClockInput>();
  if (requestIds.length === 0) return inputs;
  const ids = [...requestIds];
  const requestingCountry = alias(countries, "requesting_country");

  const [rows, events, measureRows, followUps, targets] = await Promise.all([
    db
      .select({
        id: requests.id,
        legalBasis: requests.legalBasis,
        urgency: requests.urgency,
        status: requests.status,
        transmittedAt: requests.transmittedAt,
        requestingCountry: requestingCountry.code,
        requestingTimeZone: requestingCountry.timeZone,
        requestedCountry: countries.code,
        requestedTimeZone: countries.timeZone,
        caseHardDate: cases.hardDate,
      })
      .from(requests)
      .innerJoin(units, eq(units.id, requests.requestingUnitId))
      .innerJoin(requestingCountry, eq(requestingCountry.code, units.countryCode))
      .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
      .innerJoin(cases, eq(cases.id, requests.caseId))
      .where(inArray(requests.id, ids)),
    db
      .select({ requestId: requestEvents.requestId, at: requestEvents.at, action: requestEvents.action })
      .from(requestEvents)
      .where(inArray(requestEvents.requestId, ids))
      .orderBy(asc(requestEvents.requestId), asc(requestEvents.seq)),
    db
      .select({
        requestId: measures.requestId,
        id: measures.id,
        type: measures.type,
        details: measures.details,
        status: measures.status,
        updatedAt: measures.updatedAt,
      })
      .from(measures)
      .where(inArray(measures.requestId, ids))
      .orderBy(asc(measures.requestId), asc(measures.position)),
    // The full request that follows a preservation is a supplementary request, once transmitted.
    db
      .select({ parentId: requests.parentRequestId, at: min(requests.transmittedAt) })
      .from(requests)
      .where(and(inArray(requests.parentRequestId, ids), isNotNull(requests.transmittedAt)))
      .groupBy(requests.parentRequestId),
    loadDeadlineTargets(db),
  ]);

  const eventsByRequest = new Map<string, { at: Date; action: string }[]>();
  for (const e of events) {
    const list = eventsByRequest.get(e.requestId) ?? [];
    list.push({ at: e.at, action: e.action });
    eventsByRequest.set(e.requestId, list);
  }
  const measuresByRequest = new Map<string, MeasureClockInput[]>();
  for (const m of measureRows) {
    const list = measuresByRequest.get(m.requestId) ?? [];
    list.push({
      id: m.id,
      type: m.type,
      number: list.length + 1,
      ownDate: ownDateOf(m.type, storedDetails(m.type, m.details)),
      // A settled measure is not written to again: its last change is when it was settled.
      settledAt: m.status === "returned" || m.status === "not_executable" ? m.updatedAt : null,
    });
    measuresByRequest.set(m.requestId, list);
  }
  const followed = new Map(followUps.map((f) => [f.parentId!, f.at]));

  for (const r of rows) {
    inputs.set(r.id, {
      legalBasis: r.legalBasis,
      urgency: r.urgency,
      status: r.status,
      requesting: { countryCode: r.requestingCountry, timeZone: r.requestingTimeZone },
      requested: { countryCode: r.requestedCountry, timeZone: r.requestedTimeZone },
      transmittedAt: r.transmittedAt,
      hasPreservation: (measuresByRequest.get(r.id) ?? []).some((m) => m.type === "expedited_preservation"),
      preservationFollowedAt: followed.get(r.id) ?? null,
      caseHardDate: r.caseHardDate,
      events: eventsByRequest.get(r.id) ?? [],
      targets,
      measures: measuresByRequest.get(r.id) ?? [],
    });
  }
  return inputs;
}
