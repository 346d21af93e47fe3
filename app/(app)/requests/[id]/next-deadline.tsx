import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { Clock, ClockResult } from "@/lib/deadlines/compute";

/** The running clocks (an overdue one runs on until it stops), as the list's "next deadline" reads them. */
function soonestRunning(clocks: Clock[]): Clock | undefined {
  const running = clocks.filter((c) => c.state === "running" || (c.state === "breached" && !c.stoppedAt));
  return running.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}

/** The next deadline of the request: which clock, when, how many days are left or late, and whose move it is. */
export async function NextDeadlineFact({ clocks }: { clocks: ClockResult }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const next = clocks.ok ? soonestRunning(clocks.clocks) : undefined;
  const days = (clock: Clock) => {
    if (clock.daysLeft === null) return null;
    const working = clock.unit === "working";
    return clock.daysLeft >= 0
      ? t(working ? "deadlines.workingDaysLeft" : "deadlines.daysLeft", { count: clock.daysLeft })
      : t(working ? "deadlines.workingDaysLate" : "deadlines.daysLate", { count: -clock.daysLeft });
  };
  return (
    <div className="rp-now-fact">
      <p className="rp-now-label">{t("requestPage.now.deadline.label")}</p>
      {!clocks.ok ? (
        <p>{t("requestPage.now.deadline.unknown")}</p>
      ) : !next ? (
        <p className="muted">{t("requestPage.now.deadline.none")}</p>
      ) : (
        <>
          <p className="rp-now-deadline">
            <strong>{t(`clocks.${next.kind}`)}</strong> —{" "}
            <time dateTime={next.dueAt.toISOString()}>{format.dateTime(next.dueAt, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
            <span className={`badge ${next.daysLeft !== null && next.daysLeft < 0 ? "badge-danger" : "badge-muted"}`}>{days(next)}</span>
          </p>
          <p className="small muted">{t(`deadlines.side.${next.side}`)}</p>
        </>
      )}
      <p className="small">
        <a href="#deadlines">{t("requestPage.now.deadline.all")}</a>
      </p>
    </div>
  );
}
