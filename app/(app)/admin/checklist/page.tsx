import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { listChecklistRules } from "@/lib/checklists/admin";
import { inLocale } from "@/lib/i18n/locale";
import { listCountries } from "@/lib/reference/list-countries";
import { RuleForm } from "./rule-form";
import { ruleScope } from "./rule-scope";

/** The checklist rules, as administrators keep them (no case content here). */
export default async function ChecklistRulesPage() {
  const ctx = await requestContext();
  const [rules, countries] = await loadOrDeny(() => Promise.all([listChecklistRules(ctx), listCountries(ctx.db)]));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("referenceData.checklist"), getTranslations(), getFormatter(), getLocale()]);
  const countryNames = new Map(countries.map((c) => [c.code, inLocale(locale, { fr: c.nameFr, en: c.nameEn })]));
  const countryName = (code: string) => countryNames.get(code) ?? code;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="rule-list">
        {rules.map((rule) => {
          const scope = ruleScope(rule, tAll, countryName);
          return (
            <li key={rule.key} className="panel">
              <details>
                <summary>
                  <strong>{inLocale(locale, { fr: rule.labelFr, en: rule.labelEn })}</strong>{" "}
                  {!rule.active && <span className="badge">{t("inactive")}</span>}{" "}
                  <span className="muted small">
                    {rule.editedAt ? t("edited", { date: format.dateTime(rule.editedAt, { dateStyle: "medium" }) }) : t("shipped")}
                  </span>
                </summary>
                <p className="muted small">
                  {t("appliesTo", { key: rule.key, conditions: scope.conditions })}
                  {scope.providedBy && ` ${t("providedBy", { what: scope.providedBy })}`}
                </p>
                <RuleForm rule={rule} />
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
