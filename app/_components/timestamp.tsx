import { useFormatter } from "next-intl";

/** An instant in the reader's time zone, with its exact value for machines and assistive technology. */
export function Timestamp({ at, dateStyle = "short" }: { at: Date; dateStyle?: "short" | "medium" }) {
  const format = useFormatter();
  return <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle, timeStyle: "short" })}</time>;
}
