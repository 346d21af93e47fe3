"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
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

  /** What the document is: its type, its language, each from a vocabulary. */
  const requiredChoice = (name: "type" | "language", values: readonly string[], namespace: string, value: string, choose: (next: string) => void) => (
    <div className="field">
      <label htmlFor={`document-${name}`}>{t(`documents.form.${name}`)}</label>
      <select
        id={`document-${name}`}
        name={name}
        required
        value={value}
        onChange={(e) => choose(e.currentTarget.value)}
        aria-invalid={invalid(name)}
        aria-describedby={`document-${name}-errors`}
      >
        <option value="">{t("requestPage.chooseOne")}</option>
        <TranslatedOptions values={values} namespace={namespace} />
      </select>
      {fieldErrors(name)}
    </div>
  );

  /** What the document belongs to or replaces: an optional choice, "none" first. */
  const linkSelect = (
    id: string,
    name: "measureId" | "replacesId" | "checklistItemKey",
    options: Option[],
    text: { label: string; none: string; help: string },
    required?: boolean,
  ) => (
    <div className="field">
      <label htmlFor={`document-${id}`}>{text.label}</label>
      <select
        id={`document-${id}`}
        name={name}
        defaultValue={typed[name] ?? ""}
        required={required}
        aria-invalid={invalid(name)}
        aria-describedby={`document-${id}-help document-${name}-errors`}
      >
        <option value="">{text.none}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`document-${id}-help`} className="help">
        {text.help}
      </p>
      {fieldErrors(name)}
    </div>
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
      <RequestVersionFields requestId={requestId} version={version} />
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
        {requiredChoice("type", types, "documents.types", type, changeType)}
        {requiredChoice("language", DOCUMENT_LANGUAGES, "documents.languages", language, setLanguage)}
      </div>
      {measures.length > 0 &&
        linkSelect(
          "measure",
          "measureId",
          measures,
          {
            label: t("documents.form.measure"),
            none: t("documents.form.measureNone"),
            help: type === "returned_evidence" ? t("documents.form.measureHelp") : t("documents.form.measureOptionalHelp"),
          },
          type === "returned_evidence",
        )}
      {replaceOptions.length > 0 &&
        linkSelect("replaces", "replacesId", replaceOptions, {
          label: t("documents.form.replaces"),
          none: t("documents.form.replacesNone"),
          help: t("documents.form.replacesHelp"),
        })}
      {checklistOptions.length > 0 &&
        linkSelect("checklist", "checklistItemKey", checklistOptions, {
          label: t("documents.form.checklistItem"),
          none: t("documents.form.checklistItemNone"),
          help: t("documents.form.checklistItemHelp"),
        })}
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
