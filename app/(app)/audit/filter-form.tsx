import type { ReactNode } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { FiltersForm } from "@/app/_components/filters-form";
import type { FieldIssues } from "@/lib/errors";
import { FILTER_DAY_RANGE } from "@/lib/requests/request-filters";
import type { ReviewSource } from "@/lib/audit/review";
import { actionLabel } from "./action-label";

type Values = Partial<Record<"actor" | "reference" | "action" | "from" | "to", string>>;

/** The review's filters (see FiltersForm); a bad value shows its error next to its field. */
export function AuditFilterForm({
  values,
  errors,
  actions,
}: {
  values: Values;
  errors: FieldIssues;
  actions: Record<ReviewSource, string[]>;
}) {
  const t = useTranslations();
  const control = (name: keyof Values, help?: string) => {
    const issues = errors[name] ?? [];
    const describedBy = [help ? `au-f-${name}-help` : "", issues.length ? `au-f-${name}-error` : ""].filter(Boolean).join(" ");
    return {
      id: `au-f-${name}`,
      name,
      defaultValue: values[name] ?? "",
      "aria-invalid": issues.length > 0 || undefined,
      "aria-describedby": describedBy || undefined,
    };
  };
  const below = (name: keyof Values, help?: string) => (
    <>
      {help && (
        <p id={`au-f-${name}-help`} className="help">
          {help}
        </p>
      )}
      {errors[name]?.length ? (
        <ul className="field-errors" id={`au-f-${name}-error`}>
          {errors[name]!.map((key) => (
            <li key={key}>{t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid")}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
  const field = (name: keyof Values, input: ReactNode, help?: string) => (
    <div className="field">
      <label htmlFor={`au-f-${name}`}>{t(`audit.filters.${name}`)}</label>
      {input}
      {below(name, help)}
    </div>
  );
  const sources = (Object.keys(actions) as ReviewSource[]).filter((source) => actions[source].length > 0);

  return (
    <FiltersForm action="/audit" classPrefix="au" messages="audit.filters">
      <div className="au-filter-grid">
        {field("actor", <input type="search" maxLength={200} autoComplete="off" {...control("actor", "help")} />, t("audit.filters.actorHelp"))}
        {field("reference", <input type="search" maxLength={100} autoComplete="off" {...control("reference", "help")} />, t("audit.filters.referenceHelp"))}
        {field(
          "action",
          <select {...control("action")}>
            <option value="">{t("audit.filters.anyAction")}</option>
            {sources.map((source) => (
              <optgroup key={source} label={t(`audit.filters.groups.${source}`)}>
                {actions[source].map((action) => (
                  <option key={`${source}-${action}`} value={action}>
                    {actionLabel(t, source, action)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>,
        )}
        {field("from", <input type="date" {...FILTER_DAY_RANGE} {...control("from", "help")} />, t("audit.filters.periodHelp"))}
        {field("to", <input type="date" {...FILTER_DAY_RANGE} {...control("to")} />)}
      </div>
    </FiltersForm>
  );
}
