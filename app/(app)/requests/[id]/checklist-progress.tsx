import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { mayOnRequest } from "@/lib/access/request-access";
import { requestContext } from "@/lib/auth/session";
import { checklistFor, type Checklist } from "@/lib/checklists/checklist-for";
import type { ChecklistItem } from "@/lib/checklists/evaluate";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestView } from "@/lib/requests/get-request";
import { ChecklistWaiverForm } from "./checklist-waiver-form";

/** The request's checklist for its page; null for the requested side, to whom it is not shown (the verb would refuse it). */
export async function checklistForPage(view: Pick<RequestView, "relation" | "request">): Promise<Checklist | null> {
  return mayOnRequest(view.relation, "viewChecklist") ? checklistFor(await requestContext(), view.request.id) : null;
}

/** Item labels in the viewer's language: the rules carry both (they are data, not messages). */
export function checklistLabels(checklist: Checklist | null, locale: string): Record<string, string> {
  return Object.fromEntries((checklist?.items ?? []).map((item) => [item.key, inLocale(locale, { fr: item.labelFr, en: item.labelEn })]));
}

const STATUS_CLASS = { provided: "badge-ok", waived: "cl-waived", missing: "cl-missing" } as const;

/**
 * Progress towards transmission: n of m items provided or waived, each item with why it is
 * needed, its status and what provides it (or the manager's waiver and its reason); a
 * manager may waive a missing item before transmission, with a reason.
 */
export async function ChecklistProgress({ checklist, requestId, version }: { checklist: Checklist; requestId: string; version: number }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const { items, done, total, missing } = checklist;
  if (total === 0) return <p className="muted">{t("checklists.empty")}</p>;

  const fieldLabel = (field: string) => (t.has(`requestPage.fields.${field}`) ? t(`requestPage.fields.${field}`) : field);
  /** What provides the item, or what would. */
  const source = ({ status, providedBy, expects: { documentType, documentLanguage, field } }: ChecklistItem) => {
    if (providedBy?.kind === "document") return t("checklists.providedByDocument");
    if (providedBy?.kind === "field") {
      return providedBy.field === "measureLinks"
        ? t("checklists.providedByMeasureLinks")
        : t("checklists.providedByField", { field: fieldLabel(providedBy.field) });
    }
    if (status === "waived") return null;
    if (documentType) {
      const type = t.has(`documents.types.${documentType}`) ? t(`documents.types.${documentType}`) : documentType;
      if (!documentLanguage) return t("checklists.expectsDocument", { type });
      const language = t.has(`documents.languages.${documentLanguage}`) ? t(`documents.languages.${documentLanguage}`) : documentLanguage;
      return t("checklists.expectsDocumentInLanguage", { type, language });
    }
    if (field === "measureLinks") return t("checklists.expectsMeasureLinks");
    return field ? t("checklists.expectsField", { field: fieldLabel(field) }) : null;
  };

  return (
    <div className="stack">
      <p className="muted cl-intro">{t("checklists.intro")}</p>
      <div className="cl-progress">
        <progress value={done} max={total} aria-label={t("checklists.progressLabel")} />
        <span>{t("checklists.progress", { done, total })}</span>
      </div>
      <p role="status" className={missing.length ? "alert alert-error" : "alert alert-success"}>
        {missing.length ? t("checklists.incomplete", { count: missing.length }) : t("checklists.complete")}
      </p>
      <ol className="cl-items">
        {items.map((item) => {
          const label = inLocale(locale, { fr: item.labelFr, en: item.labelEn });
          const id = `checklist-${item.key}`;
          return (
            <li key={item.key} id={id} className={`cl-item cl-item-${item.status}`}>
              <div className="rp-item-head">
                <h3 id={`${id}-title`}>{label}</h3>
                <span className={`badge ${STATUS_CLASS[item.status]}`}>{t(`checklists.status.${item.status}`)}</span>
              </div>
              <dl className="rp-event-details">
                <div>
                  <dt>{t("checklists.why")}</dt>
                  <dd>{inLocale(locale, { fr: item.reasonFr, en: item.reasonEn })}</dd>
                </div>
                {item.status === "waived" && item.waiver && (
                  <div>
                    <dt>{t("checklists.waiverReason")}</dt>
                    <dd>
                      <span className="rp-text">{item.waiver.reason}</span>
                      <span className="rp-detail">
                        {t("checklists.waivedBy", {
                          name: item.waiver.waivedBy.name,
                          date: format.dateTime(item.waiver.waivedAt, { dateStyle: "long" }),
                        })}
                      </span>
                    </dd>
                  </div>
                )}
              </dl>
              {source(item) && <p className="help">{source(item)}</p>}
              {item.status === "missing" && checklist.canWaive && (
                <ChecklistWaiverForm requestId={requestId} version={version} itemKey={item.key} itemLabel={label} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
