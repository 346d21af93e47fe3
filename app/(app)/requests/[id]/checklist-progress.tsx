import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { Checklist } from "@/lib/checklists/checklist-for";
import type { ChecklistItem } from "@/lib/checklists/evaluate";
import { DOCUMENT_LANGUAGES } from "@/lib/documents/vocabulary";
import { inLocale } from "@/lib/i18n/locale";
import { fieldLabelKeyOf } from "@/lib/requests/field-labels";
import { ChecklistItems, type ChecklistEntry } from "./checklist-items";
import { documentsOf } from "./documents-of";
import { uploadLimits } from "./document-upload-limits";


/** Item labels in the viewer's language: the rules carry both (they are data, not messages). */
export function checklistLabels(checklist: Checklist | null, locale: string): Record<string, string> {
  return Object.fromEntries((checklist?.items ?? []).map((item) => [item.key, inLocale(locale, { fr: item.labelFr, en: item.labelEn })]));
}

const STATUS_CLASS = { provided: "badge-ok", waived: "cl-waived", missing: "cl-missing" } as const;

/**
 * Progress towards transmission: n of m items provided or waived, each item with why it is
 * needed, its status and what provides it (the document, named, or the field), or the
 * manager's waiver and its reason. A missing item says how to provide it: "Provide" opens
 * the upload preset for the item; a missing field links to where it is edited while the
 * request is a draft. A manager may waive a missing item before transmission, with a reason.
 */
export async function ChecklistProgress({ checklist, requestId, version }: { checklist: Checklist; requestId: string; version: number }) {
  const [t, format, locale, documents] = await Promise.all([getTranslations(), getFormatter(), getLocale(), documentsOf(requestId)]);
  const { items, done, total, missing } = checklist;
  if (total === 0) return <p className="muted">{t("checklists.empty")}</p>;

  const limits = uploadLimits(format);
  const defaultLanguage = (DOCUMENT_LANGUAGES as readonly string[]).includes(locale) ? locale : "";
  const typeLabel = (type: string) => (t.has(`documents.types.${type}`) ? t(`documents.types.${type}`) : type);
  const languageLabel = (language: string) => (t.has(`documents.languages.${language}`) ? t(`documents.languages.${language}`) : language);
  // A field reads as its one label, the one the form and the page use (lib/requests/field-labels.ts).
  const fieldLabel = (field: string) => {
    const key = fieldLabelKeyOf(field);
    return key && t.has(key) ? t(key) : field;
  };
  const documentsById = new Map(documents.map((d) => [d.id, d]));

  /** What provides the item, or what would. */
  const source = ({ status, providedBy, expects: { documentType, documentLanguage, field } }: ChecklistItem) => {
    if (providedBy?.kind === "document") {
      const document = documentsById.get(providedBy.documentId);
      if (!document) return t("checklists.providedByDocument");
      const name = t("documents.list.heading", { type: typeLabel(document.type), language: languageLabel(document.language) });
      // The same document, under the same name, in the documents section.
      return t.rich("checklists.providedByNamedDocument", {
        document: name,
        version: document.version,
        link: (chunks) => <a href={`#document-${document.id}-title`}>{chunks}</a>,
      });
    }
    if (providedBy?.kind === "field") {
      return providedBy.field === "measureLinks"
        ? t("checklists.providedByMeasureLinks")
        : t("checklists.providedByField", { field: fieldLabel(providedBy.field) });
    }
    if (status === "waived") return null;
    if (documentType) {
      if (!documentLanguage) return t("checklists.expectsDocument", { type: typeLabel(documentType) });
      return t("checklists.expectsDocumentInLanguage", { type: typeLabel(documentType), language: languageLabel(documentLanguage) });
    }
    if (field === "measureLinks") return t("checklists.expectsMeasureLinks");
    return field ? t("checklists.expectsField", { field: fieldLabel(field) }) : null;
  };

  /** Where a missing field is filled in: the draft's form, or each measure's on this page. */
  const fieldLink = (field: string): ChecklistEntry["fieldLink"] =>
    field === "measureLinks"
      ? { href: "#measures", text: t("checklists.completeMeasures"), onPage: true }
      : { href: `/requests/${requestId}/edit#rq-${field}`, text: t("checklists.fillField", { field: fieldLabel(field) }), onPage: false };

  const entries = items.map((item): ChecklistEntry => {
    const { documentType, documentLanguage, field } = item.expects;
    return {
      key: item.key,
      label: inLocale(locale, { fr: item.labelFr, en: item.labelEn }),
      status: item.status,
      statusClass: STATUS_CLASS[item.status],
      statusLabel: t(`checklists.status.${item.status}`),
      why: { term: t("checklists.why"), value: inLocale(locale, { fr: item.reasonFr, en: item.reasonEn }) },
      waiver:
        item.status === "waived" && item.waiver
          ? {
              term: t("checklists.waiverReason"),
              reason: item.waiver.reason,
              by: t("checklists.waivedBy", { name: item.waiver.waivedBy.name, date: format.dateTime(item.waiver.waivedAt, { dateStyle: "long" }) }),
            }
          : null,
      described: source(item),
      fieldLink: item.status === "missing" && field && checklist.canEditDraft ? fieldLink(field) : null,
      provide: documentType && checklist.uploadableTypes.includes(documentType) ? { documentType, documentLanguage } : null,
      waivable: item.status === "missing" && checklist.canWaive,
    };
  });

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
      <ChecklistItems items={entries} requestId={requestId} version={version} defaultLanguage={defaultLanguage} limits={limits} />
    </div>
  );
}
