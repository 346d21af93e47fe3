import { Link } from "@/app/_components/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { HeadlineFigures } from "@/lib/dashboard/headline";
import { useDaysText } from "./days-text";
import { requestsHref, type FigureSelection } from "./links";
import { SectionHeading } from "./section-heading";

/** The headline figures; each count opens the list of its requests, each median the requests it is drawn from. */
export function HeadlineSection({ headline, filters }: { headline: HeadlineFigures; filters: DashboardFilters }) {
  const t = useTranslations("dashboard");
  const daysText = useDaysText();
  const counts: [key: string, value: number, selection: FigureSelection][] = [
    ["open", headline.open, { stage: "open" }],
    ["overdue", headline.overdue, { due: "overdue", sort: "due_asc" }],
    ["dueWithin14Days", headline.dueWithin14Days, { due: "14", sort: "due_asc" }],
    ["waitingOnRequested", headline.waitingOnRequested, { stage: "requested_side" }],
    ["waitingOnRequesting", headline.waitingOnRequesting, { stage: "requesting_side" }],
  ];
  const basis = (count: number) => t(headline.medianWindow ? "headline.medianLast12Months" : "headline.medianInPeriod", { count });
  const medians: [key: string, days: number | null, count: number][] = [
    ["medianToAcknowledgement", headline.medianDaysToAcknowledgement, headline.acknowledgedCount],
    ["medianToExecution", headline.medianDaysToExecution, headline.executedCount],
  ];
  return (
    <section aria-labelledby="db-headline-title" className="db-section">
      <SectionHeading id="db-headline-title" title={t("headline.title")} table="headline" filters={filters} />
      <dl className="figures db-figures">
        {counts.map(([key, value, selection]) => (
          <div key={key} data-figure={key}>
            <dt>{t(`headline.${key}`)}</dt>
            <dd>
              <Link href={requestsHref(filters, selection)}>{value}</Link>
            </dd>
          </div>
        ))}
        {medians.map(([key, days, count]) => (
          <div key={key} data-figure={key}>
            <dt>{t(`headline.${key}`)}</dt>
            <dd>
              <Link href={requestsHref(filters)}>{daysText(days)}</Link>
              <span className="db-figure-note">{basis(count)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
