import { Link } from "@/app/_components/link";
import type { ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";

/**
 * Filters as a GET form to the page itself: the address holds the whole query, so a filtered
 * view can be bookmarked, shared with a colleague of the unit, or reloaded. "Reset" is the
 * page's bare address. Title and buttons read `<messages>.title`, `.apply` and `.reset`.
 */
export function FiltersForm({
  action,
  classPrefix,
  messages,
  children,
}: {
  /** The page's own path. */
  action: string;
  /** The page's CSS prefix: `<prefix>-filters`, `<prefix>-filters-title`, `<prefix>-actions`. */
  classPrefix: string;
  messages: string;
  children: ReactNode;
}) {
  const t = useTranslations(messages);
  const titleId = `${classPrefix}-filters-title`;
  return (
    <form method="get" action={action} role="search" aria-labelledby={titleId} className={`panel ${classPrefix}-filters`}>
      <h2 id={titleId}>{t("title")}</h2>
      {children}
      <div className={`${classPrefix}-actions`}>
        <button type="submit" className="button primary">
          {t("apply")}
        </button>
        <Link href={action} className="button">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
