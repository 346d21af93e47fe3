import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/app/_components/locale-switcher";
import { signOutAction } from "@/app/_lib/sign-out-action";
import { navigationFor } from "@/lib/access/navigation";
import { accountContext } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/inbox";

/**
 * Every page under here needs a signed-in, active account; the pages check their own access
 * too. The layout also frames /account, where an account whose setup is pending is sent
 * (every other page sends it there through requestContext).
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [ctx, t] = await Promise.all([accountContext(), getTranslations()]);
  const { actor } = ctx;
  const unread = await unreadCount(ctx);
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul>
            {navigationFor(actor).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.labelKey}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="who" data-testid="signed-in-user">
            {t("nav.signedInAs", { name: actor.name })} · {t(`roles.${actor.role}`)}
          </span>
          <Link href="/account">{t("accounts.topBarLink")}</Link>
          <Link href="/notifications" className="bell" aria-label={t("notifications.bell", { count: unread })}>
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
            {unread > 0 && <span className="bell-count">{unread}</span>}
          </Link>
          <LocaleSwitcher />
          <form action={signOutAction}>
            <button type="submit" className="button small">
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </header>
      <main className="content">{children}</main>
    </>
  );
}
