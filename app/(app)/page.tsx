import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { countryName } from "@/lib/reference/countries";
import { myWork, SECTION_LIST_FILTERS, WORK_SECTIONS } from "@/lib/work/my-work";
import { AdminHome } from "./_home/admin-home";
import { WorkSection } from "./_home/work-section";

/** The home page is the user's work: what waits for their move first, then what is new and what falls due. */
export default async function HomePage() {
  const ctx = await requestContext();
  const { actor } = ctx;
  if (actor.role === "admin") return <AdminHome ctx={ctx} />;

  const [work, country, t, tWork, format] = await Promise.all([
    myWork(ctx),
    countryName(ctx.db, actor.countryCode, actor.locale),
    getTranslations("home"),
    getTranslations("work"),
    getFormatter(),
  ]);
  const values = { unit: actor.unitName ?? "", country: country ?? "" };
  const sinceNote = work.firstVisit
    ? tWork("firstVisit")
    : tWork("since", { at: format.dateTime(work.since, { dateStyle: "medium", timeStyle: "short" }) });
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t(`${actor.role}.title`, values)}</h1>
      <p className="lead">{t(`${actor.role}.intro`, values)}</p>
      {can(actor, "dashboard.view") && (
        <p>
          <Link href="/dashboard" className="button primary">
            {t("manager.openDashboard")}
          </Link>
        </p>
      )}
      <div className="work-sections">
        {WORK_SECTIONS.map((section) => {
          const list = work.sections[section];
          const filters = SECTION_LIST_FILTERS[section];
          return (
            list && (
              <WorkSection
                key={section}
                section={section}
                list={list}
                now={ctx.now()}
                note={section === "newSinceLastVisit" ? sinceNote : undefined}
                seeAllHref={filters && `/requests?${new URLSearchParams(filters).toString()}`}
              />
            )
          );
        })}
      </div>
    </section>
  );
}
