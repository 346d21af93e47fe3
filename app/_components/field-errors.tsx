"use client";

import { useTranslations } from "@/lib/i18n/use-translations";

/** The translated messages for one field, announced with the field through aria-describedby. */
export function FieldErrors({ id, keys }: { id: string; keys?: string[] }) {
  const t = useTranslations("errors");
  if (!keys?.length) return <span id={id} hidden />;
  return (
    <ul id={id} className="field-errors">
      {keys.map((key) => (
        <li key={key}>{t.has(key) ? t(key) : t("invalid")}</li>
      ))}
    </ul>
  );
}
