import { Link } from "@/app/_components/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { getTranslations } from "next-intl/server";
import { NextDeadline } from "@/app/_components/requests-next-deadline";
import { RequestStatusBadge } from "@/app/_components/requests-status-badge";
import { Timestamp } from "@/app/_components/timestamp";
import type { WorkItem, WorkList } from "@/lib/work/items";
import type { WorkSection as Section } from "@/lib/work/my-work";

/** One section of the home page: a heading, how many requests, and each request as a link to it. */
export async function WorkSection({
  section, list, now, note, seeAllHref,
}: { section: Section; list: WorkList; now: Date; note?: string; seeAllHref?: string }) {
  const t = await getTranslations("work");
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
        <ul className="work-list">
          {list.items.map((item) => (
            <WorkLine key={item.id} item={item} now={now} />
          ))}
        </ul>
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

/** Synchronous (next-intl's hooks): an async component per line would make React send each line as a chunk of its own. */
function WorkLine({ item, now }: { item: WorkItem; now: Date }) {
  const t = useTranslations("work");
  const tAction = useTranslations("eventActions");
  return (
    <li className={item.overdue ? "work-item work-item-overdue" : "work-item"} data-reference={item.reference}>
      <p className="work-line">
        <Link href={`/requests/${item.id}`} className="rq-ref">
          {item.reference}
        </Link>
        <RequestStatusBadge status={item.status} />
        <span>{item.countryName}</span>
        {item.requestingUnitName && <span className="muted">{t("from", { unit: item.requestingUnitName })}</span>}
      </p>
      <p className="work-line">
        <span>
          <span className="muted">{t("nextDeadline")}</span> <NextDeadline dueAt={item.nextDueAt} error={item.deadlineError} now={now} />
        </span>
        {item.latest && (
          <span>
            <strong>{tAction(item.latest.action)}</strong> <span className="muted">·</span> <Timestamp at={item.latest.at} />
          </span>
        )}
      </p>
    </li>
  );
}
