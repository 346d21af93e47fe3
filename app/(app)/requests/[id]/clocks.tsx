import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { Clock, ClockResult } from "@/lib/deadlines/compute";
import { ClocksView, type ClockEntry } from "./clocks-view";

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
  const entry = (clock: Clock): ClockEntry => ({
    key: `${clock.kind}-${clock.measure?.id ?? ""}`,
    kind: clock.kind,
    measureId: clock.measure?.id,
    state: clock.state,
    title: title(clock),
    stateLabel: t(`states.${clock.state}`),
    side: t(`side.${clock.side}`),
    due: t("due"),
    dueIn: dueIn(clock.dueAt, viewerTimeZone),
    dueInOtherZone: clock.timeZone !== viewerTimeZone ? dueIn(clock.dueAt, clock.timeZone) : null,
    left:
      clock.daysLeft !== null && clock.state !== "paused"
        ? clock.daysLeft >= 0
          ? t(clock.unit === "working" ? "workingDaysLeft" : "daysLeft", { count: clock.daysLeft })
          : t(clock.unit === "working" ? "workingDaysLate" : "daysLate", { count: -clock.daysLeft })
        : null,
    paused: clock.state === "paused" ? t("pausedNote") : null,
    pausedDays: clock.pausedDays > 0 ? t("pausedDays", { count: clock.pausedDays }) : null,
    source: t(`sources.${clock.source}`, { days: clock.days, unit: clock.unit }),
  });
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
        <ClocksView clocks={clocks.clocks.map(entry)} />
      )}
    </div>
  );
}
