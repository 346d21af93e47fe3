/**
 * What a request's next deadline shows, worked out on the server (messages, the reader's time
 * zone) so that a client component can show it too: "cannot compute", "none", or a date,
 * flagged when passed.
 */
export type NextDeadlineShown =
  | { kind: "cannotCompute"; text: string }
  | { kind: "none"; text: string }
  | { kind: "date"; at: string; text: string; overdue: string | null };

/** How a next deadline's date reads (format.dateTime's options). */
export const DEADLINE_DATE_FORMAT = { dateStyle: "short" } as const;

/** The words a next deadline may need, under `requests.list`. */
type NextDeadlineWord = "cannotCompute" | "none" | "overdue";

export function nextDeadlineShown(
  { dueAt, error, now }: { dueAt: Date | null; error: string | null; now: Date },
  word: (key: NextDeadlineWord) => string,
  formatDate: (at: Date) => string,
): NextDeadlineShown {
  if (error) return { kind: "cannotCompute", text: word("cannotCompute") };
  if (!dueAt) return { kind: "none", text: word("none") };
  return { kind: "date", at: dueAt.toISOString(), text: formatDate(dueAt), overdue: dueAt < now ? word("overdue") : null };
}
