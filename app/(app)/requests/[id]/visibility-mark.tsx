import type { Visibility } from "@/lib/requests/vocabulary";

/** The mark of a side's internal note, as text: none on a shared one (VisibilityBadge). */
export type VisibilityMark = { text: string; title?: string } | null;

export function visibilityMark(t: (key: string) => string, visibility: Visibility): VisibilityMark {
  if (visibility === "shared") return null;
  return visibility === "internal"
    ? { text: t("requestPage.comments.internal"), title: t("visibilities.internal") }
    : { text: t("visibilities.requested_internal") };
}

/** The mark's markup: no hooks, so that server and client components share it. */
export function VisibilityMarkup({ mark }: { mark: VisibilityMark }) {
  if (!mark) return null;
  return (
    <span className="badge rp-internal" title={mark.title}>
      {mark.text}
    </span>
  );
}
