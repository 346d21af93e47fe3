import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reminders, requestDeadlines } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import type { Clock } from "@/lib/deadlines/compute";
import { scanDeadlines } from "@/lib/deadlines/scan";
import { localIsoDate } from "@/lib/dates";
import { addMeasure, type MeasureInput } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { reportMeasure } from "@/lib/requests/report-measure";
import { advance, draftRequest, move, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Deadlines per measure (issue 14, item 4): a date a measure sets (a hearing, an operation to
 * coordinate) and the default length of a type (the safeguarding of children at risk) are
 * clocks of the request — shown with the others, counted in its next deadline, reminded of by
 * the deadline job one measure at a time, met when the measure is settled.
 */

const suite = requestSuite();
let handle: RequestHandle;
const ids: Record<"hearing" | "arrest" | "safeguarding" | "transfers", string> = { hearing: "", arrest: "", safeguarding: "", transfers: "" };

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: () => new Date(iso) });

async function add(key: keyof typeof ids, type: string, details: Record<string, unknown>) {
  const { id } = await addMeasure(suite.parties.magistrate, {
    requestId: handle.id,
    version: handle.version,
    type,
    description: `The ${key}.`,
    justification: "It is there.",
    details,
  } as MeasureInput);
  handle.version += 1;
  ids[key] = id;
}

async function clocksAt(iso: string, ctx: Ctx = suite.parties.magistrate): Promise<Clock[]> {
  const view = await getRequest(at(ctx, iso), handle.id);
  if (!view.clocks.ok) throw new Error(view.clocks.error);
  return view.clocks.clocks;
}

const measureClock = (clocks: Clock[], key: keyof typeof ids) => clocks.find((c) => c.measure?.id === ids[key]);
const dueDay = (clock: Clock | undefined) => clock && localIsoDate(clock.dueAt, clock.timeZone);

beforeAll(async () => {
  handle = await draftRequest(suite.parties.magistrate, { measures: 0 });
  await add("transfers", "money_transfer_records", { periodFrom: "2024-01-01" });
  await add("hearing", "hearing_minor_victim", { videoLink: true, hearingDate: "2026-03-20" });
  await add("arrest", "arrest_of_suspects", { place: "Cebu", coordinationDate: "2026-03-25" });
  await add("safeguarding", "child_safeguarding", { place: "Cebu" });
});

describe("a measure's own deadline", () => {
  it("runs nothing before the transmission", async () => {
    expect((await clocksAt("2026-03-02T10:00:00Z")).filter((c) => c.kind === "measure")).toEqual([]);
  });

  it("is a clock of the request from the transmission: a date the measure set, or its type's default length", async () => {
    // Sent on 2 March 2026 (the suite's day).
    await advance(handle, "acknowledged", suite.parties);
    const clocks = await clocksAt("2026-03-03T09:00:00Z");
    expect(clocks.filter((c) => c.kind === "measure").map((c) => c.measure?.type).sort()).toEqual(["arrest_of_suspects", "child_safeguarding", "hearing_minor_victim"]);
    expect(measureClock(clocks, "transfers")).toBeUndefined();

    const hearing = measureClock(clocks, "hearing")!;
    expect(hearing).toMatchObject({ side: "requested", source: "measureDate", state: "running", measure: { number: 2, dateField: "hearingDate" } });
    // On the day itself, in the requested State's calendar (Manila).
    expect(hearing.timeZone).toBe("Asia/Manila");
    expect(dueDay(hearing)).toBe("2026-03-20");
    expect(dueDay(measureClock(clocks, "arrest"))).toBe("2026-03-25");
    // Seven days for children at risk: a product target, from the transmission.
    const safeguarding = measureClock(clocks, "safeguarding")!;
    expect(safeguarding).toMatchObject({ source: "measureTarget", days: 7, measure: { dateField: null } });
    expect(dueDay(safeguarding)).toBe("2026-03-09");
  });

  it("feeds the request's next deadline, which lists and the dashboard read", async () => {
    const clocks = await clocksAt("2026-03-03T09:00:00Z");
    const [stored] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, handle.id));
    // The execution clock runs for months: the safeguarding comes first.
    expect(stored!.nextDueAt).toEqual(measureClock(clocks, "safeguarding")!.dueAt);
  });

  it("is reminded of by the deadline job, each measure on its own though they start together, once", async () => {
    const now = new Date("2026-03-17T12:00:00Z");
    await scanDeadlines(suite.db, now, { appUrl: "https://mla.example" });
    await scanDeadlines(suite.db, now, { appUrl: "https://mla.example" });
    const rows = await suite.db
      .select({ subject: reminders.subject, threshold: reminders.threshold })
      .from(reminders)
      .where(and(eq(reminders.requestId, handle.id), eq(reminders.clock, "measure")));
    const of = (key: keyof typeof ids) => rows.filter((r) => r.subject === ids[key]).map((r) => r.threshold).sort();
    // By 17 March: the hearing (2→20 March) is past 50 % and 80 %, the arrest (2→25 March) past 50 %, the safeguarding overdue.
    expect(of("hearing")).toEqual(["50", "80"]);
    expect(of("arrest")).toEqual(["50"]);
    expect(of("safeguarding")).toEqual(["50", "80", "breach", "due", "escalation"]);
  });

  it("does not move with a question; a default length pauses like the request's own", async () => {
    await move(suite.parties.officer, handle, "requestInformation");
    const clocks = await clocksAt("2026-03-17T15:00:00Z");
    expect(measureClock(clocks, "hearing")!.state).toBe("running");
    expect(measureClock(clocks, "safeguarding")!.state).toBe("paused");
    await move(suite.parties.magistrate, handle, "answerInformation");
  });

  it("is met when the measure is settled, and shows the same to the requested side", async () => {
    await reportMeasure(at(suite.parties.officer, "2026-03-18T03:00:00Z"), {
      requestId: handle.id,
      version: handle.version,
      measureId: ids.hearing,
      status: "returned",
      resultNote: "Heard by video link.",
    });
    handle.version += 1;
    const clocks = await clocksAt("2026-03-19T09:00:00Z", suite.parties.officer);
    expect(measureClock(clocks, "hearing")).toMatchObject({ state: "met", stoppedAt: new Date("2026-03-18T03:00:00Z") });
    expect(measureClock(clocks, "arrest")!.state).toBe("running");
  });
});
