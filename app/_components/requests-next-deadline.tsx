import { getFormatter, getTranslations } from "next-intl/server";

/** A request's next deadline in the list: its date, flagged when passed, or "cannot compute". */
export async function NextDeadline({ dueAt, error, now }: { dueAt: Date | null; error: string | null; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("requests.list"), getFormatter()]);
  if (error) return <span className="badge badge-warn">{t("cannotCompute")}</span>;
  if (!dueAt) return <span className="muted">{t("none")}</span>;
  const overdue = dueAt < now;
  return (
    <span className={overdue ? "rq-overdue" : undefined}>
      <time dateTime={dueAt.toISOString()}>{format.dateTime(dueAt, { dateStyle: "short" })}</time>
      {overdue && <span className="badge badge-danger">{t("overdue")}</span>}
    </span>
  );
}
