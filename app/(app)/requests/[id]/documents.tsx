import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { DocumentListItem } from "@/lib/documents/list";
import { documentsOf } from "./documents-of";
import { choosesVisibility, uploadableTypes } from "@/lib/documents/rules";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestView } from "@/lib/requests/get-request";
import { checklistLabels } from "./checklist-progress";
import { formatSize } from "./document-size";
import { uploadLimits } from "./document-upload-limits";
import { DocumentsForm } from "./documents-form";

/** 12 hex digits tell documents apart at a glance; the full SHA-256 is one click away. */
const SHORT_HASH = 12;

/**
 * The request's documents as the viewer may see them: each current document with its
 * earlier versions, its SHA-256 and a download link; returned evidence names its measure.
 * Below, the upload form for the types the viewer's side adds in the request's state.
 */
export async function RequestPageDocuments({ view }: { view: RequestView }) {
  const [t, format, locale, items] = await Promise.all([getTranslations(), getFormatter(), getLocale(), documentsOf(view.request.id)]);
  const types = uploadableTypes(view.relation, view.request.status);
  const requestingSide = choosesVisibility(view.relation);
  // The checklist is the requesting side's: only it links a document to an item.
  const { checklist } = view;
  const checklistItemLabels = checklistLabels(checklist, locale);

  const typeLabel = (type: string) => t(`documents.types.${type}`);
  const languageLabel = (language: string) => t(`documents.languages.${language}`);
  const measureLabels = new Map(
    view.measures.map((m, index) => [m.id, t("documents.list.measureLabel", { number: index + 1, type: t(`measureTypes.${m.type}`) })]),
  );
  const byId = new Map(items.map((d) => [d.id, d]));
  const earlierVersions = (document: DocumentListItem) => {
    const chain: DocumentListItem[] = [];
    for (let previous = document.replacesId ? byId.get(document.replacesId) : undefined; previous; ) {
      chain.push(previous);
      previous = previous.replacesId ? byId.get(previous.replacesId) : undefined;
    }
    return chain;
  };
  const current = items.filter((d) => d.current);

  const hash = (sha256: string) => (
    <details className="rp-details">
      <summary>
        <code title={sha256}>{sha256.slice(0, SHORT_HASH)}…</code>
        <span className="visually-hidden"> {t("documents.list.sha256Show")}</span>
      </summary>
      <code data-sha256={sha256} style={{ overflowWrap: "anywhere" }}>
        {sha256}
      </code>
    </details>
  );
  const download = (document: DocumentListItem) => (
    <a
      className="button"
      href={`/api/documents/${document.id}`}
      aria-label={t("documents.list.downloadLabel", { document: typeLabel(document.type), version: document.version })}
    >
      {t("documents.list.download")}
    </a>
  );

  return (
    <div className="stack">
      {current.length === 0 ? (
        <p className="muted">{t("documents.list.empty")}</p>
      ) : (
        <ul className="rp-measures">
          {current.map((document) => {
            const earlier = earlierVersions(document);
            const headingId = `document-${document.id}-title`;
            return (
              <li key={document.id} className="rp-measure" aria-labelledby={headingId}>
                <div className="rp-item-head">
                  <h3 id={headingId}>
                    {t("documents.list.heading", { type: typeLabel(document.type), language: languageLabel(document.language) })}{" "}
                    <span className="muted">· {t("documents.list.version", { version: document.version })}</span>
                  </h3>
                  {document.visibility === "internal" && (
                    <span className="badge rp-internal" title={t("documents.list.internalHelp")}>
                      {t("documents.list.internal")}
                    </span>
                  )}
                </div>
                <dl className="facts">
                  <dt>{t("documents.list.fileName")}</dt>
                  <dd className="rp-text">{document.originalName ?? t("documents.list.nameWithheld")}</dd>
                  {document.measureId && (
                    <>
                      <dt>{t("documents.list.measure")}</dt>
                      <dd>{measureLabels.get(document.measureId)}</dd>
                    </>
                  )}
                  {document.checklistItemKey && checklist && (
                    <>
                      <dt>{t("documents.list.checklistItem")}</dt>
                      <dd>
                        {/* The same item, under the same name, in the checklist (while it applies to the request). */}
                        {checklistItemLabels[document.checklistItemKey] ? (
                          <a href={`#checklist-${document.checklistItemKey}`}>{checklistItemLabels[document.checklistItemKey]}</a>
                        ) : (
                          document.checklistItemKey
                        )}
                      </dd>
                    </>
                  )}
                  <dt>{t("documents.list.size")}</dt>
                  <dd>{formatSize(format, document.size)}</dd>
                  <dt>{t("documents.list.uploaded")}</dt>
                  <dd>
                    {t("documents.list.uploadedBy", {
                      name: document.uploaderName,
                      date: format.dateTime(document.uploadedAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </dd>
                  <dt>{t("documents.list.sha256")}</dt>
                  <dd>{hash(document.sha256)}</dd>
                </dl>
                <div>{download(document)}</div>
                {earlier.length > 0 && (
                  <details className="rp-details">
                    <summary>{t("documents.list.earlierVersions", { count: earlier.length })}</summary>
                    <ul className="rp-inline-list">
                      {earlier.map((previous) => (
                        <li key={previous.id}>
                          <strong>{t("documents.list.replacedVersion", { version: previous.version })}</strong>
                          {" — "}
                          {previous.originalName ?? t("documents.list.nameWithheld")}, {formatSize(format, previous.size)},{" "}
                          {t("documents.list.uploadedBy", {
                            name: previous.uploaderName,
                            date: format.dateTime(previous.uploadedAt, { dateStyle: "medium", timeStyle: "short" }),
                          })}
                          {hash(previous.sha256)}
                          {download(previous)}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {types.length > 0 && (
        <DocumentsForm
          requestId={view.request.id}
          version={view.request.version}
          types={types}
          chooseVisibility={requestingSide}
          measures={view.measures.map((m) => ({ value: m.id, label: measureLabels.get(m.id)! }))}
          replaceable={current
            .filter((d) => types.includes(d.type))
            .map((d) => ({
              value: d.id,
              type: d.type,
              label: `${typeLabel(d.type)} — ${languageLabel(d.language)} · v${d.version}${d.originalName ? ` — ${d.originalName}` : ""}`,
            }))}
          checklistItems={
            checklist?.items.map((item) => ({
              value: item.key,
              label: inLocale(locale, { fr: item.labelFr, en: item.labelEn }),
              documentType: item.expects.documentType,
              documentLanguage: item.expects.documentLanguage,
            })) ?? []
          }
          limits={uploadLimits(format)}
        />
      )}
    </div>
  );
}
