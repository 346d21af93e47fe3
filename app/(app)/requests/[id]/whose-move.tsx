import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestView } from "@/lib/requests/get-request";
import { BALL_IN_COURT, WAITING_ON } from "@/lib/requests/vocabulary";

/** Whose move it is, as the viewer reads it: the sentence's key under `requestPage.now.turn`. */
type Turn = { kind: "you" | "managers" | "unassigned" | "otherSide" | "closed" } | { kind: "colleague"; name: string };

/**
 * From the vocabulary's WAITING_ON: on the viewer's side, the person in charge (the viewer, or
 * someone named) or the unit's managers; on the other side, only its authority — who is in
 * charge there is that side's own business (getRequest does not even say).
 */
function turnOf(view: RequestView, viewerId: string): Turn {
  const status = view.request.status;
  const mover = WAITING_ON[status];
  if (!mover) return { kind: "closed" };
  if (BALL_IN_COURT[status] !== view.side) return { kind: "otherSide" };
  if (mover === "requestingManagers") return { kind: view.relation === "requesting_manager" ? "you" : "managers" };
  if (!view.inCharge) return { kind: "unassigned" };
  return view.inCharge.id === viewerId ? { kind: "you" } : { kind: "colleague", name: view.inCharge.name };
}

/** "It is your move: answer the requested authority's question. Since 12 Oct 2026." */
export async function WhoseMove({ view, viewerId }: { view: RequestView; viewerId: string }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const { status } = view.request;
  const turn = turnOf(view, viewerId);
  const task = turn.kind === "closed" ? "" : t(`requestPage.now.task.${status}`, { side: view.side });
  const country = inLocale(locale, { fr: view.requestedCountryFr, en: view.requestedCountryEn });
  const authority =
    view.side === "requesting"
      ? t("requestPage.now.requestedAuthority", { name: [country, view.request.requestedAuthority].filter(Boolean).join(" — ") })
      : t("requestPage.now.requestingAuthority", { name: view.requestingUnitName });
  const sentence =
    turn.kind === "closed"
      ? t("requestPage.now.turn.closed", { status: t(`statuses.${status}`) })
      : turn.kind === "colleague"
        ? t("requestPage.now.turn.colleague", { name: turn.name, task })
        : t(`requestPage.now.turn.${turn.kind}`, { task, authority });
  // Since the move that set the current status, as far as the viewer's timeline shows it.
  const since = view.events.findLast((event) => event.toStatus === status)?.at;
  return (
    <p className={`rp-turn rp-turn-${turn.kind}`}>
      <strong>{sentence}</strong>
      {since && (
        <>
          {" "}
          <span className="rp-turn-since">{t("requestPage.now.turn.since", { date: format.dateTime(since, { dateStyle: "long" }) })}</span>
        </>
      )}
    </p>
  );
}
