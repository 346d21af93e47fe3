"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { CHANNELS } from "@/lib/requests/vocabulary";
import { failureFor, RequestPageFormAlert } from "./form-alert";
import { transitionAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";

/** A move this viewer may make now, as the transition table describes it. */
export interface TransitionOption {
  name: string;
  requires?: string;
  records?: "foreignReference" | "transmission";
}

interface Props {
  requestId: string;
  version: number;
  transitions: TransitionOption[];
  /** The channel planned in the draft, proposed for the transmission. */
  defaultChannel: string;
  /** Today in the viewer's time zone (YYYY-MM-DD): the latest transmission date. */
  today: string;
  /** Checklist item labels, to name what a refused transmission is missing. */
  checklistLabels?: Record<string, string>;
  /** What a move answers, shown in its form next to its text (e.g. the question an answer replies to). */
  notes?: Partial<Record<string, React.ReactNode>>;
  /** Whether to say that no move is open (not when the page offers the viewer other actions). */
  sayWhenNone?: boolean;
}

const INLINE_FIELDS = ["text", "foreignReference", "channel", "transmittedOn"] as const;
/** Moves that end or send back the request: shown as such. */
const DESTRUCTIVE = new Set(["refuse", "withdraw", "returnToDraft"]);

/** One form per available move; one outcome for all, so that it outlives the form that sent it. */
export function TransitionForms({ requestId, version, transitions, defaultChannel, today, checklistLabels, notes = {}, sayWhenNone = true }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(transitionAction, null);
  const latest = useIsLatestAnswer(state);
  const newStatus = state?.ok && latest ? state.values?.detail : undefined;
  return (
    <div className="stack">
      {newStatus && (
        <p role="status" className="alert alert-success">
          {t("requestPage.actions.done", {
            status: t.has(`statuses.${newStatus}`) ? t(`statuses.${newStatus}`) : newStatus,
          })}
        </p>
      )}
      {/* A move that is not (or no longer) offered has no form of its own to show its error in. */}
      <RequestPageFormAlert
        state={transitions.some((tr) => tr.name === state?.values?.intent) ? null : state}
        reloadHref={`/requests/${requestId}`}
      />
      {transitions.length === 0 ? (
        sayWhenNone && <p className="muted">{t("requestPage.actions.none")}</p>
      ) : (
        <div className="rp-transitions">
          {transitions.map((transition) => (
            <TransitionForm
              key={`${transition.name}-${state?.values?.nonce ?? ""}`}
              transition={transition}
              failure={failureFor(state, transition.name)}
              formAction={formAction}
              note={notes[transition.name]}
              requestId={requestId}
              version={version}
              defaultChannel={defaultChannel}
              today={today}
              checklistLabels={checklistLabels}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function TransitionForm({
  transition,
  failure,
  formAction,
  note,
  requestId,
  version,
  defaultChannel,
  today,
  checklistLabels,
}: Omit<Props, "transitions" | "notes" | "sayWhenNone"> & {
  transition: TransitionOption;
  failure: ActionState;
  formAction: (form: FormData) => void;
  note?: React.ReactNode;
}) {
  const t = useTranslations();
  const { name, requires, records } = transition;
  const id = `move-${name}`;
  const values = failure?.values ?? {};
  const fields = failure?.fields ?? {};
  const label = t(`transitions.${name}`);
  // The refusal lists the missing checklist items itself: the note would say it twice.
  const shownNote = fields.checklist ? undefined : note;
  return (
    <form action={formAction} className="rp-transition stack" aria-label={label} noValidate>
      <RequestVersionFields requestId={requestId} version={version} />
      <input type="hidden" name="transition" value={name} />
      <RequestPageFormAlert state={failure} inlineFields={INLINE_FIELDS} reloadHref={`/requests/${requestId}`} checklistLabels={checklistLabels} />
      {shownNote && <div id={`${id}-note`}>{shownNote}</div>}
      {requires && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t(`requiredTexts.${requires}`)}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={3}
            required
            maxLength={20000}
            defaultValue={values.text}
            aria-invalid={fields.text ? true : undefined}
            aria-describedby={`${shownNote ? `${id}-note ` : ""}${id}-text-errors`}
          />
          <FieldErrors id={`${id}-text-errors`} keys={fields.text} />
        </div>
      )}
      {records === "foreignReference" && (
        <div className="field">
          <label htmlFor={`${id}-foreign-reference`}>{t("fields.foreignReference")}</label>
          <input
            id={`${id}-foreign-reference`}
            name="foreignReference"
            required
            maxLength={200}
            defaultValue={values.foreignReference}
            aria-invalid={fields.foreignReference ? true : undefined}
            aria-describedby={`${id}-foreign-reference-help ${id}-foreign-reference-errors`}
          />
          <p id={`${id}-foreign-reference-help`} className="help">
            {t("requestPage.actions.foreignReferenceHelp")}
          </p>
          <FieldErrors id={`${id}-foreign-reference-errors`} keys={fields.foreignReference} />
        </div>
      )}
      {records === "transmission" && (
        <div className="rp-field-row">
          <div className="field">
            <label htmlFor={`${id}-channel`}>{t("fields.transmissionChannel")}</label>
            <select
              id={`${id}-channel`}
              name="channel"
              required
              defaultValue={values.channel ?? defaultChannel}
              aria-invalid={fields.channel ? true : undefined}
              aria-describedby={`${id}-channel-errors`}
            >
              <TranslatedOptions values={CHANNELS} namespace="channels" />
            </select>
            <FieldErrors id={`${id}-channel-errors`} keys={fields.channel} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t("fields.transmittedOn")}</label>
            <input
              id={`${id}-date`}
              name="transmittedOn"
              type="date"
              required
              max={today}
              defaultValue={values.transmittedOn ?? today}
              aria-invalid={fields.transmittedOn ? true : undefined}
              aria-describedby={`${id}-date-errors`}
            />
            <FieldErrors id={`${id}-date-errors`} keys={fields.transmittedOn} />
          </div>
        </div>
      )}
      <div>
        {/* A move without a text of its own: its button is what the note describes. */}
        <SubmitButton
          className={`button ${DESTRUCTIVE.has(name) ? "danger" : "primary"}`}
          aria-describedby={shownNote && !requires ? `${id}-note` : undefined}
        >
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
