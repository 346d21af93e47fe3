import { useLocale, useTimeZone } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/date-formats";

/** How an instant reads by default (format.dateTime's options): short date and time. */
export const TIMESTAMP_FORMAT = { dateStyle: "short", timeStyle: "short" } as const;

/** An instant in the reader's time zone, with its exact value for machines and assistive technology. */
export function Timestamp({ at, dateStyle }: { at: Date; dateStyle?: "short" | "medium" }) {
  const text = dateTimeFormat(useLocale(), { ...TIMESTAMP_FORMAT, ...(dateStyle && { dateStyle }), timeZone: useTimeZone() }).format(at);
  return <time dateTime={at.toISOString()}>{text}</time>;
}
