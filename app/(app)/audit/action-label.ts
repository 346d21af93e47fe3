import type { ReviewSource } from "@/lib/audit/review";

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

/**
 * An entry's action in the reader's language: a request event by the audit vocabulary's own
 * label, the others by the review's. The general log grows with each administered part of
 * the product; an action not yet labelled shows its name rather than nothing.
 */
export function actionLabel(t: Translate, source: ReviewSource, action: string): string {
  const key = source === "request" ? `eventActions.${action}` : `audit.actions.${action}`;
  return t.has(key) ? t(key) : action;
}
