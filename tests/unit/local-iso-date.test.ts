import { describe, expect, it } from "vitest";
import { localIsoDate } from "@/lib/dates";

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
