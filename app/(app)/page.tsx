import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { countryName } from "@/lib/reference/countries";
import { countUsers } from "@/lib/users/directory";

/** The home page differs per role: each sees their own scope and what they can do in it. */
export default async function HomePage() {
  const [ctx, t] = await Promise.all([requestContext(), getTranslations("home")]);
  const { actor } = ctx;

  if (actor.role === "admin") {
    const counts = await countUsers(ctx);
    return (
      <section aria-labelledby="home-title">
        <h1 id="home-title">{t("admin.title")}</h1>
        <p className="lead">{t("admin.intro")}</p>
        <dl className="figures">
          <div>
            <dt>{t("admin.activeUsers")}</dt>
            <dd>{counts.active}</dd>
          </div>
          <div>
            <dt>{t("admin.disabledUsers")}</dt>
            <dd>{counts.disabled}</dd>
          </div>
        </dl>
        <p>
          <Link href="/admin/users" className="button primary">
            {t("admin.manageUsers")}
          </Link>
        </p>
      </section>
    );
  }

  const country = (await countryName(ctx.db, actor.countryCode, actor.locale)) ?? "";
  const values = { unit: actor.unitName ?? "", country };
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t(`${actor.role}.title`, values)}</h1>
      <p className="lead">{t(`${actor.role}.intro`, values)}</p>
      <div className="panels">
        <section className="panel" aria-labelledby="scope-title">
          <h2 id="scope-title">{t("scope")}</h2>
          <dl className="facts">
            <dt>{t("role")}</dt>
            <dd>{(await getTranslations("roles"))(actor.role)}</dd>
            <dt>{t("unit")}</dt>
            <dd>{actor.unitName}</dd>
            <dt>{t("country")}</dt>
            <dd>{country}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="can-title">
          <h2 id="can-title">{t("youCan")}</h2>
          <ul>
            <li>{t(`${actor.role}.can1`)}</li>
            <li>{t(`${actor.role}.can2`)}</li>
            <li>{t(`${actor.role}.can3`)}</li>
          </ul>
          {can(actor, "dashboard.view") && (
            <p>
              <Link href="/dashboard" className="button primary">
                {t("manager.openDashboard")}
              </Link>
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
