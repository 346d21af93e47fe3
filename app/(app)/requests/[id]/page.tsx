import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { localIsoDate } from "@/lib/dates";
import { getRequest } from "@/lib/requests/get-request";
import { ChecklistProgress, checklistForPage, checklistLabels } from "./checklist-progress";
import { ClockActionForm } from "./clock-action-form";
import { RequestPageClocks } from "./clocks";
import { CommentForm } from "./comment-form";
import { RequestPageComments } from "./comments";
import { RequestPageDocuments } from "./documents";
import { RequestPageHeader } from "./header";
import { RequestPageLetter } from "./letter";
import { MeasuresSection } from "./measures-section";
import { PersonsSection } from "./persons-section";
import { RequestPageSummary } from "./summary";
import { SupplementaryButton } from "./supplementary-button";
import { RequestPageTimeline } from "./timeline";
import { TransitionForms } from "./transition-forms";

type Params = { params: Promise<{ id: string }> };

/** One read per page render, shared by the metadata and the page. Out of scope answers 404. */
const loadRequest = cache(async (id: string) => {
  const ctx = await requestContext();
  const view = await loadOrDeny(() => getRequest(ctx, id));
  return { view, timeZone: ctx.actor.timeZone, now: ctx.now() };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ view }, t] = await Promise.all([loadRequest((await params).id), getTranslations("app")]);
  return { title: `${view.request.reference} — ${t("name")}` };
}

export default async function RequestPage({ params }: Params) {
  const [{ view, timeZone, now }, t] = await Promise.all([loadRequest((await params).id), getTranslations()]);
  const { request, can } = view;
  const today = localIsoDate(now, timeZone);
  const checklist = await checklistForPage(view);

  return (
    <article className="rp-page">
      <RequestPageHeader view={view} />
      <div className="rp-layout">
        <div className="rp-main">
          <Section id="summary" title={t("requestPage.summary.title")}>
            <RequestPageSummary view={view} />
          </Section>
          <Section id="measures" title={t("requestPage.measures.title")}>
            <MeasuresSection
              requestId={request.id}
              version={request.version}
              measures={view.measures.map(({ id, type, description, justification, status, resultNote }) => ({ id, type, description, justification, status, resultNote }))}
              canEdit={can.editDraft}
              canReport={can.reportMeasures}
            />
          </Section>
          <Section id="documents" title={t("documents.title")}>
            <RequestPageDocuments view={view} />
          </Section>
          {checklist && (
            <Section id="checklist" title={t("checklists.title")}>
              <ChecklistProgress checklist={checklist} requestId={request.id} version={request.version} />
            </Section>
          )}
          <Section id="persons" title={t("requestPage.persons.title")}>
            <PersonsSection
              requestId={request.id}
              version={request.version}
              persons={view.persons.map(({ id, pseudonym, role, identity, identityHidden, nationality, location }) => ({
                id,
                pseudonym,
                role,
                identity,
                identityHidden,
                nationality,
                location,
              }))}
              canEdit={can.editDraft}
            />
          </Section>
          <Section id="comments" title={t("requestPage.comments.title")}>
            <div className="stack">
              <RequestPageComments comments={view.comments} />
              {can.comment && (
                <CommentForm requestId={request.id} side={view.side} canShare={can.shareComments} />
              )}
            </div>
          </Section>
        </div>
        <div className="rp-side">
          <Section id="deadlines" title={t("deadlines.title")}>
            <div className="stack">
              <RequestPageClocks clocks={view.clocks} viewerTimeZone={timeZone} />
              {can.extendRecognition && <ClockActionForm intent="extendRecognition" requestId={request.id} version={request.version} />}
              {can.renewPreservation && <ClockActionForm intent="renewPreservation" requestId={request.id} version={request.version} />}
            </div>
          </Section>
          <Section id="actions" title={t("requestPage.actions.title")}>
            <div className="stack">
              <TransitionForms
                requestId={request.id}
                version={request.version}
                transitions={view.transitions.map(({ name, requires, records }) => ({ name, requires, records }))}
                defaultChannel={request.channel}
                today={today}
                checklistLabels={checklistLabels(checklist, await getLocale())}
              />
              {can.createSupplementary && <SupplementaryButton requestId={request.id} />}
            </div>
          </Section>
          <Section id="letter" title={t("letters.title")}>
            <RequestPageLetter view={view} />
          </Section>
          <Section id="timeline" title={t("requestPage.timeline.title")}>
            <RequestPageTimeline events={view.events} />
          </Section>
        </div>
      </div>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
