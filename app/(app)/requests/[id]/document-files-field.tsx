"use client";

import { useState, type Ref } from "react";
import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { formatSize } from "./document-size";
import type { UploadLimits } from "./document-upload-limits";
import { RequestPageFormAlert } from "./form-alert";
import { useIsLatestAnswer } from "./pending-writes";
import "./documents.css";

/**
 * What the two upload forms (the documents section's and a checklist item's "Provide")
 * share: the file picker with its checks and errors, the answer after an upload, and the
 * form-level alert.
 */

/** A documents error key translated, with the limits it may cite. */
export function useDocumentMessage(limits: UploadLimits) {
  const t = useTranslations();
  return (key: string) => {
    for (const candidate of [`documents.errors.${key}`, `errors.${key}`]) {
      if (t.has(candidate)) return t(candidate, { max: limits.maxLabel, total: limits.totalMaxLabel, maxFiles: limits.maxFiles });
    }
    return t("errors.invalid");
  };
}

/** The fields under which the verb reports a file: `file` for them all, `files.<n>` for the n-th. */
export const isFileField = (field: string) => field === "file" || /^files\.\d+$/.test(field);

/** A list the action sent back as JSON; nothing when absent or unreadable. */
function parseList(json: string | undefined): unknown[] {
  try {
    const list: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** The checks a browser can make before sending: each file's size, their number and total. */
function problemsOf(files: File[], limits: UploadLimits): { key: string; name?: string }[] {
  const problems: { key: string; name?: string }[] = files.filter((f) => f.size > limits.maxBytes).map((f) => ({ key: "fileTooLarge", name: f.name }));
  if (files.length > limits.maxFiles) problems.push({ key: "tooManyFiles" });
  if (files.reduce((sum, f) => sum + f.size, 0) > limits.totalMaxBytes) problems.push({ key: "filesTooLargeTogether" });
  return problems;
}

/**
 * The file picker: several files at once, each to become its own document. Sizes are checked
 * as soon as files are chosen — a refused upload of 25 MB is a long wait for nothing, and
 * above the server's body limit the submission would fail with no message of ours —
 * and `onBlocked` tells the form not to send meanwhile. The server's refusals come back
 * under `file` or `files.<n>`, named with the file they concern.
 */
export function DocumentFilesField({
  id,
  label,
  failed,
  limits,
  onBlocked,
  inputRef,
}: {
  id: string;
  label: string;
  failed: ActionState;
  limits: UploadLimits;
  onBlocked: (blocked: boolean) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useTranslations("documents");
  const format = useFormatter();
  const message = useDocumentMessage(limits);
  const [chosen, setChosen] = useState<File[]>([]);
  const names = parseList(failed?.values?.fileNames).map(String);
  const named = (name: string | undefined, text: string) => (name ? t("errors.fileNamed", { name, message: text }) : text);

  const refused = Object.entries(failed?.fields ?? {})
    .filter(([field]) => isFileField(field))
    .flatMap(([field, keys]) => keys.map((key) => named(names[Number(field.split(".")[1])], message(key))));
  const issues = [
    ...problemsOf(chosen, limits).map(({ key, name }) => named(name, message(key))),
    ...refused,
    // All or none: the files that passed were not kept either.
    ...(refused.length && names.length > 1 ? [t("errors.noneStored")] : []),
  ];
  const total = chosen.reduce((sum, f) => sum + f.size, 0);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        multiple
        required
        accept={limits.accept}
        aria-invalid={issues.length ? true : undefined}
        aria-describedby={`${id}-help ${id}-chosen ${id}-errors`}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          setChosen(files);
          onBlocked(problemsOf(files, limits).length > 0);
        }}
      />
      <p id={`${id}-chosen`} className="help" hidden={chosen.length < 2}>
        {t("form.chosen", { count: chosen.length, size: formatSize(format, total) })}
      </p>
      <p id={`${id}-help`} className="help">
        {t("form.fileHelp", { max: limits.maxLabel, total: limits.totalMaxLabel, maxFiles: limits.maxFiles })}
      </p>
      {issues.length ? (
        <ul id={`${id}-errors`} className="field-errors">
          {issues.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      ) : (
        <span id={`${id}-errors`} hidden />
      )}
    </div>
  );
}

/** The answer to a successful upload: each file's SHA-256, the fingerprint to compare with the recipient's copy. */
export function UploadedStatus({ state }: { state: ActionState }) {
  const t = useTranslations("documents.form");
  const latest = useIsLatestAnswer(state);
  if (!state?.ok || !latest) return null;
  const uploaded = parseList(state.values?.uploaded) as { name: string; sha256: string }[];
  if (uploaded.length === 1) {
    return (
      <p role="status" className="alert alert-success doc-uploaded">
        {t("uploaded", { sha256: uploaded[0]!.sha256 })}
      </p>
    );
  }
  return (
    <div role="status" className="alert alert-success doc-uploaded">
      <p>{t("uploadedMany", { count: uploaded.length })}</p>
      <ul>
        {uploaded.map(({ name, sha256 }) => (
          <li key={sha256 + name}>
            {name} — <code>{sha256}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A refused upload's reason, and the refusals of fields the form does not show next to
 * the field itself; a stale page or a document replaced meanwhile offers a reload.
 */
export function UploadAlert({
  failed,
  inline,
  limits,
  requestId,
}: {
  failed: ActionState;
  inline: (field: string) => boolean;
  limits: UploadLimits;
  requestId: string;
}) {
  const t = useTranslations();
  const message = useDocumentMessage(limits);
  const latest = useIsLatestAnswer(failed);
  if (!failed || failed.ok || !latest) return null;
  const code = failed.message ?? "unexpected";
  // The page's own alert says what changed the request meanwhile, and offers the reload.
  if (code === "stale") return <RequestPageFormAlert state={failed} inlineFields={Object.keys(failed.fields ?? {})} reloadHref={`/requests/${requestId}`} />;
  const others = Object.entries(failed.fields ?? {}).filter(([field]) => !inline(field));
  if (code === "invalid" && others.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error rp-alert">
      <p>{message(code)}</p>
      {others.length > 0 && (
        <ul>
          {others.flatMap(([field, keys]) => keys.map((key) => <li key={field + key}>{message(key)}</li>))}
        </ul>
      )}
      {code === "documentAlreadyReplaced" && (
        <p>
          <a href={`/requests/${requestId}`}>{t("requestPage.reload")}</a>
        </p>
      )}
    </div>
  );
}
