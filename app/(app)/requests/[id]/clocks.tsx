import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { Clock, ClockResult } from "@/lib/deadlines/compute";

/**
 * The request's deadlines: for each clock, whose move it is, the due date in the viewer's
 * time zone and in the responsible side's, what is left or how late it is. A time zone is
 * named as people say it ("heure de Manille", "Manila time"), not by its IANA name.
 */
export async function RequestPageClocks({ clocks, viewerTimeZone }: { clocks: ClockResult; viewerTimeZone: string }) {
  const [t, tClock, tZone, tAll, format] = await Promise.all([
    getTranslations("deadlines"),
    getTranslations("clocks"),
    getTranslations("timeZones"),
    getTranslations(),
    getFormatter(),
  ]);
  // A measure's clock is named after its measure: "Measure 2: Hearing of a minor victim".
  const title = (clock: Clock) =>
    clock.measure ? t("measureClock", { number: clock.measure.number, type: tAll(`measureTypes.${clock.measure.type}`) }) : tClock(clock.kind);
  if (!clocks.ok) {
    return (
      <p role="alert" className="alert alert-error">
        {t("cannotCompute")}
      </p>
    );
  }
  // The zones of the reference data are named; another falls back to its city ("America/Sao_Paulo" → "Sao Paulo").
  const place = (timeZone: string) =>
    tZone.has(`places.${timeZone}`) ? tZone(`places.${timeZone}`) : tZone("other", { city: (timeZone.split("/").pop() ?? timeZone).replaceAll("_", " ") });
  const dueIn = (date: Date, timeZone: string) =>
    tZone("at", { date: format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone }), zone: place(timeZone) });
  return (
    <div className="stack">
      {clocks.hardDateAtRisk && (
        <p role="alert" className="alert alert-error">
          {t("hardDateAtRisk")}
        </p>
      )}
      {clocks.clocks.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="dl-clocks">
          {clocks.clocks.map((clock) => (
            <li key={`${clock.kind}-${clock.measure?.id ?? ""}`} className={`dl-clock dl-${clock.state}`} data-clock={clock.kind} data-measure={clock.measure?.id}>
              <p className="dl-title">
                <strong>{title(clock)}</strong> <span className={`badge dl-state-${clock.state}`}>{t(`states.${clock.state}`)}</span>
              </p>
              <p className="small">
                {t(`side.${clock.side}`)} · {t("due")} {dueIn(clock.dueAt, viewerTimeZone)}
                {clock.timeZone !== viewerTimeZone && (
                  <span className="muted"> ({dueIn(clock.dueAt, clock.timeZone)})</span>
                )}
              </p>
              {clock.daysLeft !== null && clock.state !== "paused" && (
                <p className="small">
                  {clock.daysLeft >= 0
                    ? t(clock.unit === "working" ? "workingDaysLeft" : "daysLeft", { count: clock.daysLeft })
                    : t(clock.unit === "working" ? "workingDaysLate" : "daysLate", { count: -clock.daysLeft })}
                </p>
              )}
              {clock.state === "paused" && <p className="small">{t("pausedNote")}</p>}
              {clock.pausedDays > 0 && <p className="small muted">{t("pausedDays", { count: clock.pausedDays })}</p>}
              <p className="small muted">{t(`sources.${clock.source}`, { days: clock.days, unit: clock.unit })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
