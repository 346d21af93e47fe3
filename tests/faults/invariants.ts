import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";

/**
 * What the schema implies must hold after any crash, read straight from the database: a
 * write and its audit event are one transaction (lib/requests/write.ts), so whatever was
 * interrupted left either all of it or nothing.
 *
 * - each request's chain head is its last event, its events numbered 1…n without a gap;
 * - its version counts its versioned writes: one per event, but for the events written
 *   without a version (comments, legal holds, integrity failures: `version: null`);
 * - its status and resume status are where its moves, replayed from `draft`, lead — each
 *   move starting from where the previous one ended (no event without its change);
 * - every uploaded-document event has its document row, with the digest and size the event
 *   recorded, every document row its one event, and every document its bytes, whose SHA-256
 *   is the stored one;
 * - every move of the fault runs notified someone (the notice is written with the move);
 * - what the clients were told was saved is saved, and nothing was saved that no client sent;
 * - `npm run audit:verify` (scripts/verify-audit.ts) finds every hash chain intact.
 */

const UNVERSIONED_ACTIONS = ["commented", "legalHoldSet", "legalHoldLifted", "documentIntegrityFailure"];
export const FAULT_MOVES = ["requestInformation", "answerInformation"];

export interface ClientLedger {
  /** Per request: moves the server answered ok, and moves sent (answered or not). */
  moves: Map<string, { confirmed: number; sent: number }>;
  /** SHA-256 of the documents whose upload was answered ok, and of every one sent. */
  uploadsConfirmed: Set<string>;
  uploadsSent: Set<string>;
}

export function emptyLedger(): ClientLedger {
  return { moves: new Map(), uploadsConfirmed: new Set(), uploadsSent: new Set() };
}

export interface InvariantReport {
  problems: string[];
  requests: number;
  events: number;
  documents: number;
  auditVerify: string;
}

export async function checkInvariants(root: string, dbUrl: string, ledger: ClientLedger): Promise<InvariantReport> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const problems: string[] = [];
  try {
    const heads = await sql<{ reference: string; problem: string }[]>`
      select r.reference,
             case
               when count(e.id) <> r.head_seq then 'head_seq ' || r.head_seq || ' but ' || count(e.id) || ' events'
               when count(e.id) > 0 and (min(e.seq) <> 1 or max(e.seq) <> count(e.id)) then 'events not numbered 1…n'
               when r.head_hash <> coalesce((select hash from request_events l where l.request_id = r.id and l.seq = r.head_seq), '') then 'head_hash is not the last event''s hash'
               when count(e.id) > 0 and r.last_event_at <> max(e.at) then 'last_event_at is not the last event''s instant'
               when r.version <> count(e.id) filter (where e.action <> all(${UNVERSIONED_ACTIONS})) then
                 'version ' || r.version || ' but ' || count(e.id) filter (where e.action <> all(${UNVERSIONED_ACTIONS})) || ' versioned writes'
             end problem
      from requests r left join request_events e on e.request_id = r.id
      group by r.id
      having count(e.id) <> r.head_seq
          or (count(e.id) > 0 and (min(e.seq) <> 1 or max(e.seq) <> count(e.id)))
          or r.head_hash <> coalesce((select hash from request_events l where l.request_id = r.id and l.seq = r.head_seq), '')
          or (count(e.id) > 0 and r.last_event_at <> max(e.at))
          or r.version <> count(e.id) filter (where e.action <> all(${UNVERSIONED_ACTIONS}))`;
    for (const h of heads) problems.push(`${h.reference}: ${h.problem}`);

    problems.push(...(await replayStatuses(sql)));

    const documentProblems = await sql<{ problem: string }[]>`
      select 'event ' || e.id || ' names document ' || (e.data->>'documentId') || ': ' ||
             case when d.id is null then 'no such document'
                  when d.sha256 <> e.data->>'sha256' then 'another digest'
                  when d.size <> (e.data->>'size')::int then 'another size'
                  when d.request_id <> e.request_id then 'of another request' end problem
      from request_events e left join documents d on d.id = (e.data->>'documentId')::uuid
      where e.action = 'documentUploaded' and e.erased_at is null
        and (d.id is null or d.sha256 <> e.data->>'sha256' or d.size <> (e.data->>'size')::int or d.request_id <> e.request_id)
      union all
      select 'document ' || d.id || ' has ' || count(e.id) || ' upload events'
      from documents d left join request_events e on e.action = 'documentUploaded' and e.data->>'documentId' = d.id::text
      group by d.id having count(e.id) <> 1
      union all
      select 'document ' || d.id || ': ' ||
             case when c.document_id is null then 'no bytes'
                  when length(c.bytes) <> d.size then 'bytes of another size'
                  else 'bytes whose SHA-256 is not the stored one' end
      from documents d left join document_contents c on c.document_id = d.id
      where d.erased_at is null and (c.document_id is null or length(c.bytes) <> d.size or encode(sha256(c.bytes), 'hex') <> d.sha256)`;
    problems.push(...documentProblems.map((p) => p.problem));

    const silent = await sql<{ id: number; action: string }[]>`
      select e.id, e.action from request_events e
      where e.action = any(${FAULT_MOVES}) and not exists (select 1 from notifications n where n.event_id = e.id)`;
    for (const e of silent) problems.push(`event ${e.id} (${e.action}) notified nobody`);

    problems.push(...(await compareWithClients(sql, ledger)));

    const [counts] = await sql<{ requests: number; events: number; documents: number }[]>`
      select (select count(*)::int from requests) requests, (select count(*)::int from request_events) events,
             (select count(*)::int from documents) documents`;
    const audit = auditVerify(root, dbUrl);
    if (!audit.ok) problems.push(`npm run audit:verify: ${audit.output}`);
    return { problems, ...counts!, auditVerify: audit.output.split("\n").filter(Boolean).slice(-1)[0] ?? "" };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Each request's moves replayed from its creation: every move leaves from where the last one arrived, and ends where the row is. */
async function replayStatuses(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ id: string; reference: string; status: string; resumeStatus: string | null; moves: { seq: number; from: string | null; to: string }[] | null }[]>`
    select r.id, r.reference, r.status, r.resume_status "resumeStatus",
           (select json_agg(json_build_object('seq', e.seq, 'from', e.from_status, 'to', e.to_status) order by e.seq)
              from request_events e where e.request_id = r.id and e.to_status is not null) moves
    from requests r`;
  const problems: string[] = [];
  for (const r of rows) {
    // The first event, `created`, moves from nothing to draft.
    let status: string | null = null;
    let resume: string | null = null;
    for (const m of r.moves ?? []) {
      if (m.from !== status) problems.push(`${r.reference} event ${m.seq}: moves from ${m.from} but the request was ${status}`);
      resume = m.to === "information_requested" ? status : null;
      status = m.to;
    }
    if (r.status !== status) problems.push(`${r.reference}: status ${r.status} but its moves lead to ${status}`);
    if (r.resumeStatus !== resume) problems.push(`${r.reference}: resume status ${r.resumeStatus} but its moves say ${resume}`);
  }
  return problems;
}

async function compareWithClients(sql: postgres.Sql, ledger: ClientLedger): Promise<string[]> {
  const problems: string[] = [];
  const recorded = await sql<{ requestId: string; n: number }[]>`
    select request_id "requestId", count(*)::int n from request_events where action = any(${FAULT_MOVES}) group by request_id`;
  const byRequest = new Map(recorded.map((r) => [r.requestId, r.n]));
  for (const [requestId, { confirmed, sent }] of ledger.moves) {
    const n = byRequest.get(requestId) ?? 0;
    if (n < confirmed) problems.push(`request ${requestId}: ${confirmed} moves answered ok, ${n} recorded (a confirmed write was lost)`);
    if (n > sent) problems.push(`request ${requestId}: ${n} moves recorded, only ${sent} sent`);
  }
  const stored = new Set((await sql<{ sha256: string }[]>`select sha256 from documents`).map((d) => d.sha256));
  for (const sha of ledger.uploadsConfirmed) if (!stored.has(sha)) problems.push(`upload ${sha.slice(0, 12)}… answered ok but not stored`);
  for (const sha of stored) if (!ledger.uploadsSent.has(sha)) problems.push(`document ${sha.slice(0, 12)}… stored but never sent`);
  return problems;
}

function auditVerify(root: string, dbUrl: string): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join("scripts", "verify-audit.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl, NODE_ENV: "production", AUTH_SECRET: process.env.AUTH_SECRET },
    encoding: "utf8",
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  return { ok: result.status === 0 && output.includes("Audit trail intact."), output };
}
