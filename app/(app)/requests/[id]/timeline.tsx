import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { TIMESTAMP_FORMAT } from "@/app/_components/timestamp";
import { dateTimeFormat } from "@/lib/i18n/date-formats";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { fieldLabelKey, fieldLabelKeyOf } from "@/lib/requests/field-labels";
import type { RequestView } from "@/lib/requests/get-request";
import { transitionNamed } from "@/lib/requests/transitions";
import { TimelineView, type TimelineEntry } from "./timeline-view";
import { visibilityMark } from "./visibility-mark";

type Event = RequestView["events"][number];

const asString = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/**
 * The audit trail in order: who did what when, the move between statuses and what was
 * said with it; the viewer's side's internal events are marked. Event data is read
 * defensively: it is stored as free JSON.
 */
export async function RequestPageTimeline({ events }: { events: RequestView["events"] }) {
  const [t, format, locale, timeZone] = await Promise.all([getTranslations(), getFormatter(), getLocale(), getTimeZone()]);
  const label = (group: string, key: string | undefined) => (key && t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  if (events.length === 0) return <p className="muted">{t("requestPage.timeline.empty")}</p>;

  function details(event: Event) {
    const data = event.data ?? {};
    const items: { term: string; value: string; long?: boolean }[] = [];
    const text = asString(data.text);
    if (text) {
      const requires = transitionNamed(event.action)?.requires;
      items.push({ term: requires ? t(`requiredTexts.${requires}`) : t("requestPage.timeline.text"), value: text, long: true });
    }
    if (event.action === "checklistItemWaived") {
      // The item as labelled when it was waived (the rules may have been reworded since).
      const labels = data.itemLabel && typeof data.itemLabel === "object" ? (data.itemLabel as Record<string, unknown>) : {};
      const itemLabel = asString(labels[locale]);
      items.push({ term: t("checklists.item"), value: itemLabel ?? asString(data.itemKey) ?? "" });
      const reason = asString(data.reason);
      if (reason) items.push({ term: t("checklists.waiverReason"), value: reason, long: true });
    }
    if (event.action === "legalHoldSet" || event.action === "legalHoldLifted") {
      const reason = asString(data.reason);
      if (reason) items.push({ term: t("retention.request.reasons"), value: reason, long: true });
    }
    // Who was put in charge (ownerAssigned, handlerAssigned), as named at the time.
    const inChargeName = event.action === "ownerAssigned" || event.action === "handlerAssigned" ? asString(data.name) : undefined;
    if (inChargeName) items.push({ term: t("requestPage.timeline.personInCharge"), value: inChargeName });
    const type = asString(data.type);
    if (type) items.push({ term: t(fieldLabelKey("type")), value: label("measureTypes", type)! });
    const documentType = asString(data.documentType);
    if (documentType) items.push({ term: t("documents.form.type"), value: label("documents.types", documentType)! });
    const measureStatus = asString(data.status);
    if (measureStatus) items.push({ term: t(fieldLabelKey("status")), value: label("measureStatuses", measureStatus)! });
    const pseudonym = asString(data.pseudonym);
    if (pseudonym) items.push({ term: t(fieldLabelKey("pseudonym")), value: pseudonym });
    if (Array.isArray(data.fields) && data.fields.length > 0) {
      const fieldName = (f: string) => {
        const key = fieldLabelKeyOf(f);
        return key && t.has(key) ? t(key) : f;
      };
      const names = data.fields.filter((f): f is string => typeof f === "string").map(fieldName);
      items.push({ term: t("requestPage.timeline.fieldsChanged"), value: names.join(", ") });
    }
    const foreignReference = asString(data.foreignReference);
    if (foreignReference) items.push({ term: t(fieldLabelKey("foreignReference")), value: foreignReference });
    const channel = asString(data.channel);
    if (channel) items.push({ term: t(fieldLabelKey("transmissionChannel")), value: label("channels", channel)! });
    const transmittedOn = asString(data.transmittedOn);
    if (transmittedOn && /^\d{4}-\d{2}-\d{2}$/.test(transmittedOn)) {
      items.push({ term: t(fieldLabelKey("transmittedOn")), value: format.dateTime(calendarDate(transmittedOn), CALENDAR_DATE) });
    }
    return items;
  }

  const eventTime = dateTimeFormat(locale, { ...TIMESTAMP_FORMAT, dateStyle: "medium", timeZone });
  const entries = events.map(
    (event): TimelineEntry => ({
      seq: event.seq,
      at: event.at.toISOString(),
      atText: eventTime.format(event.at),
      internal: visibilityMark(t, event.visibility),
      action: label("eventActions", event.action) ?? "",
      actorName: event.actorName,
      move: event.toStatus
        ? event.fromStatus
          ? t("requestPage.timeline.move", { from: label("statuses", event.fromStatus)!, to: label("statuses", event.toStatus)! })
          : t("requestPage.timeline.status", { to: label("statuses", event.toStatus)! })
        : null,
      erased: event.erasedAt ? t("retention.request.eventErased") : null,
      details: details(event),
    }),
  );
  return <TimelineView entries={entries} />;
}
