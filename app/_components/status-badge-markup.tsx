import type { RequestStatus } from "@/lib/requests/vocabulary";

/** A status badge's markup, for a label translated already: no hooks, so that a client component may show it. */
export function StatusBadgeMarkup({ status, label }: { status: RequestStatus; label: string }) {
  return <span className={`badge rq-status rq-status-${status}`}>{label}</span>;
}
