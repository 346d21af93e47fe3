import type { Channel, CommentVisibility, MeasureStatus, MeasureType, PersonRole } from "@/lib/requests/vocabulary";
import type { CreateCaseInput } from "@/lib/requests/create-case";
import type { CreateRequestInput } from "@/lib/requests/create-request";
import type { TransitionName } from "@/lib/requests/transitions";

/**
 * The vocabulary of the demo stories (see demo-cases.ts): who acts, when, and what each
 * step does through the domain verbs.
 */

/** The demo accounts that act in the stories (all in DEMO_USERS). */
export const DEMO_ACTORS = {
  magistrate: "magistrate@demo.example",
  manager: "manager@demo.example",
  liaisonPh: "liaison.ph@demo.example",
  liaisonCo: "liaison.co@demo.example",
  liaisonFr: "liaison.fr@demo.example",
  magistratePh: "magistrate.ph@demo.example",
  managerPh: "manager.ph@demo.example",
} as const;
export type DemoActor = keyof typeof DEMO_ACTORS;

/** A moment of the story: so many days before the seeding day, at a time of day (UTC). */
export interface When {
  daysAgo: number;
  /** "HH:MM", UTC: Paris is UTC+1/+2, Manila UTC+8, Bogotá UTC−5. */
  time: string;
}
export const d = (daysAgo: number, time: string): When => ({ daysAgo, time });

/** The references of requests created earlier in the stories, by story key. */
export type Refs = (key: string) => string;
export type Text = string | ((refs: Refs) => string);

export type RequestFieldsInput = Omit<CreateRequestInput, "caseId">;

export type DemoStep = { when: When; by: DemoActor } & (
  | { kind: "transition"; name: TransitionName; text?: Text; foreignReference?: string; channel?: Channel }
  | { kind: "report"; measure: number; status: MeasureStatus; note: Text }
  | { kind: "comment"; visibility: CommentVisibility; body: Text }
  /** Changes some fields of a draft (the others are kept). */
  | { kind: "update"; fields: (refs: Refs) => Partial<RequestFieldsInput> }
  /** An officer of the requested country takes the request (it becomes theirs to handle). */
  | { kind: "take" }
  /**
   * A manager waives every checklist item still missing, with one reason, a minute apart
   * (lib/checklists): schedule the request's next step at least half an hour later.
   */
  | { kind: "waive"; reason: Text }
  /** The magistrate keeps the request beyond the retention period (lib/retention/legal-hold.ts). */
  | { kind: "hold"; reason: Text }
  /** The requested side delivers part (or the last part) of a measure's evidence (lib/requests/deliver-measure.ts). */
  | { kind: "deliver"; measure: number; note: Text; final: boolean }
);

export interface DemoRequest {
  /** Story key, used by other stories to name this request's reference. */
  key: string;
  /** A supplementary request: created from this (transmitted) parent, then `fields` applied. */
  parent?: string;
  when: When;
  by: DemoActor;
  fields: (refs: Refs) => RequestFieldsInput | Partial<RequestFieldsInput>;
  /**
   * `justification`: why the evidence is in the requested State (the checklist asks it of every measure);
   * `details`: the type's structured details (lib/requests/measure-details.ts).
   */
  measures: { type: MeasureType; description: Text; justification?: Text; details?: Record<string, string | string[] | boolean> }[];
  /** `childAtRisk`: a child in danger now (the request becomes urgent). */
  persons: { role: PersonRole; identity: string; nationality: string; location: string; childAtRisk?: boolean }[];
  steps: DemoStep[];
}

export interface DemoCase {
  unitCode: string;
  by: DemoActor;
  when: When;
  input: CreateCaseInput;
  requests: DemoRequest[];
}

/** Days relative to the seeding day, as the stories need them. */
export interface DemoCalendar {
  /** The moment of a step; a weekend day moves back to the Friday before. */
  at(when: When): Date;
  /** A day `offset` days from today (negative: past) on a weekday, as YYYY-MM-DD. */
  isoDay(offset: number): string;
  /**
   * The same day written out, e.g. "12 October 2026" / "12 octobre 2026"; `plus` calendar
   * days later when given (a time limit counted from that day).
   */
  longDay(offset: number, locale: "en" | "fr" | "es", plus?: number): string;
}

const DAY_MS = 86_400_000;

export function demoCalendar(today: Date): DemoCalendar {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  /** Past days move back to Friday, future days forward to Monday. */
  const weekday = (offset: number): Date => {
    const day = new Date(midnight + offset * DAY_MS);
    const dow = day.getUTCDay();
    if (dow !== 0 && dow !== 6) return day;
    const shift = offset < 0 ? (dow === 6 ? -1 : -2) : dow === 6 ? 2 : 1;
    return new Date(day.getTime() + shift * DAY_MS);
  };
  const names = { en: "en-GB", fr: "fr-FR", es: "es-ES" } as const;
  return {
    at({ daysAgo, time }) {
      const [h, m] = time.split(":").map(Number);
      return new Date(weekday(-daysAgo).getTime() + (h! * 60 + m!) * 60_000);
    },
    isoDay: (offset) => weekday(offset).toISOString().slice(0, 10),
    longDay: (offset, locale, plus = 0) =>
      new Intl.DateTimeFormat(names[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(weekday(offset).getTime() + plus * DAY_MS),
      ),
  };
}

/** Step builders, so that a story reads as a list of dated moves. */
export const move = (
  when: When,
  by: DemoActor,
  name: TransitionName,
  extra: { text?: Text; foreignReference?: string; channel?: Channel } = {},
): DemoStep => ({ kind: "transition", when, by, name, ...extra });

export const report = (when: When, by: DemoActor, measure: number, status: MeasureStatus, note: Text): DemoStep => ({
  kind: "report",
  when,
  by,
  measure,
  status,
  note,
});

export const comment = (when: When, by: DemoActor, visibility: CommentVisibility, body: Text): DemoStep => ({
  kind: "comment",
  when,
  by,
  visibility,
  body,
});

export const waive = (when: When, by: DemoActor, reason: Text): DemoStep => ({ kind: "waive", when, by, reason });

export const take = (when: When, by: DemoActor): DemoStep => ({ kind: "take", when, by });

export const hold = (when: When, by: DemoActor, reason: Text): DemoStep => ({ kind: "hold", when, by, reason });

export const deliver = (when: When, by: DemoActor, measure: number, note: Text, final = false): DemoStep => ({
  kind: "deliver",
  when,
  by,
  measure,
  note,
  final,
});

export const update = (when: When, by: DemoActor, fields: (refs: Refs) => Partial<RequestFieldsInput>): DemoStep => ({
  kind: "update",
  when,
  by,
  fields,
});
