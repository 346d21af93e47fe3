import { describe, expect, it } from "vitest";
import { calendarFor, dayFromIso, isoFromDay } from "@/lib/deadlines/calendar";
import { computeClocks, type ClockInput } from "@/lib/deadlines/compute";
import { dueDay } from "@/lib/deadlines/due";
import { CLOCK_KINDS, listPolicies, policyFor, TARGET_KEYS, type DeadlineTargets } from "@/lib/deadlines/policies";
import { LEGAL_BASES, URGENCIES } from "@/lib/requests/vocabulary";

// Expected dates below are worked out by hand from the 2026 calendars (see each comment).
const FR = { countryCode: "FR", timeZone: "Europe/Paris" };
const PH = { countryCode: "PH", timeZone: "Asia/Manila" };
const RO = { countryCode: "RO", timeZone: "Europe/Bucharest" };
const at = (iso: string) => new Date(iso);

function input(overrides: Partial<ClockInput>): ClockInput {
  return {
    legalBasis: "reciprocity",
    urgency: "normal",
    status: "transmitted",
    requesting: FR,
    requested: PH,
    transmittedAt: null,
    hasPreservation: false,
    preservationFollowedAt: null,
    caseHardDate: null,
    events: [],
    ...overrides,
  };
}

function clocksOf(i: ClockInput, now: string) {
  const result = computeClocks(i, at(now));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const clock = (r: ReturnType<typeof clocksOf>, kind: string) => {
  const found = r.clocks.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} clock`);
  return found;
};

describe("working days", () => {
  it("skip Holy Week and the Day of Valor in the Philippines", () => {
    // From Wed 1 April 2026: Thu 2 and Fri 3 (Maundy Thursday, Good Friday) off, weekend,
    // Mon 6 (1), Tue 7 (2), Wed 8 (3), Thu 9 Day of Valor off, Fri 10 (4), Mon 13 (5).
    const ph = calendarFor("PH", "Asia/Manila");
    expect(isoFromDay(dueDay(dayFromIso("2026-04-01"), 5, "working", ph, []))).toBe("2026-04-13");
  });

  it("skip 1 May in France", () => {
    // From Wed 29 April: Thu 30 (1), Fri 1 May off, weekend, Mon 4 (2), Tue 5 (3), Wed 6 (4), Thu 7 (5).
    const fr = calendarFor("FR", "Europe/Paris");
    expect(isoFromDay(dueDay(dayFromIso("2026-04-29"), 5, "working", fr, []))).toBe("2026-05-07");
    // In the Philippines 1 May is off too, but Thursday 30 April is not a French holiday.
    expect(fr.isWorkingDay(dayFromIso("2026-05-01"))).toBe(false);
    expect(fr.isWorkingDay(dayFromIso("2026-04-30"))).toBe(true);
  });

  it("count weekends only in a country whose public holidays are not known (added through the directory)", () => {
    // date-holidays has no data for Cambodia. From Wed 29 April: Thu 30 (1), Fri 1 May (2), weekend, Mon 4 (3), Tue 5 (4), Wed 6 (5).
    const kh = calendarFor("KH", "Asia/Phnom_Penh");
    expect(isoFromDay(dueDay(dayFromIso("2026-04-29"), 5, "working", kh, []))).toBe("2026-05-06");
    const events = [
      { at: at("2026-02-20T08:00:00Z"), action: "created" },
      { at: at("2026-03-02T08:00:00Z"), action: "transmit" },
    ];
    expect(computeClocks(input({ events, requested: { countryCode: "KH", timeZone: "Asia/Phnom_Penh" } }), at("2026-03-10T00:00:00Z"))).toMatchObject({ ok: true });
  });

  it("end a day at midnight in the country's own time zone", () => {
    const day = dayFromIso("2026-04-06");
    expect(calendarFor("FR", "Europe/Paris").endOfDay(day).toISOString()).toBe("2026-04-06T21:59:59.999Z");
    expect(calendarFor("PH", "Asia/Manila").endOfDay(day).toISOString()).toBe("2026-04-06T15:59:59.999Z");
    // Winter time in Paris.
    expect(calendarFor("FR", "Europe/Paris").endOfDay(dayFromIso("2026-11-02")).toISOString()).toBe("2026-11-02T22:59:59.999Z");
  });
});

describe("request clocks", () => {
  it("give the review 5 working days in the requesting country", () => {
    const r = clocksOf(
      input({
        status: "in_review",
        events: [
          { at: at("2026-04-28T08:00:00Z"), action: "created" },
          { at: at("2026-04-29T08:00:00Z"), action: "submit" },
        ],
      }),
      "2026-05-04T08:00:00Z",
    );
    const review = clock(r, "review");
    expect(review.dueAt.toISOString()).toBe("2026-05-07T21:59:59.999Z");
    expect(review).toMatchObject({ side: "requesting", state: "running", daysLeft: 3 }); // Tue 5, Wed 6, Thu 7
    expect(r.ballInCourt).toBe("requesting");
  });

  it("count the requested side's days in Manila, across Holy Week", () => {
    // Sent Mon 2 March 20:00 UTC = Tue 3 March 04:00 in Manila. 30 days → Thu 2 April
    // (Maundy Thursday), then Good Friday and the weekend: due Monday 6 April, Manila time.
    const sent = input({
      transmittedAt: at("2026-03-02T20:00:00Z"),
      events: [
        { at: at("2026-02-20T08:00:00Z"), action: "created" },
        { at: at("2026-03-02T20:00:00Z"), action: "transmit" },
      ],
    });
    const r = clocksOf(sent, "2026-04-06T15:00:00Z");
    const ack = clock(r, "acknowledgement");
    expect(ack.dueAt.toISOString()).toBe("2026-04-06T15:59:59.999Z");
    expect(ack).toMatchObject({ side: "requested", timeZone: "Asia/Manila", state: "running", daysLeft: 0 });
    expect(r.ballInCourt).toBe("requested");
    // One hour later, past midnight in Manila, it is breached and the request overdue.
    const later = clocksOf(sent, "2026-04-06T16:00:00Z");
    expect(clock(later, "acknowledgement").state).toBe("breached");
    expect(later.overdue).toBe(true);
  });

  it("pause the requested side while information is requested, and start an answer clock", () => {
    const events = [
      { at: at("2026-01-02T08:00:00Z"), action: "created" },
      { at: at("2026-01-05T08:00:00Z"), action: "transmit" }, // Mon 5 Jan, 16:00 in Manila
      { at: at("2026-01-20T02:00:00Z"), action: "acknowledge" },
      { at: at("2026-02-10T03:00:00Z"), action: "requestInformation" }, // Tue 10 Feb in both zones
    ];
    // While paused: the answer clock runs in Paris, 10 working days → Tue 24 February.
    const paused = clocksOf(input({ status: "information_requested", events }), "2026-02-15T00:00:00Z");
    expect(clock(paused, "execution").state).toBe("paused");
    expect(clock(paused, "answer").dueAt.toISOString()).toBe("2026-02-24T22:59:59.999Z");
    expect(paused.ballInCourt).toBe("requesting");

    // Answered Fri 20 February: 10 days paused (10 to 19 February). Execution, 180 days from
    // 5 January, would fall on Sat 4 July; ten days later: Tue 14 July, Manila time.
    const resumed = clocksOf(
      input({ status: "acknowledged", events: [...events, { at: at("2026-02-20T09:00:00Z"), action: "answerInformation" }] }),
      "2026-03-01T00:00:00Z",
    );
    const execution = clock(resumed, "execution");
    expect(execution.pausedDays).toBe(10);
    expect(execution.dueAt.toISOString()).toBe("2026-07-14T15:59:59.999Z");
    expect(execution.state).toBe("running");
    expect(clock(resumed, "answer").state).toBe("met");
    expect(clock(resumed, "acknowledgement").state).toBe("met");
  });

  it("give an EIO 30 days for recognition, extended once by 30", () => {
    // Sent Mon 2 March to Romania: 30 days → Wed 1 April. Extended: 31 April… Fri 1 May is
    // Labour Day, then the weekend: due Mon 4 May, Bucharest time (UTC+3 in summer).
    const events = [
      { at: at("2026-02-25T08:00:00Z"), action: "created" },
      { at: at("2026-03-02T10:00:00Z"), action: "transmit" },
    ];
    const eio = input({ legalBasis: "european_investigation_order", requested: RO, events });
    const plain = clocksOf(eio, "2026-03-10T00:00:00Z");
    expect(clock(plain, "recognition").dueAt.toISOString()).toBe("2026-04-01T20:59:59.999Z");
    expect(clock(plain, "acknowledgement").dueAt.toISOString()).toBe("2026-03-09T21:59:59.999Z"); // 7 days
    expect(plain.clocks.some((c) => c.kind === "execution")).toBe(false);

    const twice = [...events, { at: at("2026-03-20T10:00:00Z"), action: "recognitionExtended" }, { at: at("2026-03-21T10:00:00Z"), action: "recognitionExtended" }];
    const extended = clocksOf({ ...eio, events: twice }, "2026-03-25T00:00:00Z");
    expect(clock(extended, "recognition").dueAt.toISOString()).toBe("2026-05-04T20:59:59.999Z");

    // The recognition decision starts 90 days of execution (art. 12(4)).
    const decided = clocksOf(
      { ...eio, status: "in_execution", events: [...events, { at: at("2026-03-16T09:00:00Z"), action: "startExecution" }] },
      "2026-03-20T00:00:00Z",
    );
    expect(clock(decided, "recognition").state).toBe("met");
    // Mon 16 March + 90 days = Sun 14 June → Mon 15 June.
    expect(clock(decided, "execution").dueAt.toISOString()).toBe("2026-06-15T20:59:59.999Z");
  });

  it("let an expedited preservation expire after 60 days unless the full request follows or it is renewed", () => {
    // Sent Tue 1 September: 60 days → Sat 31 October. An expiry is not moved to a working
    // day — the data may be gone by Monday: it ends on Saturday, midnight in Paris.
    const events = [
      { at: at("2026-08-31T08:00:00Z"), action: "created" },
      { at: at("2026-09-01T08:00:00Z"), action: "transmit" },
    ];
    const preservation = input({ hasPreservation: true, events });
    const lastDay = clocksOf(preservation, "2026-10-31T12:00:00Z");
    expect(clock(lastDay, "preservation")).toMatchObject({ state: "running", daysLeft: 0 });
    const expired = clocksOf(preservation, "2026-11-01T08:00:00Z");
    expect(clock(expired, "preservation")).toMatchObject({ side: "requesting", state: "breached" });
    expect(clock(expired, "preservation").dueAt.toISOString()).toBe("2026-10-31T22:59:59.999Z");
    expect(expired.overdue).toBe(true);

    const followed = clocksOf({ ...preservation, preservationFollowedAt: at("2026-10-15T09:00:00Z") }, "2026-11-03T08:00:00Z");
    expect(clock(followed, "preservation").state).toBe("met");

    // Renewed Tue 20 October: 60 days → Sat 19 December.
    const renewed = clocksOf({ ...preservation, events: [...events, { at: at("2026-10-20T09:00:00Z"), action: "preservationRenewed" }] }, "2026-11-03T08:00:00Z");
    expect(clock(renewed, "preservation")).toMatchObject({ state: "running" });
    expect(clock(renewed, "preservation").dueAt.toISOString()).toBe("2026-12-19T22:59:59.999Z");
  });

  it("flag a request expected to finish after the case's hard date", () => {
    const events = [
      { at: at("2026-02-20T08:00:00Z"), action: "created" },
      { at: at("2026-03-02T08:00:00Z"), action: "transmit" },
    ];
    // 180 days from 2 March → Sat 29 August → Mon 31 August is National Heroes' Day → Tue 1 September.
    const trialInJune = clocksOf(input({ events, caseHardDate: "2026-06-30" }), "2026-03-10T00:00:00Z");
    expect(trialInJune.expectedCompletion?.toISOString()).toBe("2026-09-01T15:59:59.999Z");
    expect(trialInJune.hardDateAtRisk).toBe(true);
    const trialInDecember = clocksOf(input({ events, caseHardDate: "2026-12-15" }), "2026-03-10T00:00:00Z");
    expect(trialInDecember.hardDateAtRisk).toBe(false);
    // Execution overdue and still not done: expected no earlier than today, so a trial
    // that has passed meanwhile is flagged.
    const late = clocksOf(input({ events, urgency: "very_urgent", caseHardDate: "2026-06-01" }), "2026-06-20T00:00:00Z");
    expect(clock(late, "execution").state).toBe("breached");
    expect(late.expectedCompletion?.toISOString()).toBe("2026-06-20T15:59:59.999Z");
    expect(late.hardDateAtRisk).toBe(true);
    // A draft is projected from today: 180 days from 10 March is already past a June trial.
    const draft = clocksOf(input({ status: "draft", events: events.slice(0, 1), caseHardDate: "2026-06-30" }), "2026-03-10T00:00:00Z");
    expect(draft.hardDateAtRisk).toBe(true);
  });

  it("end a pause when the request is refused while a question is pending", () => {
    const r = clocksOf(
      input({
        status: "refused",
        events: [
          { at: at("2026-01-02T08:00:00Z"), action: "created" },
          { at: at("2026-01-05T08:00:00Z"), action: "transmit" },
          { at: at("2026-01-10T08:00:00Z"), action: "requestInformation" },
          { at: at("2026-01-20T08:00:00Z"), action: "refuse" },
        ],
      }),
      "2026-09-01T00:00:00Z",
    );
    // Paused from 10 to 20 January, not to this day.
    expect(clock(r, "execution")).toMatchObject({ state: "stopped", pausedDays: 10 });
  });

  it("stop every clock when the request is withdrawn", () => {
    const r = clocksOf(
      input({
        status: "withdrawn",
        events: [
          { at: at("2026-02-20T08:00:00Z"), action: "created" },
          { at: at("2026-03-02T08:00:00Z"), action: "transmit" },
          { at: at("2026-03-05T08:00:00Z"), action: "withdraw" },
        ],
      }),
      "2026-12-01T00:00:00Z",
    );
    expect(r.clocks.map((c) => c.state)).toEqual(["stopped", "stopped"]);
    expect(r).toMatchObject({ overdue: false, nextDueAt: null, ballInCourt: null, hardDateAtRisk: false });
  });
});

describe("an administrator's targets", () => {
  const sent = [
    { at: at("2026-02-20T08:00:00Z"), action: "created" },
    { at: at("2026-03-02T08:00:00Z"), action: "transmit" }, // Mon 2 March, 16:00 in Manila
  ];
  /** Every product target cut to one day: what a text fixes must not move. */
  const allOneDay: DeadlineTargets = Object.fromEntries(TARGET_KEYS.map((key) => [key, 1]));

  it("change the clock of their target, and only for the urgency they name", () => {
    const targets = { "execution.urgent": 45 };
    // 2 March + 45 days = Thu 16 April, a working day in Manila (Holy Week is 2–3 April).
    const urgent = clocksOf(input({ urgency: "urgent", events: sent, targets }), "2026-03-10T00:00:00Z");
    expect(clock(urgent, "execution")).toMatchObject({ days: 45, unit: "calendar", source: "target" });
    expect(clock(urgent, "execution").dueAt.toISOString()).toBe("2026-04-16T15:59:59.999Z");
    // A normal request keeps its 180 days: Tue 1 September (as in the hard-date case above).
    const normal = clocksOf(input({ events: sent, targets }), "2026-03-10T00:00:00Z");
    expect(clock(normal, "execution").dueAt.toISOString()).toBe("2026-09-01T15:59:59.999Z");
  });

  it("keep the unit as shipped: a review cut to 3 counts working days", () => {
    // From Wed 29 April: Thu 30 (1), Fri 1 May off, weekend, Mon 4 (2), Tue 5 (3).
    const r = clocksOf(
      input({ status: "in_review", targets: { review: 3 }, events: [{ at: at("2026-04-28T08:00:00Z"), action: "created" }, { at: at("2026-04-29T08:00:00Z"), action: "submit" }] }),
      "2026-04-30T08:00:00Z",
    );
    expect(clock(r, "review")).toMatchObject({ days: 3, unit: "working" });
    expect(clock(r, "review").dueAt.toISOString()).toBe("2026-05-05T21:59:59.999Z");
  });

  it("project a draft's expected completion", () => {
    // Projected from Tue 10 March: 15 days → Wed 25 March in Manila.
    const draft = clocksOf(input({ status: "draft", events: sent.slice(0, 1), targets: { "execution.normal": 15 } }), "2026-03-10T00:00:00Z");
    expect(draft.expectedCompletion?.toISOString()).toBe("2026-03-25T15:59:59.999Z");
  });

  it("never move an EIO limit or a Budapest preservation", () => {
    const eio = input({ legalBasis: "european_investigation_order", requested: RO, events: sent, targets: allOneDay });
    const r = clocksOf(eio, "2026-03-05T00:00:00Z");
    // The same dates as without any target: 7 days, then 30 (art. 16(1), 12(3)).
    expect(clock(r, "acknowledgement")).toMatchObject({ days: 7, source: "eioAcknowledgement" });
    expect(clock(r, "acknowledgement").dueAt.toISOString()).toBe("2026-03-09T21:59:59.999Z");
    expect(clock(r, "recognition").dueAt.toISOString()).toBe("2026-04-01T20:59:59.999Z");
    const decided = clocksOf({ ...eio, status: "in_execution", events: [...sent, { at: at("2026-03-16T09:00:00Z"), action: "startExecution" }] }, "2026-03-20T00:00:00Z");
    expect(clock(decided, "execution")).toMatchObject({ days: 90, source: "eioExecution" });
    expect(clock(decided, "execution").dueAt.toISOString()).toBe("2026-06-15T20:59:59.999Z");

    const preservation = input({
      hasPreservation: true,
      targets: allOneDay,
      events: [{ at: at("2026-08-31T08:00:00Z"), action: "created" }, { at: at("2026-09-01T08:00:00Z"), action: "transmit" }],
    });
    expect(clock(clocksOf(preservation, "2026-09-02T08:00:00Z"), "preservation").dueAt.toISOString()).toBe("2026-10-31T22:59:59.999Z");
  });

  it("are exactly the policies whose source is a product target", () => {
    const listed = listPolicies(allOneDay);
    expect(listed.filter((p) => p.target).map((p) => p.target).sort()).toEqual([...TARGET_KEYS].sort());
    for (const p of listed) {
      expect(p.target !== null, p.key).toBe(p.source === "target");
      expect(p.days, p.key).toBe(p.target ? 1 : p.shippedDays);
    }
    expect(new Set(listed.map((p) => p.key)).size).toBe(listed.length);
  });

  it("leave every clock defined under every basis and urgency", () => {
    for (const basis of LEGAL_BASES) {
      for (const urgency of URGENCIES) {
        // A measure's clock has no policy of its own: each measure sets it (lib/deadlines/measure-clocks.ts).
        for (const kind of CLOCK_KINDS.filter((k) => k !== "measure")) {
          const exists = kind !== "recognition" || basis === "european_investigation_order";
          expect(policyFor(kind, basis, urgency, allOneDay) !== null, `${kind} ${basis} ${urgency}`).toBe(exists);
        }
      }
    }
  });
});

describe("a history that cannot be computed", () => {
  const now = at("2026-03-10T00:00:00Z");
  const good = [
    { at: at("2026-02-20T08:00:00Z"), action: "created" },
    { at: at("2026-03-02T08:00:00Z"), action: "transmit" },
  ];
  it("says so instead of throwing", () => {
    expect(computeClocks(input({ events: [...good].reverse() }), now)).toMatchObject({ ok: false, error: expect.stringMatching(/inconsistent history/) });
    expect(computeClocks(input({ events: good, transmittedAt: at("2026-01-01T00:00:00Z") }), now)).toMatchObject({ ok: false, error: expect.stringMatching(/before it was created/) });
    expect(computeClocks(input({ events: good, legalBasis: "handshake" }), now)).toMatchObject({ ok: false, error: expect.stringMatching(/legal basis/) });
    expect(computeClocks(input({ events: good, requested: { countryCode: "PH", timeZone: "" } }), now)).toMatchObject({ ok: false, error: expect.stringMatching(/time zone/) });
    expect(computeClocks(input({ events: good, requested: { countryCode: "PH", timeZone: "Mars/Olympus" } }), now)).toMatchObject({ ok: false, error: expect.stringMatching(/time zone/) });
  });
});
