import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { listChecklistRules } from "@/lib/checklists/admin";
import { inLocale } from "@/lib/i18n/locale";
import { RuleForm } from "./rule-form";

/** The checklist rules, as administrators keep them (no case content here). */
export default async function ChecklistRulesPage() {
  const ctx = await requestContext();
  const rules = await loadOrDeny(() => listChecklistRules(ctx));
  const [t, format, locale] = await Promise.all([getTranslations("referenceData.checklist"), getFormatter(), getLocale()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="rule-list">
        {rules.map((rule) => (
          <li key={rule.key} className="panel">
            <details>
              <summary>
                <strong>{inLocale(locale, { fr: rule.labelFr, en: rule.labelEn })}</strong>{" "}
                {!rule.active && <span className="badge">{t("inactive")}</span>}{" "}
                <span className="muted small">
                  {rule.editedAt ? t("edited", { date: format.dateTime(rule.editedAt, { dateStyle: "medium" }) }) : t("shipped")}
                </span>
              </summary>
              <p className="muted small">{t("appliesTo", { key: rule.key, conditions: conditionsOf(rule) || t("everyRequest") })}</p>
              <RuleForm rule={rule} />
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Which requests a rule concerns, as codes (country, basis, measure, document): for the administrator's eye. */
function conditionsOf(rule: Awaited<ReturnType<typeof listChecklistRules>>[number]): string {
  return [rule.countryCode, rule.legalBasis, rule.exceptLegalBasis && `≠ ${rule.exceptLegalBasis}`, rule.measureType, rule.documentType ?? rule.field]
    .filter(Boolean)
    .join(" · ");
}
