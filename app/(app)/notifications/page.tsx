import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { requestContext } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/inbox";
import { notificationDelivery } from "@/lib/users/set-notification-delivery";
import { markReadAction } from "./actions";
import { DeliveryForm } from "./delivery-form";

export default async function NotificationsPage() {
  const ctx = await requestContext();
  const [items, delivery, t, format] = await Promise.all([
    listNotifications(ctx),
    notificationDelivery(ctx),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  const unread = items.filter((n) => !n.read).length;
  return (
    <>
      <h1>{t("title")}</h1>
      {unread > 0 && (
        <form action={markReadAction}>
          <input type="hidden" name="id" value="all" />
          <button type="submit" className="button small">
            {t("markAllRead")}
          </button>
        </form>
      )}
      {items.length === 0 ? (
        <p className="muted">{t("empty")}</p>
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
      <section className="panel" aria-labelledby="preferences-title">
        <h2 id="preferences-title">{t("preferences.title")}</h2>
        <DeliveryForm current={delivery} />
      </section>
    </>
  );
}
