import { Link } from "@/app/_components/link";
import type { ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RecordTable } from "@/app/_components/record-table";
import { Timestamp } from "@/app/_components/timestamp";
import type { ReviewEntry } from "@/lib/audit/review";
import { actionLabel } from "./action-label";

/** The first characters of an id: enough to tell entries apart on screen, the full id in the title. */
const shortId = (id: string) => id.slice(0, 8);

/**
 * The review's entries. Each says what was done, by whom, when and to which request or
 * subject — never content. `linkRequests`: the reader may open the requests (managers);
 * administrators see the reference only.
 */
export function AuditEntriesTable({ entries, linkRequests }: { entries: ReviewEntry[]; linkRequests: boolean }) {
  const t = useTranslations();
  const has = (key: string) => t.has(key);
  const label = (key: string, fallback: string) => (has(key) ? t(key) : fallback);

  function details(e: ReviewEntry): ReactNode {
    if (e.source === "request") {
      return e.toStatus
        ? t("audit.details.transition", { from: e.fromStatus ? label(`statuses.${e.fromStatus}`, e.fromStatus) : "—", to: label(`statuses.${e.toStatus}`, e.toStatus) })
        : null;
    }
    if (e.action === "accessRefused") {
      const surface = label(`audit.surfaces.${e.surface}`, e.surface ?? "");
      const where = e.path
        ? t("audit.details.refused", { surface, path: e.path, status: e.status ?? "" })
        : t("audit.details.refusedSomewhere", { surface, status: e.status ?? "" });
      return e.reason ? `${where} (${label(`audit.reasons.${e.reason}`, e.reason)})` : where;
    }
    if (e.action === "signInFailed") {
      const reason = e.reason ? label(`audit.reasons.${e.reason}`, e.reason) : "";
      return [reason, e.email ? t("audit.details.typed", { email: e.email }) : ""].filter(Boolean).join(" — ");
    }
    const parts: string[] = [];
    if (e.documentType) parts.push(t("audit.details.document", { type: label(`documents.types.${e.documentType}`, e.documentType), version: e.documentVersion ?? "" }));
    if (e.subjectType && e.subjectId) parts.push(t("audit.details.subject", { type: label(`audit.subjects.${e.subjectType}`, e.subjectType), id: shortId(e.subjectId) }));
    return <span title={e.subjectId ?? undefined}>{parts.join(" — ")}</span>;
  }

  return (
    <RecordTable
      caption={t("audit.table.caption")}
      captionHidden
      columns={[t("audit.table.at"), t("audit.table.actor"), t("audit.table.action"), t("audit.table.request"), t("audit.table.details")]}
    >
      {entries.map((e) => (
        <tr key={`${e.source}-${e.id}`} data-source={e.source}>
          <td>
            <Timestamp at={e.at} dateStyle="medium" />
          </td>
          <td>
            {e.actorName ?? (e.source === "security" ? t("audit.details.unknownActor") : "—")}
            {e.actorRole && <span className="muted small"> · {label(`roles.${e.actorRole}`, e.actorRole)}</span>}
          </td>
          <td>
            {actionLabel(t, e.source, e.action)}
            <span className="muted small au-source"> {t(`audit.sources.${e.source}`)}</span>
          </td>
          <td>{e.reference && (linkRequests && e.requestId ? <Link href={`/requests/${e.requestId}`}>{e.reference}</Link> : e.reference)}</td>
          <td>{details(e)}</td>
        </tr>
      ))}
    </RecordTable>
  );
}
