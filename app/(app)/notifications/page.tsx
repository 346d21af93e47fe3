import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { requestContext } from "@/lib/auth/session";
import { INBOX_LIMIT, notificationInbox } from "@/lib/notifications/inbox";
import { notificationDelivery } from "@/lib/users/set-notification-delivery";
import { markReadAction } from "./actions";
import { DeliveryForm } from "./delivery-form";

/** The reader's notifications, latest first — all, or the unread ones only (`?show=unread`) — and how they are told. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  // Anything else in the address shows them all.
  const unreadOnly = firstValues(params, ["show"]).show === "unread";
  const [{ items, more, unread }, delivery, t, format] = await Promise.all([
    notificationInbox(ctx, { unreadOnly }),
    notificationDelivery(ctx),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <nav className="notification-views" aria-label={t("views")}>
        <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"}>
          {t("viewAll")}
        </Link>
        <Link href="/notifications?show=unread" aria-current={unreadOnly ? "page" : undefined}>
          {t("viewUnread", { count: unread })}
        </Link>
        <a href="#preferences-title">{t("preferences.title")}</a>
      </nav>
      {unread > 0 && (
        <form action={markReadAction}>
          <input type="hidden" name="id" value="all" />
          <button type="submit" className="button small">
            {t("markAllRead")}
          </button>
        </form>
      )}
      {items.length === 0 ? (
        <p className="muted">{t(unreadOnly ? "emptyUnread" : "empty")}</p>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.read ? "read" : "unread"}>
              <p>
                {!n.read && <span className="badge badge-warn">{t("unread")}</span>} {n.text}
              </p>
              <p className="muted small">
                {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                {n.requestId && (
                  <>
                    {" · "}
                    <Link href={`/requests/${n.requestId}`}>{t("open", { reference: n.reference })}</Link>
                  </>
                )}
              </p>
              {!n.read && (
                <form action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="link-button" aria-label={t("markReadOne", { reference: n.reference })}>
                    {t("markRead")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {more && <p className="help">{t(unreadOnly ? "latestUnreadShown" : "latestShown", { count: INBOX_LIMIT })}</p>}
      <section className="panel" aria-labelledby="preferences-title">
        <h2 id="preferences-title">{t("preferences.title")}</h2>
        <DeliveryForm current={delivery} />
      </section>
    </>
  );
}
