import { useTranslations } from "next-intl";
import type { RequestStatus } from "@/lib/requests/vocabulary";

/** A request's status as a coloured badge (one CSS class per status, `rq-status-<status>`). */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("statuses");
  return <span className={`badge rq-status rq-status-${status}`}>{t(status)}</span>;
}
