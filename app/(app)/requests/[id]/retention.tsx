import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { RequestView } from "@/lib/requests/get-request";
import { LegalHoldForm } from "./legal-hold-form";

/** Whether the page shows the retention section: once it matters — closed, kept, or erased. */
export function showsRetention(view: RequestView): boolean {
  const { retention } = view;
  return retention.erasedAt !== null || (view.side === "requesting" && (retention.closedAt !== null || retention.hold !== null));
}

/**
 * Where the request stands in the retention policy (lib/retention): when its personal data
 * will be erased, the magistrate's decision to keep it and its reasons, or the erasure done.
 */
export async function RequestPageRetention({ view }: { view: RequestView }) {
  const [t, format] = await Promise.all([getTranslations("retention.request"), getFormatter()]);
  const day = (at: Date) => format.dateTime(at, { dateStyle: "long" });
  const { retention, can, request } = view;
  if (retention.erasedAt) return <p>{t("erased", { date: day(retention.erasedAt) })}</p>;
  return (
    <div className="stack">
      {retention.hold ? (
        <>
          <p>{t("held", { name: retention.hold.setBy, date: day(retention.hold.setAt) })}</p>
          <dl className="rp-event-details">
            <div>
              <dt>{t("reasons")}</dt>
              <dd className="rp-text">{retention.hold.reason}</dd>
            </div>
          </dl>
        </>
      ) : retention.closedAt && retention.erasureDueAt ? (
        <p>{t("due", { closedAt: day(retention.closedAt), dueAt: day(retention.erasureDueAt), months: retention.months })}</p>
      ) : (
        <p>{t("open", { months: retention.months })}</p>
      )}
      {/* One form in one place, so that its answer outlives the switch from keeping to lifting. */}
      {(can.placeLegalHold || can.liftLegalHold) && (
        <LegalHoldForm intent={can.placeLegalHold ? "placeLegalHold" : "liftLegalHold"} requestId={request.id} />
      )}
    </div>
  );
}
