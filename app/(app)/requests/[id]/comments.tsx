import { getTranslations } from "next-intl/server";
import { Timestamp } from "@/app/_components/timestamp";
import type { RequestView } from "@/lib/requests/get-request";

/** The thread, oldest first; internal comments (requesting side only) are marked as such. */
export async function RequestPageComments({ comments }: { comments: RequestView["comments"] }) {
  const t = await getTranslations();
  if (comments.length === 0) return <p className="muted">{t("requestPage.comments.empty")}</p>;
  return (
    <ol className="rp-comments">
      {comments.map((comment) => (
        <li key={comment.id} className={`rp-comment${comment.visibility === "internal" ? " rp-comment-internal" : ""}`}>
          <p className="rp-meta">
            <strong>{comment.authorName}</strong>
            <span className="muted"> · {t(`roles.${comment.authorRole}`)} · </span>
            <Timestamp at={comment.createdAt} dateStyle="medium" />
            {comment.visibility === "internal" && (
              <span className="badge rp-internal" title={t("visibilities.internal")}>
                {t("requestPage.comments.internal")}
              </span>
            )}
          </p>
          <p className="rp-text">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
