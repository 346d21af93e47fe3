import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { serverActionId } from "../bench/http/server-action";
import type { Fixtures, Person } from "./fixtures";
import { actionOutcome, postAction, type Answer } from "./http";
import type { ClientLedger } from "./invariants";

/**
 * The clients of the fault runs: each loops on one request as a person at the request page
 * would — read where it stands (its status and version, as the page shows them), then post
 * the form — until told to stop. Two clients share each move request, so that some of their
 * writes meet and one is refused as stale, as between two colleagues.
 */

/** Per person, within the upload rate limit (60 per 10 minutes: lib/security/rate-limit.ts). */
const MAX_UPLOADS_PER_PERSON = 50;

export interface Sent {
  kind: "move" | "upload";
  answer: Answer;
  ok: boolean;
  /** Sent before and answered after this instant: in flight then. */
  startedAt: number;
  endedAt: number;
}

export interface LoadOptions {
  baseUrl: () => string;
  timeoutMs: number;
  uploads: boolean;
  /** Checked before each request: false ends the client's loop. */
  running: () => boolean;
  onAnswer?: (sent: Sent) => void;
}

export class Clients {
  private readonly sql: postgres.Sql;
  private readonly transitionId: string;
  private readonly uploadId: string;
  private readonly uploadsBy = new Map<string, number>();
  /** Where each request stood when last read: used as is while the database cannot be read. */
  private readonly lastSeen = new Map<string, { status: string; version: number }>();

  constructor(
    root: string,
    dbUrl: string,
    private readonly fixtures: Fixtures,
    readonly ledger: ClientLedger,
  ) {
    this.sql = postgres(dbUrl, { max: 8, onnotice: () => {}, connect_timeout: 3 });
    this.transitionId = serverActionId(root, "app/(app)/requests/[id]/actions.ts", "transitionAction");
    this.uploadId = serverActionId(root, "app/(app)/requests/[id]/document-actions.ts", "uploadDocumentsAction");
  }

  /** Runs every client until `running()` turns false and each has its last answer. */
  async run(options: LoadOptions): Promise<void> {
    const clients = this.fixtures.moveRequests.flatMap((id) => [this.moveLoop(id, options), this.moveLoop(id, options)]);
    if (options.uploads) clients.push(...this.fixtures.uploads.map(({ uploader, requestId }) => this.uploadLoop(uploader, requestId, options)));
    await Promise.all(clients);
  }

  /** One move (the officer's question or the magistrate's answer) on this request. */
  async move(requestId: string, options: Pick<LoadOptions, "baseUrl" | "timeoutMs">): Promise<Sent> {
    const { status, version } = await this.where(requestId);
    const answering = status === "information_requested";
    const who = answering ? this.fixtures.magistrate : this.fixtures.officer;
    const entry = this.ledger.moves.get(requestId) ?? { confirmed: 0, sent: 0 };
    this.ledger.moves.set(requestId, entry);
    entry.sent++;
    const startedAt = performance.now();
    const answer = await postAction(
      options.baseUrl(),
      {
        actionId: this.transitionId,
        page: `/requests/${requestId}`,
        cookie: who.cookie,
        fields: {
          requestId,
          version: String(version),
          transition: answering ? "answerInformation" : "requestInformation",
          text: answering ? "Les virements sont joints." : "Please confirm the account holder's identity.",
          foreignReference: "",
          channel: "",
          transmittedOn: "",
        },
      },
      options.timeoutMs,
    );
    const ok = actionOutcome(answer)?.ok === true;
    if (ok) entry.confirmed++;
    return { kind: "move", answer, ok, startedAt, endedAt: performance.now() };
  }

  private async moveLoop(requestId: string, options: LoadOptions): Promise<void> {
    while (options.running()) {
      const sent = await this.move(requestId, options);
      options.onAnswer?.(sent);
      if (sent.answer.status === 0) await pause(100);
    }
  }

  private async uploadLoop(uploader: Person, requestId: string, options: LoadOptions): Promise<void> {
    while (options.running() && (this.uploadsBy.get(uploader.id) ?? 0) < MAX_UPLOADS_PER_PERSON) {
      this.uploadsBy.set(uploader.id, (this.uploadsBy.get(uploader.id) ?? 0) + 1);
      const { version } = await this.where(requestId);
      // Some hundreds of kilobytes: long enough in transit and in the write to be cut in the middle.
      const text = `Annexe ${randomBytes(8).toString("hex")}\n${randomBytes(96 * 1024 + Math.floor(Math.random() * 256 * 1024)).toString("base64")}\n`;
      const bytes = Buffer.from(text);
      const sha = createHash("sha256").update(bytes).digest("hex");
      this.ledger.uploadsSent.add(sha);
      const startedAt = performance.now();
      const answer = await postAction(
        options.baseUrl(),
        {
          actionId: this.uploadId,
          page: `/requests/${requestId}`,
          cookie: uploader.cookie,
          fields: { requestId, version: String(version), type: "annex", language: "fr", visibility: "internal", measureId: "", replacesId: "", checklistItemKey: "" },
          files: { file: { name: "annexe.txt", contentType: "text/plain", bytes } },
        },
        options.timeoutMs,
      );
      const ok = actionOutcome(answer)?.ok === true;
      if (ok) this.ledger.uploadsConfirmed.add(sha);
      options.onAnswer?.({ kind: "upload", answer, ok, startedAt, endedAt: performance.now() });
      if (answer.status === 0) await pause(100);
    }
  }

  private async where(requestId: string): Promise<{ status: string; version: number }> {
    try {
      const [row] = await this.sql<{ status: string; version: number }[]>`select status, version from requests where id = ${requestId}`;
      if (row) this.lastSeen.set(requestId, row);
    } catch {
      // The database is down: the page the person has open still shows the last state.
    }
    return this.lastSeen.get(requestId) ?? { status: "transmitted", version: 1 };
  }

  close(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
