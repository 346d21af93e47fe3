"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
import type { ActionState } from "@/app/_lib/action-state";
import { DOCUMENT_LANGUAGES } from "@/lib/documents/vocabulary";
import { uploadDocumentsAction } from "./document-actions";
import { DocumentFilesField, isFileField, UploadAlert, UploadedStatus } from "./document-files-field";
import type { UploadLimits } from "./document-upload-limits";
import { SubmitButton } from "./pending-writes";

interface Props {
  requestId: string;
  version: number;
  itemKey: string;
  itemLabel: string;
  /** What the item asks for (its rule): the upload is preset with it. */
  documentType: string;
  /** The language the rule asks for; without one the uploader confirms it (proposed: `defaultLanguage`). */
  documentLanguage: string | null;
  defaultLanguage: string;
  /** Whether the item is still missing: once provided, only the upload's answer remains. */
  missing: boolean;
  limits: UploadLimits;
}

/**
 * "Provide" on a missing checklist item: the upload opens under the item with what the item
 * asks for already set — its type, its language, the link to the item and "shared" (only
 * what the requested authority receives counts). Choosing the files and sending is all that
 * is left: three actions for the item.
 */
export function ChecklistProvideForm(props: Props) {
  const { itemKey, itemLabel, missing } = props;
  const t = useTranslations("checklists.provide");
  const [state, formAction] = useActionState<ActionState, FormData>(uploadDocumentsAction, null);
  const [open, setOpen] = useState(false);
  const formId = `provide-${itemKey}`;
  return (
    <>
      <UploadedStatus state={state} />
      {missing && (
        <div className="doc-provide">
          <button
            type="button"
            className="button small"
            aria-expanded={open}
            aria-controls={formId}
            aria-label={t("openNamed", { item: itemLabel })}
            onClick={() => setOpen(!open)}
          >
            {t("open")}
          </button>
          {open && <ProvideForm key={state?.values?.nonce ?? "provide"} {...props} formId={formId} state={state} formAction={formAction} />}
        </div>
      )}
    </>
  );
}

function ProvideForm({
  requestId, version, itemKey, itemLabel, documentType, documentLanguage, defaultLanguage, limits, formId, state, formAction,
}: Props & { formId: string; state: ActionState; formAction: (form: FormData) => void }) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  const [blocked, setBlocked] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Opened by "Provide": the next thing to do is to choose the files.
  useEffect(() => fileInput.current?.focus(), []);
  const type = t(`documents.types.${documentType}`);

  return (
    <form
      id={formId}
      action={formAction}
      className="stack doc-provide-form"
      aria-label={t("checklists.provide.formLabel", { item: itemLabel })}
      // Files the browser already knows are too large are not sent: the reason shows under the picker.
      onSubmit={(e) => blocked && e.preventDefault()}
      noValidate
    >
      <UploadAlert failed={failed} inline={isFileField} limits={limits} requestId={requestId} />
      <RequestVersionFields requestId={requestId} version={version} />
      <input type="hidden" name="type" value={documentType} />
      <input type="hidden" name="checklistItemKey" value={itemKey} />
      <input type="hidden" name="visibility" value="shared" />
      <p className="help">
        {documentLanguage
          ? t("checklists.provide.preset", { type, language: t(`documents.languages.${documentLanguage}`) })
          : t("checklists.provide.presetType", { type })}
      </p>
      <DocumentFilesField
        id={`${formId}-file`}
        label={t("checklists.provide.files", { item: itemLabel })}
        failed={failed}
        limits={limits}
        onBlocked={setBlocked}
        inputRef={fileInput}
      />
      {documentLanguage ? (
        <input type="hidden" name="language" value={documentLanguage} />
      ) : (
        <div className="field">
          <label htmlFor={`${formId}-language`}>{t("documents.form.language")}</label>
          <select
            id={`${formId}-language`}
            name="language"
            required
            defaultValue={failed?.values?.language ?? defaultLanguage}
            aria-invalid={failed?.fields?.language ? true : undefined}
          >
            <option value="">{t("requestPage.chooseOne")}</option>
            <TranslatedOptions values={DOCUMENT_LANGUAGES} namespace="documents.languages" />
          </select>
        </div>
      )}
      <div>
        <SubmitButton className="button primary" aria-label={t("checklists.provide.submitNamed", { item: itemLabel })}>
          {t("checklists.provide.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
