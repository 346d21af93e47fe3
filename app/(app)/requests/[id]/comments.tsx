import { getTranslations } from "next-intl/server";
import { Timestamp } from "@/app/_components/timestamp";
import type { RequestView } from "@/lib/requests/get-request";
import { VisibilityBadge } from "./visibility-badge";

/** The thread, oldest first; the viewer's side's internal notes are marked as such. */
export async function RequestPageComments({ comments }: { comments: RequestView["comments"] }) {
  const t = await getTranslations();
  if (comments.length === 0) return <p className="muted">{t("requestPage.comments.empty")}</p>;
  return (
    <ol className="rp-comments">
      {comments.map((comment) => (
        <li key={comment.id} className={`rp-comment${comment.visibility !== "shared" ? " rp-comment-internal" : ""}`}>
          <p className="rp-meta">
            <strong>{comment.authorName}</strong>
            <span className="muted"> · {t(`roles.${comment.authorRole}`)} · </span>
            <Timestamp at={comment.createdAt} dateStyle="medium" />
            <VisibilityBadge visibility={comment.visibility} />
          </p>
          <p className="rp-text">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
