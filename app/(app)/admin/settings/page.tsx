import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { assertCan, can, type Action } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";

/** The pages an administrator runs the tracker with, each with what it is for. */
const SETTINGS: { href: string; key: "units" | "checklist" | "deadlines" | "retention"; action: Action }[] = [
  { href: "/admin/units", key: "units", action: "reference.manage" },
  { href: "/admin/checklist", key: "checklist", action: "reference.manage" },
  { href: "/admin/deadlines", key: "deadlines", action: "reference.manage" },
  { href: "/admin/retention", key: "retention", action: "retention.manage" },
];

export default async function SettingsPage() {
  const ctx = await requestContext();
  await loadOrDeny(async () => assertCan(ctx.actor, "reference.manage"));
  const t = await getTranslations("settings");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="settings-list">
        {SETTINGS.filter((s) => can(ctx.actor, s.action)).map((s) => (
          <li key={s.href} className="panel">
            <h2>
              <Link href={s.href}>{t(s.key)}</Link>
            </h2>
            <p className="muted">{t(`${s.key}Help`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
