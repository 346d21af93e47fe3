import nodemailer from "nodemailer";
import type { MailTransport } from "./deliver";

/** nodemailer over SMTP_URL (e.g. smtps://user:pass@mail.example:465); null when unset: mail waits in the outbox. */
export function smtpTransport(smtpUrl: string | undefined): MailTransport | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}
