import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { listOutbox } from "@/lib/mail/outbox";

export default async function OutboxPage() {
  const ctx = await requestContext();
  const mails = await loadOrDeny(() => listOutbox(ctx));
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {mails.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <RecordTable
          caption={t("caption")}
          columns={[t("created"), t("to"), t("subject"), t("status"), t("attempts"), t("body")]}
        >
          {mails.map((m) => (
            <tr key={m.id}>
              <td>{format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td>{m.toAddress}</td>
              <td>{m.subject}</td>
              <td>
                {t(`statuses.${m.status}`)}
                {m.lastError && <span className="muted small"> — {t("lastError")}: {m.lastError}</span>}
              </td>
              <td>{m.attempts}</td>
              <td>
                <pre className="mail-body">{m.body}</pre>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </>
  );
}
