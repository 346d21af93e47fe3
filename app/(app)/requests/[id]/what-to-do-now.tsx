import { getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/requests/get-request";
import { ClockActionForm } from "./clock-action-form";
import { InCharge, type InChargeAction } from "./in-charge";
import { MissingBeforeTransmission } from "./missing-before-transmission";
import { NextDeadlineFact } from "./next-deadline";
import { PendingQuestion, pendingQuestion } from "./pending-question";
import { SupplementaryButton } from "./supplementary-button";
import { TransitionForms } from "./transition-forms";
import { WhoseMove } from "./whose-move";

interface Props {
  view: RequestView;
  viewerId: string;
  /** Today in the viewer's time zone (YYYY-MM-DD): the latest transmission date. */
  today: string;
  checklistLabels?: Record<string, string>;
}

/**
 * The first thing on the page: whose move it is, the next deadline, who is in charge, and
 * every move the viewer may make now — with the pending question quoted where it is answered.
 */
export async function WhatToDoNow({ view, viewerId, today, checklistLabels }: Props) {
  const t = await getTranslations("requestPage.now");
  const { request, can } = view;
  const question = pendingQuestion(view);
  const answered = view.transitions.some((tr) => tr.name === "answerInformation");
  const quoted = question && <PendingQuestion question={question} />;
  const inChargeAction = inChargeActionOf(can);
  const missingBeforeTransmission = view.transitions.some((tr) => tr.name === "transmit") ? (view.checklist?.missing ?? []) : [];
  const otherActions = can.extendRecognition || can.renewPreservation || can.createSupplementary || inChargeAction !== null;

  return (
    <section id="actions" className="panel rp-now" aria-labelledby="actions-title">
      <h2 id="actions-title">{t("title")}</h2>
      <WhoseMove view={view} viewerId={viewerId} />
      <div className="rp-now-grid">
        <div className="rp-now-facts">
          <NextDeadlineFact clocks={view.clocks} />
          <InCharge
            requestId={request.id}
            version={request.version}
            side={view.side}
            inCharge={view.inCharge}
            action={inChargeAction}
            candidates={view.candidates}
          />
        </div>
        <div className="rp-now-actions stack">
          {/* The side that asked sees its question here; the side that answers, in the answer's form. */}
          {!answered && quoted}
          <TransitionForms
            requestId={request.id}
            version={request.version}
            transitions={view.transitions.map(({ name, requires, records }) => ({ name, requires, records }))}
            defaultChannel={request.channel}
            today={today}
            checklistLabels={checklistLabels}
            notes={{
              ...(answered && quoted ? { answerInformation: quoted } : {}),
              ...(missingBeforeTransmission.length > 0
                ? { transmit: <MissingBeforeTransmission missing={missingBeforeTransmission} labels={checklistLabels ?? {}} /> }
                : {}),
            }}
            sayWhenNone={!otherActions}
          />
          {can.extendRecognition && <ClockActionForm intent="extendRecognition" requestId={request.id} version={request.version} />}
          {can.renewPreservation && <ClockActionForm intent="renewPreservation" requestId={request.id} version={request.version} />}
          {can.createSupplementary && <SupplementaryButton requestId={request.id} />}
        </div>
      </div>
    </section>
  );
}

/** What the viewer may do about who is in charge: the `can` flags are exclusive (one relation each). */
function inChargeActionOf(can: RequestView["can"]): InChargeAction | null {
  if (can.assignOwner) return "assignOwner";
  if (can.assignHandler) return "assignHandler";
  return can.takeRequest ? "take" : null;
}
