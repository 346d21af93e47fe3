"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
import type { ActionState } from "@/app/_lib/action-state";
import { DOCUMENT_LANGUAGES, SHARED_BY_DEFAULT, type DocumentType } from "@/lib/documents/vocabulary";
import { uploadDocumentsAction } from "./document-actions";
import { DocumentFilesField, isFileField, UploadAlert, UploadedStatus, useDocumentMessage } from "./document-files-field";
import type { UploadLimits } from "./document-upload-limits";
import { SubmitButton } from "./pending-writes";

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
  limits: UploadLimits;
}

const FIELDS = ["type", "language", "visibility", "measureId", "replacesId", "checklistItemKey"] as const;
const shownInline = (field: string) => isFileField(field) || (FIELDS as readonly string[]).includes(field);

/** Adds documents: the files, what they are, their language, and for the requesting side who sees them. */
export function DocumentsForm(props: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(uploadDocumentsAction, null);
  // Remounted on every answer: the typed choices come back after a failure, empty fields after success.
  return <UploadForm key={state?.values?.nonce ?? "documents"} {...props} state={state} formAction={formAction} />;
}

function UploadForm({
  requestId, version, types, chooseVisibility, measures, replaceable, checklistItems, limits, state, formAction,
}: Props & { state: ActionState; formAction: (form: FormData) => void }) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values ?? {};
  const [type, setType] = useState(typed.type ?? "");
  const [language, setLanguage] = useState(typed.language ?? "");
  const [itemKey, setItemKey] = useState(typed.checklistItemKey ?? "");
  const [visibility, setVisibility] = useState(typed.visibility || ((SHARED_BY_DEFAULT as readonly string[]).includes(typed.type ?? "") ? "shared" : "internal"));
  const [blocked, setBlocked] = useState(false);
  const fields = failed?.fields ?? {};
  const message = useDocumentMessage(limits);
  const fieldErrors = (field: string) => {
    const keys = fields[field] ?? [];
    if (!keys.length) return <span id={`document-${field}-errors`} hidden />;
    return (
      <ul id={`document-${field}-errors`} className="field-errors">
        {keys.map((key) => (
          <li key={key}>{message(key)}</li>
        ))}
      </ul>
    );
  };
  const invalid = (field: string) => (fields[field]?.length ? true : undefined);

  const changeType = (next: string) => {
    setType(next);
    setVisibility((SHARED_BY_DEFAULT as readonly string[]).includes(next) ? "shared" : "internal");
  };
  const replaceOptions = replaceable.filter((d) => d.type === type);
  const checklistOptions = checklistItems.filter(
    (item) => item.documentType === type && (!item.documentLanguage || item.documentLanguage === language),
  );
  // Only what the requested authority receives counts for the checklist (lib/documents/checklist-link.ts):
  // a document linked to an item is shared, and "internal" is not offered.
  const linked = checklistOptions.some((item) => item.value === itemKey);
  const chooseItem = (next: string) => {
    setItemKey(next);
    if (next) setVisibility("shared");
  };
  const shownVisibility = linked ? "shared" : visibility;

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
    control: { required?: boolean; value?: string; onChange?: (next: string) => void } = {},
  ) => (
    <div className="field">
      <label htmlFor={`document-${id}`}>{text.label}</label>
      <select
        id={`document-${id}`}
        name={name}
        {...(control.onChange
          ? { value: control.value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => control.onChange!(e.currentTarget.value) }
          : { defaultValue: typed[name] ?? "" })}
        required={control.required}
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
    <form
      action={formAction}
      className="stack rp-subform"
      aria-labelledby="document-form-title"
      // Files the browser already knows are too large are not sent: the reason shows under the picker.
      onSubmit={(e) => blocked && e.preventDefault()}
      noValidate
    >
      <h3 id="document-form-title">{t("documents.form.title")}</h3>
      <UploadedStatus state={state} />
      <UploadAlert failed={failed} inline={shownInline} limits={limits} requestId={requestId} />
      <RequestVersionFields requestId={requestId} version={version} />
      <DocumentFilesField id="document-file" label={t("documents.form.files")} failed={failed} limits={limits} onBlocked={setBlocked} />
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
          { required: type === "returned_evidence" },
        )}
      {replaceOptions.length > 0 &&
        linkSelect("replaces", "replacesId", replaceOptions, {
          label: t("documents.form.replaces"),
          none: t("documents.form.replacesNone"),
          help: t("documents.form.replacesHelp"),
        })}
      {checklistOptions.length > 0 &&
        linkSelect(
          "checklist",
          "checklistItemKey",
          checklistOptions,
          {
            label: t("documents.form.checklistItem"),
            none: t("documents.form.checklistItemNone"),
            help: t("documents.form.checklistItemHelp"),
          },
          { value: linked ? itemKey : "", onChange: chooseItem },
        )}
      {chooseVisibility ? (
        <fieldset className="rp-fieldset" aria-describedby="document-visibility-help document-visibility-errors">
          <legend>{t("documents.form.visibility")}</legend>
          {(["internal", "shared"] as const).map((value) => (
            <label key={value} className="rp-choice">
              <input
                type="radio"
                name="visibility"
                value={value}
                checked={shownVisibility === value}
                disabled={linked && value === "internal"}
                onChange={() => setVisibility(value)}
              />
              {t(`visibilities.${value}`)}
            </label>
          ))}
          <p id="document-visibility-help" className="help">
            {linked ? t("documents.form.visibilityLinkedHelp") : t("documents.form.visibilityHelp")}
          </p>
          {fieldErrors("visibility")}
        </fieldset>
      ) : (
        <p className="help">{t("documents.form.sharedOnly")}</p>
      )}
      <div>
        <SubmitButton className="button primary">{t("documents.form.submit")}</SubmitButton>
      </div>
    </form>
  );
}
