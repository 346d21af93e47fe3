import { useTranslations } from "@/lib/i18n/use-translations";
import type { Visibility } from "@/lib/requests/vocabulary";
import { visibilityMark, VisibilityMarkup } from "./visibility-mark";

/**
 * Marks a side's own internal note (comment or event); shared ones carry no mark. Each side
 * only ever reads its own internal notes, so the mark names whose they are.
 */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const t = useTranslations();
  return <VisibilityMarkup mark={visibilityMark(t, visibility)} />;
}
