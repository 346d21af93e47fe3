import { useTranslations } from "@/lib/i18n/use-translations";
import type { Visibility } from "@/lib/requests/vocabulary";

/**
 * Marks a side's own internal note (comment or event); shared ones carry no mark. Each side
 * only ever reads its own internal notes, so the mark names whose they are.
 */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const t = useTranslations();
  if (visibility === "shared") return null;
  return visibility === "internal" ? (
    <span className="badge rp-internal" title={t("visibilities.internal")}>
      {t("requestPage.comments.internal")}
    </span>
  ) : (
    <span className="badge rp-internal">{t("visibilities.requested_internal")}</span>
  );
}
