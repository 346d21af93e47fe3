"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/app/_lib/action-state";
import { DOCUMENT_LANGUAGES, SHARED_BY_DEFAULT, type DocumentType } from "@/lib/documents/vocabulary";
import { documentAction } from "./actions";

interface Option {
  value: string;
  label: string;
}

interface Props {
  requestId: string;
  version: number;
  /** The types the viewer's side adds now (lib/documents/rules.ts). */
  types: DocumentType[];
  /** The requesting side chooses internal or shared; the requested side's documents are shared. */
  chooseVisibility: boolean;
  measures: Option[];
  /** Current documents this side may replace with a new version. */
  replaceable: (Option & { type: string })[];
  /** The request's checklist items, for the requesting side. */
  checklistItems: (Option & { documentType: string | null; documentLanguage: string | null })[];
  maxBytes: number;
  maxLabel: string;
  accept: string;
}

const FIELDS = ["file", "type", "language", "visibility", "measureId", "replacesId", "checklistItemKey"] as const;

/** Adds a document: the file, what it is, its language, and for the requesting side who sees it. */
export function DocumentsForm(props: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(documentAction, null);
  // Remounted on every answer: the typed choices come back after a failure, empty fields after success.
  return <UploadForm key={state?.values?.nonce ?? "documents"} {...props} state={state} formAction={formAction} pending={pending} />;
}

function UploadForm({
  requestId, version, types, chooseVisibility, measures, replaceable, checklistItems, maxBytes, maxLabel, accept, state, formAction, pending,
}: Props & { state: ActionState; formAction: (form: FormData) => void; pending: boolean }) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values ?? {};
  const [type, setType] = useState(typed.type ?? "");
  const [language, setLanguage] = useState(typed.language ?? "");
  const [visibility, setVisibility] = useState(typed.visibility || ((SHARED_BY_DEFAULT as readonly string[]).includes(typed.type ?? "") ? "shared" : "internal"));
  const [tooLarge, setTooLarge] = useState(false);
  const fields = failed?.fields ?? {};
  // A NUL or other unreadable character in the name is reported against the file.
  const issues = (field: string) => [...(fields[field] ?? []), ...(field === "file" ? (fields.fileName ?? []) : [])];
  const message = (key: string) => {
    for (const candidate of [`documents.errors.${key}`, `errors.${key}`]) {
      if (t.has(candidate)) return t(candidate, { max: maxLabel });
    }
    return t("errors.invalid");
  };
  const fieldErrors = (field: string) => {
    const keys = issues(field);
    if (field === "file" && tooLarge) keys.unshift("fileTooLarge");
    if (!keys.length) return <span id={`document-${field}-errors`} hidden />;
    return (
      <ul id={`document-${field}-errors`} className="field-errors">
        {keys.map((key) => (
          <li key={key}>{message(key)}</li>
        ))}
      </ul>
    );
  };
  const invalid = (field: string) => (issues(field).length > 0 || (field === "file" && tooLarge) ? true : undefined);
  const code = failed?.message;
  const shownInline = Object.keys(fields).every((f) => (FIELDS as readonly string[]).includes(f) || f === "fileName");

  const changeType = (next: string) => {
    setType(next);
    setVisibility((SHARED_BY_DEFAULT as readonly string[]).includes(next) ? "shared" : "internal");
  };
  const replaceOptions = replaceable.filter((d) => d.type === type);
  const checklistOptions = checklistItems.filter(
    (item) => item.documentType === type && (!item.documentLanguage || item.documentLanguage === language),
  );

  return (
    <form action={formAction} className="stack rp-subform" aria-labelledby="document-form-title" noValidate>
      <h3 id="document-form-title">{t("documents.form.title")}</h3>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("documents.form.uploaded", { sha256: state.values?.detail ?? "" })}
        </p>
      )}
      {failed && (code !== "invalid" || !shownInline) && (
        <div role="alert" className="alert alert-error rp-alert">
          <p>{message(code ?? "unexpected")}</p>
          {code === "stale" || code === "documentAlreadyReplaced" ? (
            <p>
              <a href={`/requests/${requestId}`}>{t("requestPage.reload")}</a>
            </p>
          ) : null}
        </div>
      )}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="document-file">{t("documents.form.file")}</label>
        <input
          id="document-file"
          name="file"
          type="file"
          required
          accept={accept}
          aria-invalid={invalid("file")}
          aria-describedby="document-file-help document-file-errors"
          // Saves a long upload that the server would refuse anyway.
          onChange={(e) => setTooLarge((e.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
        />
        <p id="document-file-help" className="help">
          {t("documents.form.fileHelp", { max: maxLabel })}
        </p>
        {fieldErrors("file")}
      </div>
      <div className="rp-field-row">
        <div className="field">
          <label htmlFor="document-type">{t("documents.form.type")}</label>
          <select
            id="document-type"
            name="type"
            required
            value={type}
            onChange={(e) => changeType(e.currentTarget.value)}
            aria-invalid={invalid("type")}
            aria-describedby="document-type-errors"
          >
            <option value="">{t("requestPage.chooseOne")}</option>
            {types.map((value) => (
              <option key={value} value={value}>
                {t(`documents.types.${value}`)}
              </option>
            ))}
          </select>
          {fieldErrors("type")}
        </div>
        <div className="field">
          <label htmlFor="document-language">{t("documents.form.language")}</label>
          <select
            id="document-language"
            name="language"
            required
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            aria-invalid={invalid("language")}
            aria-describedby="document-language-errors"
          >
            <option value="">{t("requestPage.chooseOne")}</option>
            {DOCUMENT_LANGUAGES.map((value) => (
              <option key={value} value={value}>
                {t(`documents.languages.${value}`)}
              </option>
            ))}
          </select>
          {fieldErrors("language")}
        </div>
      </div>
      {measures.length > 0 && (
        <div className="field">
          <label htmlFor="document-measure">{t("documents.form.measure")}</label>
          <select
            id="document-measure"
            name="measureId"
            defaultValue={typed.measureId ?? ""}
            required={type === "returned_evidence"}
            aria-invalid={invalid("measureId")}
            aria-describedby="document-measure-help document-measureId-errors"
          >
            <option value="">{t("documents.form.measureNone")}</option>
            {measures.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <p id="document-measure-help" className="help">
            {type === "returned_evidence" ? t("documents.form.measureHelp") : t("documents.form.measureOptionalHelp")}
          </p>
          {fieldErrors("measureId")}
        </div>
      )}
      {replaceOptions.length > 0 && (
        <div className="field">
          <label htmlFor="document-replaces">{t("documents.form.replaces")}</label>
          <select
            id="document-replaces"
            name="replacesId"
            defaultValue={typed.replacesId ?? ""}
            aria-invalid={invalid("replacesId")}
            aria-describedby="document-replaces-help document-replacesId-errors"
          >
            <option value="">{t("documents.form.replacesNone")}</option>
            {replaceOptions.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <p id="document-replaces-help" className="help">
            {t("documents.form.replacesHelp")}
          </p>
          {fieldErrors("replacesId")}
        </div>
      )}
      {checklistOptions.length > 0 && (
        <div className="field">
          <label htmlFor="document-checklist">{t("documents.form.checklistItem")}</label>
          <select
            id="document-checklist"
            name="checklistItemKey"
            defaultValue={typed.checklistItemKey ?? ""}
            aria-invalid={invalid("checklistItemKey")}
            aria-describedby="document-checklist-help document-checklistItemKey-errors"
          >
            <option value="">{t("documents.form.checklistItemNone")}</option>
            {checklistOptions.map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))}
          </select>
          <p id="document-checklist-help" className="help">
            {t("documents.form.checklistItemHelp")}
          </p>
          {fieldErrors("checklistItemKey")}
        </div>
      )}
      {chooseVisibility ? (
        <fieldset className="rp-fieldset" aria-describedby="document-visibility-help document-visibility-errors">
          <legend>{t("documents.form.visibility")}</legend>
          {(["internal", "shared"] as const).map((value) => (
            <label key={value} className="rp-choice">
              <input type="radio" name="visibility" value={value} checked={visibility === value} onChange={() => setVisibility(value)} />
              {t(`visibilities.${value}`)}
            </label>
          ))}
          <p id="document-visibility-help" className="help">
            {t("documents.form.visibilityHelp")}
          </p>
          {fieldErrors("visibility")}
        </fieldset>
      ) : (
        <p className="help">{t("documents.form.sharedOnly")}</p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={pending || tooLarge}>
          {pending ? t("documents.form.submitting") : t("documents.form.submit")}
        </button>
      </div>
    </form>
  );
}
