import { launchBrowser } from "../e2e/browser";
import { actionOutcome, getPage, type Answer } from "./http";
import { checkInvariants } from "./invariants";
import { pause, type Clients, type Sent } from "./load";
import type { Outcome, Stage } from "./stage";

/**
 * (b) PostgreSQL stops under load and comes back. While it is down the app must answer
 * every request within the timeout, with an error page (5xx) or a form's "nothing was
 * changed" — never a hang, a dropped connection or a crash — and say nothing about its
 * database; a browser shows the error page's message. Once it is back, the same server
 * process serves again, without a restart.
 */

const TIMEOUT_MS = 15_000;
const DOWN_SECONDS = 5;
const RECOVERY_LIMIT_MS = 60_000;
/** What an error page must not show: the driver's messages, addresses, a stack trace. */
const LEAKS = [/ECONNREFUSED/, /postgres(ql)?:\/\//i, /\n\s+at \S+ \(/, /terminating connection/i, /the database system is/i];

interface Seen {
  kind: "page" | "move";
  answer: Answer;
  ok: boolean;
  startedAt: number;
  endedAt: number;
}

export async function restartPostgresUnderLoad(stage: Stage, clients: Clients): Promise<Outcome> {
  const server = stage.server;
  const pid = server.pid;
  const seen: Seen[] = [];
  let running = true;
  const { magistrate, moveRequests } = stage.fixtures;
  const pages = [`/requests`, `/requests/${moveRequests[1]}`];
  const pageLoop = async (page: string) => {
    while (running) {
      const startedAt = performance.now();
      const answer = await getPage(server.baseUrl, page, magistrate.cookie, TIMEOUT_MS);
      seen.push({ kind: "page", answer, ok: answer.status === 200, startedAt, endedAt: performance.now() });
      if (answer.status === 0) await pause(100);
    }
  };
  const load = Promise.all([
    clients.run({
      baseUrl: () => server.baseUrl,
      timeoutMs: TIMEOUT_MS,
      uploads: false,
      running: () => running,
      onAnswer: (s: Sent) => seen.push({ kind: "move", answer: s.answer, ok: s.ok, startedAt: s.startedAt, endedAt: s.endedAt }),
    }),
    ...pages.map(pageLoop),
  ]);

  const browser = await launchBrowser();
  let shown: { status: number; text: string } | null = null;
  let stopping = 0;
  let downAt = 0;
  try {
    const context = await browser.newContext();
    const [cookieName, cookieValue] = magistrate.cookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name: cookieName, value: cookieValue, url: server.baseUrl }]);
    const tab = await context.newPage();
    await pause(2_000);
    stopping = performance.now();
    stage.cluster.stop("fast");
    downAt = performance.now();
    // What a person sees meanwhile: the page as the browser renders it, scripts and all.
    const look = async () => {
      const response = await tab.goto(`${server.baseUrl}/requests`, { timeout: TIMEOUT_MS }).catch(() => null);
      await tab.waitForFunction(() => document.body?.innerText.trim().length > 0, undefined, { timeout: 10_000 }).catch(() => {});
      shown = { status: response?.status() ?? 0, text: (await tab.evaluate(() => document.body?.innerText ?? "").catch(() => "")).trim() };
    };
    await Promise.all([pause(DOWN_SECONDS * 1000), look()]);
  } finally {
    await browser.close();
  }
  const upBefore = seen.filter((s) => s.ok && s.endedAt < stopping).length;
  stage.cluster.start();
  const upAt = performance.now();

  // Back: the same server serves pages and accepts moves again.
  let recoveredAt: number | null = null;
  while (performance.now() - upAt < RECOVERY_LIMIT_MS) {
    const since = seen.filter((s) => s.endedAt > upAt);
    if (since.some((s) => s.kind === "page" && s.ok) && since.some((s) => s.kind === "move" && s.ok)) {
      recoveredAt = Math.max(...["page", "move"].map((kind) => since.find((s) => s.kind === kind && s.ok)!.endedAt));
      break;
    }
    await pause(100);
  }
  running = false;
  await load;

  const problems: string[] = [];
  if (!server.alive() || stage.server.pid !== pid) problems.push(`the server process did not survive (its output: ${server.output().slice(-2_000)})`);
  if (upBefore === 0) problems.push("nothing was served before the database stopped");
  const down = seen.filter((s) => s.endedAt > stopping && s.endedAt <= upAt);
  const unanswered = down.filter((s) => s.answer.status === 0);
  if (unanswered.length) problems.push(`${unanswered.length} requests got no answer while the database was down (${[...new Set(unanswered.map((s) => s.answer.error))].join(", ")})`);
  const slowest = Math.max(0, ...down.map((s) => s.answer.ms));
  const badPages = down.filter((s) => s.kind === "page" && s.answer.status !== 0 && !(s.answer.status >= 500 && s.answer.body.trim().length > 0) && s.answer.status !== 200);
  if (badPages.length) problems.push(`pages answered ${[...new Set(badPages.map((s) => s.answer.status))].join(", ")} instead of an error page`);
  const badMoves = down.filter((s) => s.kind === "move" && s.answer.status !== 0 && !(s.answer.status >= 500 || actionOutcome(s.answer)?.ok === false || s.ok));
  if (badMoves.length) problems.push(`${badMoves.length} form posts got neither an error nor a refusal`);
  const leaking = down.filter((s) => LEAKS.some((leak) => leak.test(s.answer.body)));
  if (leaking.length) problems.push(`${leaking.length} answers show database details, e.g. ${JSON.stringify(leaking[0]!.answer.body.slice(0, 300))}`);
  const page = shown as { status: number; text: string } | null;
  if (!page || page.status < 500 || !page.text) problems.push(`the browser showed ${page ? `HTTP ${page.status} with ${page.text ? "text" : "no text"}` : "nothing"} while the database was down`);
  else if (LEAKS.some((leak) => leak.test(page.text))) problems.push(`the error page shows database details: ${page.text.slice(0, 200)}`);
  if (recoveredAt === null) problems.push(`not serving again ${RECOVERY_LIMIT_MS / 1000} s after the database came back`);
  const report = await checkInvariants(stage.root, stage.dbUrl, clients.ledger);
  problems.push(...report.problems);

  const pageStatuses = count(down.filter((s) => s.kind === "page").map((s) => String(s.answer.status)));
  const moveAnswers = count(down.filter((s) => s.kind === "move").map((s) => (s.answer.status === 200 ? `200 ${actionOutcome(s.answer)?.message ?? "?"}` : String(s.answer.status))));
  return {
    name: "(b) PostgreSQL restarted under load",
    problems,
    details: [
      `down ${((upAt - downAt) / 1000).toFixed(1)} s: ${down.length} answers, slowest ${(slowest / 1000).toFixed(2)} s; pages ${pageStatuses}; form posts ${moveAnswers}`,
      `error page in a browser: ${page ? `HTTP ${page.status}, "${page.text.replace(/\s+/g, " ").slice(0, 160)}"` : "none"}`,
      recoveredAt === null ? "no recovery" : `serving again ${((recoveredAt - upAt) / 1000).toFixed(1)} s after the database was back, same process (pid ${pid}); ${report.auditVerify}`,
    ],
  };
}

function count(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ×${n}`).join(", ") || "none";
}

