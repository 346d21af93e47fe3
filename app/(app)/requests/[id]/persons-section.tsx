"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RecordTable } from "@/app/_components/record-table";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { PERSON_ROLES } from "@/lib/requests/vocabulary";
import { failureFor, RequestPageFormAlert } from "./form-alert";
import { personAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";
import { RemoveItemForm } from "./remove-item-form";

export interface PersonItem {
  id: string;
  pseudonym: string;
  role: string;
  /** Null when the viewer has no need to know a minor victim's identity. */
  identity: string | null;
  identityHidden: boolean;
  nationality: string;
  location: string;
  /** A child in danger now: shown to both sides (lib/requests/child-at-risk.ts). */
  childAtRisk: boolean;
}

interface Props {
  requestId: string;
  version: number;
  persons: PersonItem[];
  canEdit: boolean;
}

const INLINE_FIELDS = ["role", "identity", "nationality", "location", "childAtRisk"] as const;

/** Persons concerned, by pseudonym; a minor victim's identity only for those with need to know. */
export function PersonsSection({ requestId, version, persons, canEdit }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(personAction, null);
  const latest = useIsLatestAnswer(state);
  const nonce = state?.values?.nonce ?? "";
  const addFailure = failureFor(state, "add");
  const values = addFailure?.values ?? {};
  const fields = addFailure?.fields ?? {};
  const reload = `/requests/${requestId}`;
  const anyHidden = persons.some((p) => p.identityHidden);
  const removal = { action: formAction, requestId, version };

  return (
    <div className="stack">
      {state?.ok && latest && (
        <p role="status" className="alert alert-success">
          {t(`requestPage.persons.done.${state.message}`, { pseudonym: state.values?.detail ?? "" })}
        </p>
      )}
      <RequestPageFormAlert state={addFailure && canEdit ? null : state} reloadHref={reload} />
      {persons.length === 0 ? (
        <p className="muted">{t("requestPage.persons.empty")}</p>
      ) : (
        <RecordTable
          caption={t("requestPage.persons.title")}
          captionHidden
          columns={[
            t("fields.pseudonym"),
            t("fields.role"),
            t("fields.identity"),
            t("fields.nationality"),
            t("fields.location"),
            canEdit && t("requestPage.persons.actions"),
          ]}
        >
          {persons.map((person) => (
            <tr key={person.id} data-pseudonym={person.pseudonym}>
              <th scope="row">{person.pseudonym}</th>
              <td>
                {t.has(`personRoles.${person.role}`) ? t(`personRoles.${person.role}`) : person.role}
                {person.childAtRisk && (
                  <>
                    {" "}
                    <span className="badge rp-child-at-risk" data-child-at-risk>
                      {t("requestPage.persons.childAtRiskBadge")}
                    </span>
                  </>
                )}
              </td>
              <td>
                {person.identityHidden ? (
                  <span className="rp-withheld">{t("requestPage.persons.withheld")}</span>
                ) : (
                  person.identity
                )}
              </td>
              <td>{person.nationality || "—"}</td>
              <td>{person.location || "—"}</td>
              {canEdit && (
                <td>
                  <RemoveItemForm kind="persons" id={person.id} names={{ pseudonym: person.pseudonym }} {...removal} />
                </td>
              )}
            </tr>
          ))}
        </RecordTable>
      )}
      {anyHidden && <p className="help">{t("requestPage.persons.withheldNote")}</p>}
      {canEdit && (
        <form key={`add-${nonce}`} action={formAction} className="stack rp-subform" aria-labelledby="person-add-title" noValidate>
          <h3 id="person-add-title">{t("requestPage.persons.addTitle")}</h3>
          <RequestVersionFields requestId={requestId} version={version} />
          <input type="hidden" name="intent" value="add" />
          <RequestPageFormAlert state={addFailure} inlineFields={INLINE_FIELDS} reloadHref={reload} />
          <div className="form-grid">
            <div className="field">
              <label htmlFor="person-add-role">{t("fields.role")}</label>
              <select id="person-add-role" name="role" defaultValue={values.role ?? "suspect"} aria-describedby="person-add-role-errors">
                <TranslatedOptions values={PERSON_ROLES} namespace="personRoles" />
              </select>
              <FieldErrors id="person-add-role-errors" keys={fields.role} />
            </div>
            <TextField name="identity" label={t("fields.identity")} values={values} fields={fields} required help={t("requestPage.persons.identityHelp")} />
            <TextField name="nationality" label={t("fields.nationality")} values={values} fields={fields} />
            <TextField name="location" label={t("fields.location")} values={values} fields={fields} />
            <div className="field rq-check rq-wide">
              <input
                id="person-add-childAtRisk"
                name="childAtRisk"
                type="checkbox"
                defaultChecked={values.childAtRisk === "on"}
                aria-describedby="person-add-childAtRisk-help person-add-childAtRisk-errors"
                aria-invalid={fields.childAtRisk ? true : undefined}
              />
              <label htmlFor="person-add-childAtRisk">{t("requestPage.persons.childAtRisk")}</label>
              <p id="person-add-childAtRisk-help" className="help">
                {t("requestPage.persons.childAtRiskHelp")}
              </p>
              <FieldErrors id="person-add-childAtRisk-errors" keys={fields.childAtRisk} />
            </div>
          </div>
          <div>
            <SubmitButton className="button primary">{t("requestPage.persons.add")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}

function TextField({
  name,
  label,
  values,
  fields,
  required,
  help,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  fields: Record<string, string[]>;
  required?: boolean;
  help?: string;
}) {
  const id = `person-add-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        required={required}
        maxLength={200}
        autoComplete="off"
        defaultValue={values[name]}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={`${help ? `${id}-help ` : ""}${id}-errors`}
      />
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} keys={fields[name]} />
    </div>
  );
}
