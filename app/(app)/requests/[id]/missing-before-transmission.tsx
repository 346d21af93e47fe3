import { getTranslations } from "next-intl/server";

/**
 * In the transmission's form, before anyone presses "send": what the checklist still lacks,
 * named, with the way to the checklist — the server refuses the transmission until each item
 * is provided or waived, and saying so only after the refusal wastes the sender's turn.
 */
export async function MissingBeforeTransmission({ missing, labels }: { missing: string[]; labels: Record<string, string> }) {
  const t = await getTranslations("checklists");
  return (
    <div className="alert alert-info rp-alert">
      <p>{t("incomplete", { count: missing.length })}</p>
      <ul>
        {missing.map((key) => (
          <li key={key}>{labels[key] ?? key}</li>
        ))}
      </ul>
      <p>
        <a href="#checklist">{t("seeChecklist")}</a>
      </p>
    </div>
  );
}
