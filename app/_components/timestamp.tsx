import { useFormatter } from "next-intl";

/** How an instant reads by default (format.dateTime's options): short date and time. */
export const TIMESTAMP_FORMAT = { dateStyle: "short", timeStyle: "short" } as const;

/** An instant in the reader's time zone, with its exact value for machines and assistive technology. */
export function Timestamp({ at, dateStyle }: { at: Date; dateStyle?: "short" | "medium" }) {
  const format = useFormatter();
  return <time dateTime={at.toISOString()}>{format.dateTime(at, dateStyle ? { ...TIMESTAMP_FORMAT, dateStyle } : TIMESTAMP_FORMAT)}</time>;
}
