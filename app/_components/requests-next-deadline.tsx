import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { NextDeadlineMarkup } from "@/app/_components/next-deadline-markup";
import { DEADLINE_DATE_FORMAT, nextDeadlineShown } from "@/app/_components/next-deadline-shown";

/**
 * A request's next deadline, for a server component. Synchronous (next-intl's hooks): an async
 * component per row makes React send each row as a chunk of its own.
 */
export function NextDeadline(props: { dueAt: Date | null; error: string | null; now: Date }) {
  const t = useTranslations("requests.list");
  const format = useFormatter();
  return <NextDeadlineMarkup shown={nextDeadlineShown(props, (key) => t(key), (at) => format.dateTime(at, DEADLINE_DATE_FORMAT))} />;
}
