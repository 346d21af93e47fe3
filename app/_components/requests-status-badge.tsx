import { useTranslations } from "@/lib/i18n/use-translations";
import { StatusBadgeMarkup } from "@/app/_components/status-badge-markup";
import type { RequestStatus } from "@/lib/requests/vocabulary";

/** A request's status as a coloured badge (one CSS class per status, `rq-status-<status>`). */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("statuses");
  return <StatusBadgeMarkup status={status} label={t(status)} />;
}
