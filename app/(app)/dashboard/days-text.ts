import { useTranslations } from "@/lib/i18n/use-translations";

/** How the dashboard writes a number of days: "12,5 jours", "1 jour", or "—" where nothing was measured. */
export function useDaysText(): (days: number | null | undefined) => string {
  const t = useTranslations("dashboard.headline");
  return (days) => (days == null ? t("noData") : t("days", { days }));
}
