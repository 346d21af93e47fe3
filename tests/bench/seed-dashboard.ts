/**
 * Benchmark data for the managers' dashboard (README, "Benchmarks"): ~100,000 requests and
 * ~1,000,000 audit events in a dedicated PostgreSQL database, made in SQL (generate_series,
 * INSERT … SELECT) in about a minute. Histories follow the lifecycle table: every request
 * starts as a draft, moves along one of the paths below with increasing dates, and ends in
 * the status its path leads to; comments fall in between. Hashes are dummy strings (this is
 * not a genuine audit chain); the dashboard's summaries of them are computed in SQL too
 * (lib/dashboard/summaries.ts). The deadline summary is then computed by the real code
 * (lib/deadlines/refresh.ts), in batches.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5434/postgres npx tsx tests/bench/seed-dashboard.ts
 *
 * BENCH_DB (default mla_bench) is dropped and created again; BENCH_REQUESTS (default
 * 100000) sets the size; BENCH_UNITS (default 10) spreads the cases and their requests
 * over that many French requesting units, the benchmark's manager overseeing the first
 * (Paris, minors), which gets BENCH_SCOPE_SHARE of them (default 0.1: ten equal units).
 *
 * The accounts (users the HTTP benchmark signs in as, tests/bench/http.bench.ts): a
 * magistrate and a manager of Paris (minors); a manager of a wider scope, their own unit and
 * three more (WIDE_SCOPE_UNITS: 40,000 requests with the defaults); a Philippine liaison
 * officer, who receives half the requests and whose role requires a second factor: their
 * TOTP secret is BENCH_OFFICER_TOTP_SECRET, sealed as the app seals it under the AUTH_SECRET
 * of the seeding process.
 */
import { pathToFileURL } from "node:url";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { managerScopes, units, users, userTotp } from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { SUMMARY_BACKFILL_SQL } from "@/lib/dashboard/summaries";
import { refreshDeadlines } from "@/lib/deadlines/refresh";
import { MEASURE_TYPES, type RequestStatus } from "@/lib/requests/vocabulary";
import { sealSecret } from "@/lib/users/secret-box";
import type { TransitionName } from "@/lib/requests/transitions";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const UNITS = Number(process.env.BENCH_UNITS ?? 10);
const SCOPE_SHARE = Number(process.env.BENCH_SCOPE_SHARE ?? 0.1);
/** Average events per request, comments included. */
const EVENTS_PER_REQUEST = 10;

export const BENCH_MANAGER_EMAIL = "bench.manager@bench.example";
export const BENCH_MAGISTRATE_EMAIL = "bench.magistrate@bench.example";
export const BENCH_OFFICER_EMAIL = "bench.officer@bench.example";
export const BENCH_WIDE_MANAGER_EMAIL = "bench.wide-manager@bench.example";
/** The officer's authenticator secret (base32), for a benchmark that signs in with a code. */
export const BENCH_OFFICER_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
/** The wide manager's units: the first bench unit (their own) and the next ones, as scope rows. */
const WIDE_SCOPE_UNITS = 4;

type Step = [TransitionName, RequestStatus, RequestStatus, minDays: number, maxDays: number];
const SUBMIT: Step = ["submit", "draft", "in_review", 1, 10];
const VALIDATE: Step = ["validate", "in_review", "validated", 1, 8];
const TRANSMIT: Step = ["transmit", "validated", "transmitted", 1, 15];
const ACKNOWLEDGE: Step = ["acknowledge", "transmitted", "acknowledged", 3, 70];
const START: Step = ["startExecution", "acknowledged", "in_execution", 1, 30];
const PARTIAL: Step = ["reportPartialExecution", "in_execution", "partially_executed", 20, 150];
const EXECUTE_FROM_PARTIAL: Step = ["reportExecution", "partially_executed", "executed", 10, 120];
const EXECUTE: Step = ["reportExecution", "in_execution", "executed", 30, 240];
const CLOSE: Step = ["close", "executed", "closed", 2, 40];
const question = (from: RequestStatus): Step[] => [
  ["requestInformation", from, "information_requested", 5, 60],
  ["answerInformation", "information_requested", from, 2, 45],
];
const refuse = (from: RequestStatus): Step => ["refuse", from, "refused", 10, 120];
const withdraw = (from: RequestStatus): Step => ["withdraw", from, "withdrawn", 1, 60];

/** The paths a request may follow after its creation, with their weights. */
const PATHS: [weight: number, steps: Step[]][] = [
  [4, []],
  [3, [SUBMIT]],
  [3, [SUBMIT, VALIDATE]],
  [8, [SUBMIT, VALIDATE, TRANSMIT]],
  [10, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE]],
  [14, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START]],
  [4, [SUBMIT, VALIDATE, TRANSMIT, question("transmitted")[0]!]],
  [5, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START, question("in_execution")[0]!]],
  [6, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, ...question("acknowledged"), START]],
  [8, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START, PARTIAL]],
  [5, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START, EXECUTE]],
  [14, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START, PARTIAL, EXECUTE_FROM_PARTIAL, CLOSE]],
  [8, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, ...question("acknowledged"), START, EXECUTE, CLOSE]],
  [3, [SUBMIT, VALIDATE, TRANSMIT, refuse("transmitted")]],
  [2, [SUBMIT, VALIDATE, TRANSMIT, ACKNOWLEDGE, START, refuse("in_execution")]],
  [2, [SUBMIT, withdraw("in_review")]],
  [1, [SUBMIT, VALIDATE, TRANSMIT, withdraw("transmitted")]],
];

/** Requested countries (with their usual legal basis) and their share of requests. */
const COUNTRIES: [code: string, basis: string, share: number][] = [
  ["PH", "reciprocity", 0.5],
  ["CO", "bilateral_convention", 0.2],
  ["MG", "bilateral_convention", 0.15],
  ["RO", "european_investigation_order", 0.15],
];

/** The URL of the benchmark database on the server of `serverUrl`. */
export function benchDatabaseUrl(serverUrl: string, dbName: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`BENCH_DB must be a plain database name, not "${dbName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/** (Re)creates the benchmark database `dbName` on the server of `serverUrl` and fills it. */
export async function seedDashboardBench(serverUrl: string, dbName: string): Promise<void> {
  const started = performance.now();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = benchDatabaseUrl(serverUrl, dbName);
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  const conn = connect({ url });
  await migrate(conn);
  const { db } = conn;
  await seedReferenceData(db);

  const now = new Date();
  const paris = (await db.select({ id: units.id }).from(units).where(eq(units.code, "FR-PARIS-MINORS")))[0]!.id;
  const otherUnits = Array.from({ length: Math.max(0, UNITS - 1) }, (_, i) => ({
    code: `FR-BENCH-${String(i + 1).padStart(2, "0")}`,
    name: `Parquet de bench n° ${i + 1}`,
    countryCode: "FR",
    kind: "prosecutor_office" as const,
  }));
  const unitIds = [paris];
  if (otherUnits.length) unitIds.push(...(await db.insert(units).values(otherUnits).returning({ id: units.id })).map((u) => u.id));
  const officerUnit = (await db.select({ id: units.id }).from(units).where(eq(units.code, "PH-DOJ-OOC")))[0]!.id;
  const [magistrate, manager, officer] = await db
    .insert(users)
    .values([
      { email: BENCH_MAGISTRATE_EMAIL, name: "Bench magistrate", role: "magistrate" as const, unitId: paris, passwordHash: "-" },
      { email: BENCH_MANAGER_EMAIL, name: "Bench manager", role: "manager" as const, unitId: paris, passwordHash: "-" },
      { email: BENCH_OFFICER_EMAIL, name: "Bench officer", role: "liaison_officer" as const, unitId: officerUnit, passwordHash: "-" },
    ])
    .returning({ id: users.id });
  await db.insert(userTotp).values({ userId: officer!.id, secret: sealSecret(BENCH_OFFICER_TOTP_SECRET, officer!.id), confirmedAt: now, updatedAt: now });
  const wideUnits = unitIds.slice(1, 1 + WIDE_SCOPE_UNITS);
  if (wideUnits.length) {
    const [wide] = await db
      .insert(users)
      .values({ email: BENCH_WIDE_MANAGER_EMAIL, name: "Bench wide manager", role: "manager", unitId: wideUnits[0]!, passwordHash: "-" })
      .returning({ id: users.id });
    const scopes = wideUnits.slice(1).map((unitId) => ({ userId: wide!.id, unitId, createdBy: manager!.id, createdAt: now }));
    if (scopes.length) await db.insert(managerScopes).values(scopes);
  }

  await db.transaction(async (tx) => {
    for (const statement of pathsTableSql()) await tx.execute(sql.raw(statement));
    await tx.execute(sql`create temp table bench_units (n int, id uuid) on commit drop`);
    await tx.execute(sql`insert into bench_units select ordinality - 1, id from unnest(${`{${unitIds.join(",")}}`}::uuid[]) with ordinality as u(id, ordinality)`);
    for (const statement of benchRequestsSql(now)) await tx.execute(sql.raw(statement));
    await tx.execute(sql`
      insert into cases (id, reference, title, offences, unit_id, hard_date, created_by, created_at, updated_at)
      select case_id, 'BENCH-' || case_no, 'Benchmark case ' || case_no, 'Art. 222-23 C. pén.', min(unit_id::text)::uuid,
             case when case_no % 10 < 3 then (${now.toISOString()}::timestamptz + (case_no % 400 - 60) * interval '1 day')::date end,
             ${magistrate!.id}::uuid, min(created_at), min(created_at)
      from bench_requests group by case_id, case_no`);
    await tx.execute(sql`
      insert into requests (id, reference, case_id, requesting_unit_id, requested_country_code, requested_authority, legal_basis,
        channel, urgency, urgency_reasons, summary_of_facts, offences_and_penalties, contact_point, foreign_reference, status,
        resume_status, transmitted_at, transmission_channel, version, head_seq, head_hash, created_by, updated_by, owner_id, created_at, updated_at)
      select r.id, 'MLA-BENCH-' || lpad(r.n::text, 7, '0'), r.case_id, r.unit_id, r.country, 'Central authority', r.legal_basis::legal_basis,
        'central_authority', r.urgency::urgency, case when r.urgency <> 'normal' then 'Preservation expires' else '' end,
        'Benchmark facts', 'Benchmark offences', 'Benchmark contact', case when t.acknowledged then 'FOREIGN-' || r.n end,
        coalesce(t.status, 'draft')::request_status, t.resume_status::request_status, t.transmitted_at,
        case when t.transmitted_at is not null then 'central_authority'::request_channel end,
        1, 0, 'bench', ${magistrate!.id}::uuid, ${magistrate!.id}::uuid, ${magistrate!.id}::uuid, r.created_at, coalesce(t.last_at, r.created_at)
      from bench_requests r left join bench_request_state t on t.id = r.id`);
    await tx.execute(benchEventsSql(magistrate!.id, officer!.id, now));
    await tx.execute(sql`
      update requests set head_seq = e.n, version = e.n, last_event_at = e.last_at
      from (select request_id, max(seq) n, max(at) last_at from request_events group by request_id) e
      where e.request_id = requests.id`);
    // The dashboard's summaries, which appendEvent keeps for events written by the application.
    for (const statement of SUMMARY_BACKFILL_SQL) await tx.execute(sql.raw(statement));
    await tx.execute(sql`
      insert into measures (request_id, type, description, position, status, created_at, updated_at)
      select r.id, (${`{${MEASURE_TYPES.join(",")}}`}::measure_type[])[1 + ((r.n * 7 + k * 5) % ${MEASURE_TYPES.length})],
             'Benchmark measure', k, 'requested', r.created_at, r.created_at
      from bench_requests r cross join lateral generate_series(1, 1 + r.n % 3) k`);
  });
  const seeded = performance.now();

  // The deadline summary, by the application's own computation (as the job would).
  const ids = await db.execute(sql`select id from requests order by id`);
  const all = (ids as unknown as { id: string }[]).map((r) => r.id);
  for (let i = 0; i < all.length; i += 2_000) await refreshDeadlines(db, all.slice(i, i + 2_000), now);
  // As after any bulk load (autovacuum would soon do the same): statistics, and the visibility
  // map that lets the dashboard read its indexes alone.
  await db.execute(sql`vacuum analyze`);
  const done = performance.now();

  const [counts] = (await db.execute(sql`
    select (select count(*) from requests) requests, (select count(*) from request_events) events,
           (select count(*) from requests where requesting_unit_id = ${paris}::uuid) in_scope,
           (select count(*) from requests where requesting_unit_id = any(${`{${wideUnits.join(",")}}`}::uuid[])) wide_scope,
           (select count(*) from request_deadlines where next_due_at < now()) overdue`)) as unknown as Record<string, string>[];
  console.log(
    `seed-dashboard: ${dbName}: ${Number(counts!.requests).toLocaleString("en")} requests, ${Number(counts!.events).toLocaleString("en")} events ` +
      `(${Number(counts!.in_scope).toLocaleString("en")} in the benchmark manager's unit, ${Number(counts!.wide_scope).toLocaleString("en")} in the wide manager's scope, ` +
      `${Number(counts!.overdue).toLocaleString("en")} overdue); ` +
      `SQL ${((seeded - started) / 1000).toFixed(1)} s, deadlines ${((done - seeded) / 1000).toFixed(1)} s, total ${((done - started) / 1000).toFixed(1)} s`,
  );
  await conn.close();
}

/** The paths as a table: one row per step, with cumulative weights to draw a path from. */
function pathsTableSql(): string[] {
  const total = PATHS.reduce((n, [w]) => n + w, 0);
  let cumulative = 0;
  const weights: string[] = [];
  const steps: string[] = [];
  PATHS.forEach(([weight, path], p) => {
    weights.push(`(${p}, ${cumulative / total}, ${(cumulative + weight) / total})`);
    cumulative += weight;
    path.forEach(([action, from, to, min, max], i) => steps.push(`(${p}, ${i + 1}, '${action}', '${from}', '${to}', ${min}, ${max})`));
  });
  return [
    "create temp table bench_path_weights (path int, lo float8, hi float8) on commit drop",
    `insert into bench_path_weights values ${weights.join(", ")}`,
    "create temp table bench_paths (path int, pos int, action text, from_status text, to_status text, min_days float8, max_days float8) on commit drop",
    `insert into bench_paths values ${steps.join(", ")}`,
  ];
}

/** One row per request (its path, unit, country, case) and one per transition, dated. */
function benchRequestsSql(now: Date): string[] {
  const countryCase = (column: "code" | "basis") => {
    let cumulative = 0;
    const branches = COUNTRIES.map(([code, basis, share]) => {
      cumulative += share;
      return `when r.c < ${cumulative} then '${column === "code" ? code : basis}'`;
    });
    return `case ${branches.join(" ")} else '${column === "code" ? COUNTRIES[0]![0] : COUNTRIES[0]![1]}' end`;
  };
  return `
    create temp table bench_draw on commit drop as
      select n, gen_random_uuid() id, random() p, random() c, random() u, random() slack
      from generate_series(1, ${REQUESTS}) n;
    create temp table bench_steps on commit drop as
      select d.id, bp.pos, bp.action, bp.from_status, bp.to_status,
             sum(bp.min_days + random() * (bp.max_days - bp.min_days)) over (partition by d.id order by bp.pos) as offset_days
      from bench_draw d join bench_path_weights w on d.p >= w.lo and d.p < w.hi join bench_paths bp on bp.path = w.path;
    create temp table bench_totals on commit drop as
      select id, max(offset_days) as total_days, count(*)::int as steps from bench_steps group by id;
    create index on bench_totals (id);
    create temp table bench_requests on commit drop as
      select r.n, r.id, ${countryCase("code")} as country, ${countryCase("basis")} as legal_basis,
             case when r.u < 0.8 then 'normal' when r.u < 0.95 then 'urgent' else 'very_urgent' end as urgency,
             -- A case and its requests belong to one unit.
             case when (r.n / 10) % 1000 < ${Math.round(SCOPE_SHARE * 1000)} then (select id from bench_units where n = 0)
                  else (select id from bench_units where n = ${UNITS > 1 ? `1 + ((r.n / 10) % ${UNITS - 1})` : 0}) end as unit_id,
             ('00000000-0000-4000-8000-' || lpad(to_hex(r.n / 10), 12, '0'))::uuid as case_id, r.n / 10 as case_no,
             '${now.toISOString()}'::timestamptz
               - (coalesce(t.total_days, 0) + 1 + r.slack * 240) * interval '1 day' as created_at,
             coalesce(t.steps, 0) as steps
      from bench_draw r left join bench_totals t on t.id = r.id;
    create index on bench_requests (id);
    create index on bench_steps (id, pos);
    create temp table bench_request_state on commit drop as
      select r.id,
             (array_agg(s.to_status order by s.pos desc))[1] as status,
             case when (array_agg(s.to_status order by s.pos desc))[1] = 'information_requested'
                  then (array_agg(s.from_status order by s.pos desc))[1] end as resume_status,
             min(r.created_at + s.offset_days * interval '1 day') filter (where s.action = 'transmit') as transmitted_at,
             bool_or(s.action = 'acknowledge') as acknowledged,
             max(r.created_at + s.offset_days * interval '1 day') as last_at
      from bench_requests r join bench_steps s on s.id = r.id group by r.id`.split(/;\s*\n/);
}

/** The audit events: the creation, the transitions, and comments in between, numbered by date. */
function benchEventsSql(magistrateId: string, officerId: string, now: Date) {
  const requestedSide = "('acknowledge','startExecution','requestInformation','reportPartialExecution','reportExecution','refuse')";
  return sql.raw(`
    insert into request_events (request_id, seq, at, actor_id, actor_role, action, from_status, to_status, visibility, data, prev_hash, hash)
    select id, row_number() over (partition by id order by at, rank), at,
           case when action in ${requestedSide} then '${officerId}'::uuid else '${magistrateId}'::uuid end,
           (case when action in ${requestedSide} then 'liaison_officer' else 'magistrate' end)::user_role,
           action, from_status::request_status, to_status::request_status,
           (case when transmitted_at is not null and at >= transmitted_at then 'shared' else 'internal' end)::visibility,
           '{}'::jsonb, 'bench', 'bench'
    from (
      select r.id, r.created_at as at, 0 as rank, 'created' as action, null as from_status, 'draft' as to_status, t.transmitted_at
      from bench_requests r left join bench_request_state t on t.id = r.id
      union all
      select s.id, r.created_at + s.offset_days * interval '1 day', 1, s.action, s.from_status, s.to_status, t.transmitted_at
      from bench_steps s join bench_requests r on r.id = s.id join bench_request_state t on t.id = s.id
      union all
      select r.id, r.created_at + interval '1 minute' + random() * (coalesce(t.last_at, '${now.toISOString()}'::timestamptz) - r.created_at),
             2, 'commented', null, null, t.transmitted_at
      from bench_requests r left join bench_request_state t on t.id = r.id
      cross join lateral generate_series(1, greatest(1, ${EVENTS_PER_REQUEST} - 1 - r.steps + (r.n % 5) - 2)) k
    ) e`);
}

// Run directly (not imported by the benchmark): seed the database named by BENCH_DB.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server where this user may create databases.");
  await seedDashboardBench(serverUrl, process.env.BENCH_DB ?? "mla_bench");
}
