import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import type { Ctx } from "@/lib/context";
import { countUsers } from "@/lib/users/directory";

/** The administrator's home: accounts, never case content. */
export async function AdminHome({ ctx }: { ctx: Ctx }) {
  const [counts, t] = await Promise.all([countUsers(ctx), getTranslations("home")]);
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
