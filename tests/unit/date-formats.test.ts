import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { TIMESTAMP_FORMAT } from "@/app/_components/timestamp";
import { localIsoDate } from "@/lib/dates";
import { dateTimeFormat } from "@/lib/i18n/date-formats";

describe("localIsoDate", () => {
  // 23:30 UTC on 31 December: already New Year's Day in Manila and in Paris, not in Bogotá.
  const instant = new Date("2026-12-31T23:30:00Z");

  it("gives the day the instant falls on in each zone, each zone with its own formatter", () => {
    expect(localIsoDate(instant, "Asia/Manila")).toBe("2027-01-01");
    expect(localIsoDate(instant, "America/Bogota")).toBe("2026-12-31");
    expect(localIsoDate(instant, "Europe/Paris")).toBe("2027-01-01");
    expect(localIsoDate(instant, "America/Bogota")).toBe("2026-12-31");
    expect(localIsoDate(new Date("2026-06-30T22:30:00Z"), "Europe/Paris")).toBe("2026-07-01");
  });

  it("refuses a zone that does not exist, every time", () => {
    expect(() => localIsoDate(instant, "Mars/Olympus")).toThrow(RangeError);
    expect(() => localIsoDate(instant, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("dateTimeFormat", () => {
  const at = new Date("2026-03-29T00:45:00Z");
  const styles = [TIMESTAMP_FORMAT, { ...TIMESTAMP_FORMAT, dateStyle: "medium" }, { dateStyle: "short" }] as const;

  it("reads as next-intl's format.dateTime does, in each locale, zone and style", () => {
    for (const locale of ["fr", "en"])
      for (const timeZone of ["Europe/Paris", "Asia/Manila", "America/Bogota"]) {
        const format = createFormatter({ locale, timeZone });
        for (const style of styles) expect(dateTimeFormat(locale, { ...style, timeZone }).format(at)).toBe(format.dateTime(at, style));
      }
  });

  it("keeps one formatter per locale and options", () => {
    expect(dateTimeFormat("fr", { dateStyle: "short", timeZone: "Asia/Manila" })).toBe(dateTimeFormat("fr", { dateStyle: "short", timeZone: "Asia/Manila" }));
    expect(dateTimeFormat("fr", { dateStyle: "short", timeZone: "Asia/Manila" })).not.toBe(dateTimeFormat("fr", { dateStyle: "short", timeZone: "Europe/Paris" }));
    expect(dateTimeFormat("fr", { dateStyle: "short", timeZone: "Asia/Manila" }).format(at)).toBe("29/03/2026");
    expect(dateTimeFormat("en", { dateStyle: "short", timeZone: "Asia/Manila" }).format(at)).toBe("3/29/26");
  });
});
