import { SMTPServer } from "smtp-server";

/** A mail relay that keeps what it is given, on the port the app was told (SMTP_URL) and that was closed until now. */
export async function startSmtpSink(port: number) {
  const received: { to: string; subject: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
        for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, subject });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
