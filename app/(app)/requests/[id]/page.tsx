import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { localIsoDate } from "@/lib/dates";
import { getRequest } from "@/lib/requests/get-request";
import { ChecklistProgress, checklistLabels } from "./checklist-progress";
import { RequestPageClocks } from "./clocks";
import { CommentForm } from "./comment-form";
import { RequestPageComments } from "./comments";
import { RequestPageDocuments } from "./documents";
import { RequestPageHeader } from "./header";
import { RequestPageLetter } from "./letter";
import { measureDeadline } from "./measure-deadline";
import { MeasuresSection } from "./measures-section";
import { PersonsSection } from "./persons-section";
import { PageContents } from "./page-contents";
import { PendingWritesProvider } from "./pending-writes";
import { RequestPageRetention, showsRetention } from "./retention";
import { RequestPageSummary } from "./summary";
import { RequestPageTimeline } from "./timeline";
import { WhatToDoNow } from "./what-to-do-now";
import "./request-page.css";

type Params = { params: Promise<{ id: string }> };

/** One read per page render, shared by the metadata and the page. Out of scope answers 404. */
const loadRequest = cache(async (id: string) => {
  const ctx = await requestContext();
  const view = await loadOrDeny(() => getRequest(ctx, id));
  return { view, viewerId: ctx.actor.id, timeZone: ctx.actor.timeZone, now: ctx.now() };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [{ view }, t] = await Promise.all([loadRequest((await params).id), getTranslations("app")]);
  return { title: `${view.request.reference} — ${t("name")}` };
}

/**
 * What to do now comes first (whose move, the next deadline, the moves open to the viewer);
 * the rest follows, each section reachable from the contents at the top.
 */
export default async function RequestPage({ params }: Params) {
  const [{ view, viewerId, timeZone, now }, t, locale] = await Promise.all([loadRequest((await params).id), getTranslations(), getLocale()]);
  const { request, can } = view;
  const { checklist } = view;
  // One title per section, for its heading and for the page's contents (in the page's order).
  const titles = {
    summary: t("requestPage.summary.title"),
    measures: t("requestPage.measures.title"),
    documents: t("documents.title"),
    ...(checklist ? { checklist: t("checklists.title") } : {}),
    persons: t("requestPage.persons.title"),
    comments: t("requestPage.comments.title"),
    deadlines: t("deadlines.title"),
    letter: t("letters.title"),
    ...(showsRetention(view) ? { retention: t("retention.request.title") } : {}),
    timeline: t("requestPage.timeline.title"),
  };
  const sections = Object.entries(titles).map(([id, title]) => ({ id, title }));

  return (
    <PendingWritesProvider>
      <article className="rp-page">
        <RequestPageHeader view={view} contents={<PageContents label={t("requestPage.toc.label")} sections={sections} />} />
        {request.erasedAt && (
          <p className="alert alert-info">
            <a href="#retention">{t("retention.request.erasedShort")}</a>
          </p>
        )}
        <WhatToDoNow view={view} viewerId={viewerId} today={localIsoDate(now, timeZone)} checklistLabels={checklistLabels(checklist, locale)} />
        <div className="rp-layout">
          <div className="rp-main">
            <Section id="summary" title={titles.summary}>
              <RequestPageSummary view={view} />
            </Section>
            <Section id="measures" title={titles.measures}>
              <MeasuresSection
                requestId={request.id}
                version={request.version}
                measures={view.measures.map(({ id, type, description, justification, status, resultNote, details, deliveries }) => ({
                  id,
                  type,
                  description,
                  justification,
                  status,
                  resultNote,
                  details,
                  deliveries,
                  deadline: measureDeadline(view.clocks, id),
                }))}
                canEdit={can.editDraft}
                canReport={can.reportMeasures}
                deliverable={view.deliverableDocuments.map(({ id, name, measureId }) => ({ id, name, measureId }))}
              />
            </Section>
            <Section id="documents" title={titles.documents}>
              <RequestPageDocuments view={view} />
            </Section>
            {checklist && (
              <Section id="checklist" title={titles.checklist!}>
                <ChecklistProgress checklist={checklist} requestId={request.id} version={request.version} />
              </Section>
            )}
            <Section id="persons" title={titles.persons}>
              <PersonsSection
                requestId={request.id}
                version={request.version}
                persons={view.persons.map(({ id, pseudonym, role, identity, identityHidden, nationality, location, childAtRisk }) => ({
                  id,
                  pseudonym,
                  role,
                  identity,
                  identityHidden,
                  nationality,
                  location,
                  childAtRisk,
                }))}
                canEdit={can.editDraft}
              />
            </Section>
            <Section id="comments" title={titles.comments}>
              <div className="stack">
                <RequestPageComments comments={view.comments} />
                {can.comment && (
                  <CommentForm requestId={request.id} side={view.side} canShare={can.shareComments} />
                )}
              </div>
            </Section>
          </div>
          <div className="rp-side">
            <Section id="deadlines" title={titles.deadlines}>
              <RequestPageClocks clocks={view.clocks} viewerTimeZone={timeZone} />
            </Section>
            <Section id="letter" title={titles.letter}>
              <RequestPageLetter view={view} />
            </Section>
            {titles.retention && (
              <Section id="retention" title={titles.retention}>
                <RequestPageRetention view={view} />
              </Section>
            )}
            <Section id="timeline" title={titles.timeline}>
              <RequestPageTimeline events={view.events} />
            </Section>
          </div>
        </div>
      </article>
    </PendingWritesProvider>
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
