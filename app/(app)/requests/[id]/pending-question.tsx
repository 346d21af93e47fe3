import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import type { RequestView } from "@/lib/requests/get-request";

type Question = { text: string; by: string; at: Date };

/** While information is requested: the question waiting for its answer (the latest one asked). */
export function pendingQuestion(view: RequestView): Question | null {
  if (view.request.status !== "information_requested") return null;
  const asked = view.events.findLast((event) => event.action === "requestInformation");
  const text = asked?.data.text;
  return asked && typeof text === "string" && text ? { text, by: asked.actorName, at: asked.at } : null;
}

/** The question quoted, with who asked it and when, where the answer is written. */
export async function PendingQuestion({ question }: { question: Question }) {
  const [t, format] = await Promise.all([getTranslations("requestPage.now.question"), getFormatter()]);
  return (
    <figure className="rp-question">
      <figcaption>{t("asked", { name: question.by, date: format.dateTime(question.at, { dateStyle: "long" }) })}</figcaption>
      <blockquote>
        <p className="rp-text">{question.text}</p>
      </blockquote>
    </figure>
  );
}
