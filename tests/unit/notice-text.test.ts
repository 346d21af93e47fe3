import { describe, expect, it } from "vitest";
import { noticeOf, noticeText } from "@/lib/notifications/notify";

/** A stored reminder row, as the bell and the e-mails read it back. */
function reminderRow(data: Record<string, string>) {
  return {
    kind: "reminder",
    requestId: "00000000-0000-4000-8000-000000000001",
    eventId: null,
    data: { reference: "MLA-2026-FR-PH-0002", clock: "execution", dueAt: "2026-08-20T15:59:59.999Z", timeZone: "Asia/Manila", ...data },
  };
}

describe("a late reminder's sentence", () => {
  it("says how late the clock was when the reminder was recorded, in the clock's unit, in both languages", () => {
    const row = reminderRow({ threshold: "breach+90", daysLate: "105", workingDays: "false" });
    expect(noticeText(noticeOf(row), "en").sentence).toBe(
      "Request MLA-2026-FR-PH-0002: execution is 105 days overdue (due August 20, 2026).",
    );
    expect(noticeText(noticeOf(row), "fr").sentence).toBe(
      "Demande MLA-2026-FR-PH-0002 — exécution : 105 jours de retard (échéance le 20 août 2026).",
    );
    const working = reminderRow({ threshold: "breach+30", daysLate: "23", workingDays: "true" });
    expect(noticeText(noticeOf(working), "en").sentence).toContain("execution is 23 working days overdue");
  });

  it("falls back on the threshold's days for a reminder recorded without them", () => {
    const row = reminderRow({ threshold: "breach+60" });
    expect(noticeText(noticeOf(row), "en").sentence).toBe(
      "Request MLA-2026-FR-PH-0002: execution is 60 days overdue (due August 20, 2026).",
    );
  });
});
