import postgres from "postgres";
import {
  BENCH_MAGISTRATE_EMAIL,
  BENCH_MANAGER_EMAIL,
  BENCH_OFFICER_EMAIL,
  BENCH_WIDE_MANAGER_EMAIL,
} from "../seed-dashboard";
import type { BenchAccount } from "./sessions";

/** What the benchmark reads from its seeded database: the accounts, their scopes, the requests it visits. */
export interface Fixtures {
  magistrate: BenchAccount;
  manager: BenchAccount & { inScope: number };
  wideManager: BenchAccount & { inScope: number; ownUnitId: string; ownUnitRequests: number };
  officer: BenchAccount;
  /** A request of the magistrate's unit under way, with a history of the usual length, for the request page. */
  requestPage: { id: string; reference: string };
  /** PH requests waiting for the officer's acknowledgement: one per transition. */
  transmitted: { id: string; version: number }[];
}

export async function loadFixtures(dbUrl: string): Promise<Fixtures> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    const account = async (email: string) => {
      const [row] = await sql<{ id: string; sessionVersion: number; unitId: string }[]>`
        select id, session_version "sessionVersion", unit_id "unitId" from users where email = ${email}`;
      if (!row) throw new Error(`No ${email} in the benchmark database: run it again with BENCH_RESEED=1.`);
      return row;
    };
    const [magistrate, manager, wide, officer] = await Promise.all(
      [BENCH_MAGISTRATE_EMAIL, BENCH_MANAGER_EMAIL, BENCH_WIDE_MANAGER_EMAIL, BENCH_OFFICER_EMAIL].map(account),
    );
    const inScope = async (userId: string, ownUnitId: string) => {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int n from requests where requesting_unit_id = ${ownUnitId}
          or requesting_unit_id in (select unit_id from manager_scopes where user_id = ${userId} and unit_id is not null)`;
      return row!.n;
    };
    const [ownUnit] = await sql<{ n: number }[]>`select count(*)::int n from requests where requesting_unit_id = ${wide!.unitId}`;
    // Ten events: the seed's average, transitions and comments together.
    const [page] = await sql<{ id: string; reference: string }[]>`
      select id, reference from requests where requesting_unit_id = ${magistrate!.unitId} and status = 'in_execution'
      order by abs(head_seq - 10), id limit 1`;
    const transmitted = await sql<{ id: string; version: number }[]>`
      select id, version from requests where requested_country_code = 'PH' and status = 'transmitted' order by id`;
    return {
      magistrate: magistrate!,
      manager: { ...manager!, inScope: await inScope(manager!.id, manager!.unitId) },
      wideManager: { ...wide!, inScope: await inScope(wide!.id, wide!.unitId), ownUnitId: wide!.unitId, ownUnitRequests: ownUnit!.n },
      officer: officer!,
      requestPage: page!,
      transmitted: [...transmitted],
    };
  } finally {
    await sql.end();
  }
}

/** Acknowledgements the officer recorded since `since`: the transitions that really happened. */
export async function acknowledgementsSince(dbUrl: string, officerId: string, since: Date): Promise<number> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int n from request_events where action = 'acknowledge' and actor_id = ${officerId} and at >= ${since}`;
    return row!.n;
  } finally {
    await sql.end();
  }
}
