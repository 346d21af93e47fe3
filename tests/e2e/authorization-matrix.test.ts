import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  cellsOf, classifyAction, classifyPage, describeCell, matches, matrixProblems, SIGN_OUT_KEY, untranslatedCodes, type Cell, type Observed,
} from "./authorization/cells";
import { get, post, type Answer } from "./authorization/http";
import { compareWithMatrix, scanEndpoints } from "./authorization/inventory";
import { ACTORS, MATRIX, type ActorName, type ObjectName } from "./authorization/matrix";
import { buildWorld, measureIdsIn, pageOf, postForm, unreadNotificationIds, versionIn, type World } from "./authorization/world";

/**
 * The authorization matrix (tests/e2e/authorization/matrix.ts) against the production build,
 * over HTTP: pages and routes with each actor's cookie, server actions by direct POST with
 * the ids the probes forge. Cells that change nothing run first, a few at a time per actor;
 * then the suite checks that nothing was written (the requests' versions, the demo's measure,
 * a notification, and the audit review's trail of each actor: only refusals were recorded);
 * then the allowed writes, one at a time; then each session signs out.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Requests at once per actor: the machine's two cores are shared with the server. */
const CONCURRENCY = 6;

let world: World;
const cells = cellsOf(MATRIX);
const untranslated = untranslatedCodes(ROOT);

beforeAll(async () => {
  world = await buildWorld(inject("baseURL"), ROOT);
}, 180_000);

/** A probe's text with its placeholders filled: the object's values, then the suite's, then the object's version. */
function fill(template: string, cell: Cell, version: number | null): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "version") {
      if (version === null) throw new Error(`${describeCell(cell)}: {version} without a request`);
      return String(version);
    }
    const value = (cell.object && world.objects[cell.object][name]) ?? world.values[name];
    if (value === undefined) throw new Error(`${describeCell(cell)}: no value for {${name}}`);
    return value;
  });
}

const REQUEST_OBJECTS: readonly ObjectName[] = ["draft", "sent", "toColombia", "fromPhilippines"];

/** The version a request object's page shows the observer now. */
async function currentVersion(object: ObjectName): Promise<number> {
  const id = world.objects[object].id!;
  return versionIn(await pageOf(world.base, `/requests/${id}`, world.observer), id);
}

interface Result {
  cell: Cell;
  observed: Observed;
  answer: Answer;
}

/** E2E_MATRIX_DUMP=<file>: every cell's answer, one JSON line each, to read what the server said. */
function dump(result: Result): Result {
  const file = process.env.E2E_MATRIX_DUMP;
  if (file) {
    const { cell, observed, answer } = result;
    const line = { cell: describeCell(cell), expected: cell.expected, observed, status: answer.status, location: answer.location, state: answer.state };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
  return result;
}

async function run(cell: Cell, versions: Partial<Record<ObjectName, number>>): Promise<Result> {
  return dump(await probe(cell, versions));
}

async function probe(cell: Cell, versions: Partial<Record<ObjectName, number>>): Promise<Result> {
  const version = cell.object ? (versions[cell.object] ?? null) : null;
  const path = fill(cell.probe.path, cell, version);
  const cookie = world.sessions[cell.actor];
  const [kind] = cell.target.key.split(" ") as [string];
  if (kind === "action") {
    const fields = Object.fromEntries(
      Object.entries(cell.probe.fields ?? {}).map(([name, value]) => [name, typeof value === "string" ? fill(value, cell, version) : value.map((v) => fill(v, cell, version))]),
    );
    const answer = await postForm(world, cell.target.key, {
      path,
      cookie,
      fields,
      plain: cell.target.form === "plain",
      pdf: cell.probe.pdfField ? "authorization-matrix.pdf" : undefined,
    });
    return { cell, answer, observed: classifyAction(answer) };
  }
  const answer = kind === "POST" ? await post(world.base, path, cookie, "", "application/x-www-form-urlencoded") : await get(world.base, path, cookie);
  return { cell, answer, observed: classifyPage(answer) };
}

/** What is wrong with a cell's answer: another outcome than the matrix's, a 5xx, an untranslated refusal, a route's empty refusal. */
function problemsOf({ cell, observed, answer }: Result): string[] {
  const problems: string[] = [];
  const expected = fill(cell.expected, cell, null);
  if (!matches(expected, observed)) {
    const fields = observed.fields ? ` ${JSON.stringify(observed.fields)}` : "";
    const where = answer.location ? ` → ${answer.location}` : "";
    problems.push(`${describeCell(cell)}: expected ${expected}, got ${observed.outcome}${fields} (HTTP ${answer.status}${where})`);
  }
  if (answer.status >= 500) problems.push(`${describeCell(cell)}: HTTP ${answer.status}`);
  const missing = untranslated(observed);
  if (missing.length) problems.push(`${describeCell(cell)}: no message in both languages for ${missing.join(", ")}`);
  const routeRefusal = !cell.target.key.startsWith("page ") && !cell.target.key.startsWith("action ") && answer.status >= 400;
  if (routeRefusal && !answer.body.trim()) problems.push(`${describeCell(cell)}: a ${answer.status} without a message`);
  return problems;
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** The audit review of one account, as the administrator reads it: its total, and the source of its newest `count` entries. */
async function auditTrail(email: string, count = 0): Promise<{ total: number; sources: string[] }> {
  const read = async (pageNumber: number) => pageOf(world.base, `/audit?actor=${encodeURIComponent(email)}&page=${pageNumber}`, world.sessions.admin!);
  const first = await read(1);
  const text = /id="au-count">([^<]*)/.exec(first)?.[1] ?? "";
  const total = /^No entr/.test(text) ? 0 : Number(/^([\d,]+)/.exec(text)?.[1]?.replace(/,/g, "") ?? NaN);
  if (!Number.isFinite(total)) throw new Error(`the audit review's count for ${email} reads "${text}"`);
  const sources: string[] = [];
  for (let pageNumber = 1; sources.length < count; pageNumber++) {
    const html = pageNumber === 1 ? first : await read(pageNumber);
    const rows = [...html.matchAll(/data-source="(\w+)"/g)].map((m) => m[1]!);
    if (rows.length === 0) break;
    sources.push(...rows);
  }
  return { total, sources: sources.slice(0, count) };
}

describe("the authorization matrix", () => {
  it("lists every page, route handler and server action of app/, and is consistent", () => {
    const { missing, unknown } = compareWithMatrix(scanEndpoints(ROOT), MATRIX.map((t) => t.key));
    expect(missing, "endpoints of app/ missing from tests/e2e/authorization/matrix.ts").toEqual([]);
    expect(unknown, "endpoints in the matrix that app/ no longer has").toEqual([]);
    expect(matrixProblems(MATRIX)).toEqual([]);
  });

  describe("cells that change nothing", () => {
    const before: { versions: Partial<Record<ObjectName, number>>; audit: Partial<Record<ActorName, number>> } = { versions: {}, audit: {} };

    beforeAll(async () => {
      for (const object of REQUEST_OBJECTS) before.versions[object] = await currentVersion(object);
      for (const [actor, email] of Object.entries(world.emails) as [ActorName, string][]) before.audit[actor] = (await auditTrail(email)).total;
    }, 60_000);

    for (const actor of ACTORS) {
      const mine = cells.filter((cell) => cell.actor === actor && cell.phase === "read");
      it(`as ${actor}: ${mine.length} cells`, async () => {
        const results = await inBatches(mine, CONCURRENCY, (cell) => run(cell, before.versions));
        expect(results.flatMap(problemsOf)).toEqual([]);
      }, 120_000);
    }

    it("wrote nothing: the requests, the demo's measure and the manager's notification are unchanged, and the actors' trails hold only refusals", async () => {
      const changes: string[] = [];
      for (const object of REQUEST_OBJECTS) {
        const now = await currentVersion(object);
        if (now !== before.versions[object]) changes.push(`${object}: version ${before.versions[object]} → ${now}`);
      }
      const colombia = await pageOf(world.base, `/requests/${world.objects.toColombia.id}`, world.observer);
      if (!measureIdsIn(colombia).includes(world.values.otherMeasureId!) && !colombia.includes(world.values.otherMeasureId!)) {
        changes.push("the Colombian request's measure is gone");
      }
      const unread = unreadNotificationIds(await pageOf(world.base, "/notifications", world.sessions.manager!));
      if (!unread.includes(world.values.managerNotificationId!)) changes.push("the manager's notification was marked read by someone else");
      for (const [actor, email] of Object.entries(world.emails) as [ActorName, string][]) {
        const delta = (await auditTrail(email)).total - before.audit[actor]!;
        const { sources } = await auditTrail(email, delta);
        const written = sources.filter((source) => source !== "security");
        if (written.length) changes.push(`${actor}: ${written.length} of ${delta} new audit entries are not refusals (${written.join(", ")})`);
      }
      expect(changes).toEqual([]);
    }, 120_000);
  });

  describe("allowed writes, one at a time, on the suite's own requests", () => {
    const writes = cells.filter((cell) => cell.phase === "write");
    it(`${writes.length} cells`, async () => {
      const problems: string[] = [];
      for (const cell of writes) {
        const versions = cell.object && REQUEST_OBJECTS.includes(cell.object) ? { [cell.object]: await currentVersion(cell.object) } : {};
        problems.push(...problemsOf(await run(cell, versions)));
      }
      const unread = unreadNotificationIds(await pageOf(world.base, "/notifications", world.sessions.manager!));
      if (unread.includes(world.values.managerNotificationId!)) problems.push("the manager's own notification is still unread after marking it read");
      expect(problems).toEqual([]);
    }, 120_000);
  });

  describe("signing out", () => {
    const signOuts = cells.filter((cell) => cell.phase === "signOut");
    it(`${signOuts.length} cells; each session it ended is refused afterwards`, async () => {
      const results = await inBatches(signOuts, CONCURRENCY, (cell) => run(cell, {}));
      const problems = results.flatMap(problemsOf);
      for (const actor of ["magistrate", "manager", "liaison", "admin"] as const) {
        const home = await get(world.base, "/", world.sessions[actor]);
        if (!home.location?.startsWith("/login")) problems.push(`${actor}'s session still opens / after signing out (HTTP ${home.status})`);
      }
      expect(problems).toEqual([]);
      expect(signOuts.every((cell) => cell.target.key === SIGN_OUT_KEY)).toBe(true);
    }, 60_000);
  });
});
