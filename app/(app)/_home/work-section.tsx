import { Link } from "@/app/_components/link";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { DEADLINE_DATE_FORMAT, nextDeadlineShown } from "@/app/_components/next-deadline-shown";
import { TIMESTAMP_FORMAT } from "@/app/_components/timestamp";
import { dateTimeFormat } from "@/lib/i18n/date-formats";
import type { WorkItem, WorkList } from "@/lib/work/items";
import type { WorkSection as Section } from "@/lib/work/my-work";
import { WorkLines, type WorkLine } from "./work-lines";

/** One section of the home page: a heading, how many requests, and each request as a link to it. */
export async function WorkSection({
  section, list, now, note, seeAllHref,
}: { section: Section; list: WorkList; now: Date; note?: string; seeAllHref?: string }) {
  const [t, lines] = await Promise.all([getTranslations("work"), workLines(list.items, now)]);
  const titleId = `work-${section}`;
  return (
    <section className="panel work-section" aria-labelledby={titleId}>
      <div className="work-heading">
        <h2 id={titleId}>{t(`sections.${section}.title`)}</h2>
        <span className="badge badge-muted">{t(list.exact ? "count" : "countMore", { count: list.total })}</span>
      </div>
      {note && <p className="help">{note}</p>}
      {list.total === 0 ? (
        <p className="muted">{t(`sections.${section}.empty`)}</p>
      ) : (
        <WorkLines lines={lines} nextDeadlineLabel={t("nextDeadline")} />
      )}
      {(list.total > list.items.length || !list.exact) && (
        <p className="help">
          {t(list.exact ? "shown" : "shownOfMore", { shown: list.items.length, total: list.total })}
          {seeAllHref && (
            <>
              {" "}
              <Link href={seeAllHref}>{t("seeAll")}</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}

/** Each request of a section as its line reads (work-lines.tsx): messages, and dates in the reader's time zone. */
async function workLines(items: WorkItem[], now: Date): Promise<WorkLine[]> {
  const [t, locale, timeZone] = await Promise.all([getTranslations(), getLocale(), getTimeZone()]);
  const deadlineDate = dateTimeFormat(locale, { ...DEADLINE_DATE_FORMAT, timeZone });
  const eventTime = dateTimeFormat(locale, { ...TIMESTAMP_FORMAT, timeZone });
  return items.map((item) => ({
    id: item.id,
    reference: item.reference,
    overdue: item.overdue,
    status: item.status,
    statusLabel: t(`statuses.${item.status}`),
    urgency: item.urgency === "normal" ? null : { level: item.urgency, label: t(`urgencies.${item.urgency}`) },
    country: item.countryName,
    from: item.requestingUnitName ? t("work.from", { unit: item.requestingUnitName }) : null,
    deadline: nextDeadlineShown(
      { dueAt: item.nextDueAt, error: item.deadlineError, now },
      (key) => t(`requests.list.${key}`),
      (at) => deadlineDate.format(at),
    ),
    latest: item.latest
      ? { action: t(`eventActions.${item.latest.action}`), at: item.latest.at.toISOString(), text: eventTime.format(item.latest.at) }
      : null,
  }));
}
