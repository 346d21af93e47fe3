"use client";

import { Link } from "@/app/_components/link";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { CountryOptions, type CountryOption } from "@/app/_components/country-options";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
import type { ActionState } from "@/app/_lib/action-state";
import type { CountryDirectory } from "@/lib/reference/directory";
import { basesOf } from "@/lib/reference/legal-bases";
import { proposedAuthority, rankAuthorities } from "@/lib/reference/propose";
import { CHANNELS, LEGAL_BASES, URGENCIES, type LegalBasis, type MeasureType } from "@/lib/requests/vocabulary";
import { LIMITS } from "@/lib/requests/schemas";
import { AUTHORITY_OPTIONS_ID, AuthorityProposal, LegalBasisNotes } from "./directory-hints";
import { ErrorSummary, FormField, submissionKey, type ControlProps } from "./form-field";
import { REQUEST_FORM_FIELDS, REQUEST_FORM_TEXTS, type CaseOption, type RequestFormField } from "./fields";

type FormValues = Partial<Record<RequestFormField, string>>;

export interface RequestFormProps {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** The values to start from: the draft's fields when editing, a preselected case when creating. */
  initial: FormValues;
  cases: CaseOption[];
  countries: CountryOption[];
  /** Present when editing: the case and the requested State are fixed, the version guards concurrent edits. */
  edit?: { requestId: string; version: number; caseLabel: string; countryCode: string; countryName: string };
  /** The directory of each country the form may address: the legal bases it offers, its authorities. */
  directory: Record<string, CountryDirectory>;
  /** The measures the request already asks for (when editing): the proposed authority is competent for them. */
  measureTypes?: MeasureType[];
  cancelHref: string;
}

const SUMMARY_ORDER: RequestFormField[] = ["caseId", ...REQUEST_FORM_FIELDS];

/** The draft of a mutual legal assistance request, grouped as the foreign authority will read it. */
export function RequestForm({ action, initial, cases, countries, edit, directory, measureTypes = [], cancelHref }: RequestFormProps) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const submission = submissionKey(state);
  const failed = state && !state.ok ? state : null;
  // After a failure the form shows what was typed, not the stored draft.
  const values: FormValues = failed?.values ?? initial;
  const issues = failed?.fields ?? {};
  const label = (name: RequestFormField) => t(REQUEST_FORM_TEXTS[name].label);
  const help = (name: RequestFormField) => t(REQUEST_FORM_TEXTS[name].help);
  const field = (name: RequestFormField, control: (p: ControlProps) => React.ReactNode, options: { required?: boolean; wide?: boolean } = {}) => (
    <FormField id={`rq-${name}`} name={name} label={label(name)} help={help(name)} errors={issues[name]} {...options}>
      {control}
    </FormField>
  );
  const choose = <option value="">{t("requests.form.choose")}</option>;

  // The directory follows the requested State as it is chosen.
  const [countryCode, setCountryCode] = useState(edit?.countryCode ?? values.requestedCountryCode ?? "");
  const authorityInput = useRef<HTMLInputElement>(null);
  const filledByProposal = useRef("");
  const rankedFor = (code: string) => rankAuthorities(directory[code]?.authorities ?? [], measureTypes);
  const ranked = rankedFor(countryCode);
  const proposal = proposedAuthority(ranked);
  const fillAuthority = (name: string) => {
    if (!authorityInput.current) return;
    authorityInput.current.value = name;
    filledByProposal.current = name;
  };
  const chooseCountry = (code: string) => {
    setCountryCode(code);
    // An empty field, or one the previous proposal filled, takes the new country's proposal; typed text stays.
    const current = authorityInput.current?.value ?? "";
    if (current === "" || current === filledByProposal.current) fillAuthority(proposedAuthority(rankedFor(code))?.authority.name ?? "");
  };
  const legalBasisOptions = legalBasisChoices(directory[countryCode], values, countryCode);

  return (
    <form action={formAction} className="stack rq-form" key={submission} noValidate>
      {failed && (
        <ErrorSummary
          failure={failed}
          message={`${t("requests.form.notSaved")} ${t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}`}
          items={SUMMARY_ORDER.filter((name) => issues[name]?.length).map((name) => ({
            target: `rq-${name}`,
            label: label(name),
            keys: issues[name] ?? [],
          }))}
        />
      )}
      <p className="help rq-note">
        {t("requests.form.draftNote")} {t("requests.form.afterSave")}
      </p>
      {edit && <RequestVersionFields requestId={edit.requestId} version={edit.version} />}

      <fieldset className="rq-fieldset">
        <legend>{t("requests.form.sections.case")}</legend>
        {edit
          ? field("caseId", (p) => <input id={p.id} aria-describedby={p["aria-describedby"]} value={edit.caseLabel} readOnly />, { wide: true })
          : field(
              "caseId",
              (p) => (
                <select {...p} defaultValue={values.caseId ?? ""}>
                  {choose}
                  {cases.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              ),
              { required: true, wide: true },
            )}
        {!edit && (
          <p className="rq-aside">
            <Link href="/cases/new">{t("requests.form.createCase")}</Link>
          </p>
        )}
      </fieldset>

      <fieldset className="rq-fieldset">
        <legend>{t("requests.form.sections.requestedState")}</legend>
        {edit ? (
          <>
            <input type="hidden" name="requestedCountryCode" value={edit.countryCode} />
            <FormField
              id="rq-requestedCountryCode"
              name="requestedCountryCode"
              label={label("requestedCountryCode")}
              help={t("requests.form.fixedCountry")}
              errors={issues.requestedCountryCode}
            >
              {(p) => <input id={p.id} aria-describedby={p["aria-describedby"]} value={edit.countryName} readOnly />}
            </FormField>
          </>
        ) : (
          field(
            "requestedCountryCode",
            (p) => (
              <select {...p} defaultValue={values.requestedCountryCode ?? ""} onChange={(e) => chooseCountry(e.target.value)}>
                {choose}
                <CountryOptions countries={countries} />
              </select>
            ),
            { required: true },
          )
        )}
        {field(
          "requestedAuthority",
          (p) => <input {...p} ref={authorityInput} list={AUTHORITY_OPTIONS_ID} maxLength={LIMITS.short} defaultValue={values.requestedAuthority ?? ""} />,
          { wide: true },
        )}
        <AuthorityProposal countryChosen={Boolean(countryCode)} ranked={ranked} proposal={proposal} onUse={fillAuthority} />
      </fieldset>

      <fieldset className="rq-fieldset">
        <legend>{t("requests.form.sections.legalBasis")}</legend>
        {field(
          "legalBasis",
          (p) => (
            // A new State, a new list: remounted so that its default is one of the new options.
            <select {...p} key={countryCode} defaultValue={legalBasisOptions.selected}>
              {choose}
              <TranslatedOptions values={legalBasisOptions.values} namespace="legalBases" />
            </select>
          ),
          { required: true },
        )}
        <LegalBasisNotes countryChosen={Boolean(countryCode)} entry={directory[countryCode]} />
        {field(
          "channel",
          (p) => (
            <select {...p} defaultValue={values.channel ?? ""}>
              {choose}
              <TranslatedOptions values={CHANNELS} namespace="channels" />
            </select>
          ),
          { required: true },
        )}
        {field("legalBasisDetail", (p) => <textarea {...p} rows={3} maxLength={LIMITS.medium} defaultValue={values.legalBasisDetail ?? ""} />, { wide: true })}
      </fieldset>

      <fieldset className="rq-fieldset">
        <legend>{t("requests.form.sections.urgency")}</legend>
        {field("urgency", (p) => (
          <select {...p} defaultValue={values.urgency || "normal"}>
            <TranslatedOptions values={URGENCIES} namespace="urgencies" />
          </select>
        ))}
        {field("targetDate", (p) => <input {...p} type="date" defaultValue={values.targetDate ?? ""} />)}
        {field("urgencyReasons", (p) => <textarea {...p} rows={3} maxLength={LIMITS.medium} defaultValue={values.urgencyReasons ?? ""} />, { wide: true })}
        {/* The field's label heads the group; the checkbox itself says what ticking it asks for. */}
        <div className="rq-wide field" role="group" aria-labelledby="rq-confidential-label">
          <span id="rq-confidential-label" className="rq-label">
            {label("confidential")}
          </span>
          <div className="rq-check">
            <input
              id="rq-confidential"
              name="confidential"
              type="checkbox"
              defaultChecked={values.confidential === "on" || values.confidential === "true"}
              aria-describedby="rq-confidential-help"
            />
            <label htmlFor="rq-confidential">{t("requests.form.confidentialCheckbox")}</label>
            <p id="rq-confidential-help" className="help">
              {help("confidential")}
            </p>
          </div>
        </div>
        {field(
          "confidentialityReasons",
          (p) => <textarea {...p} rows={3} maxLength={LIMITS.medium} defaultValue={values.confidentialityReasons ?? ""} />,
          { wide: true },
        )}
      </fieldset>

      <fieldset className="rq-fieldset">
        <legend>{t("requests.form.sections.substance")}</legend>
        {field("summaryOfFacts", (p) => <textarea {...p} rows={10} maxLength={LIMITS.long} defaultValue={values.summaryOfFacts ?? ""} />, { wide: true })}
        {field(
          "offencesAndPenalties",
          (p) => <textarea {...p} rows={6} maxLength={LIMITS.long} defaultValue={values.offencesAndPenalties ?? ""} />,
          { wide: true },
        )}
        {field("contactPoint", (p) => <textarea {...p} rows={4} maxLength={LIMITS.medium} defaultValue={values.contactPoint ?? ""} />, { wide: true })}
      </fieldset>

      <div className="rq-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t("requests.form.saving") : edit ? t("requests.form.save") : t("requests.form.create")}
        </button>
        <Link href={cancelHref} className="button">
          {t("requests.form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/**
 * The legal bases the select offers: those the directory records with the State. A value
 * sent for this State and refused stays listed, so that the form shows what was sent beside
 * the server's message; a single basis is preselected.
 */
function legalBasisChoices(entry: CountryDirectory | undefined, values: FormValues, countryCode: string) {
  const offered = entry ? basesOf(entry.bases) : [];
  const sent = values.requestedCountryCode === countryCode ? values.legalBasis : undefined;
  const sentBasis = (LEGAL_BASES as readonly string[]).includes(sent ?? "") ? (sent as LegalBasis) : undefined;
  const list = sentBasis && !offered.includes(sentBasis) ? [...offered, sentBasis] : offered;
  return { values: list, selected: sentBasis ?? (offered.length === 1 ? offered[0]! : "") };
}
