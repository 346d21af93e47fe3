import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Answer } from "./http";
import { ACTORS, scopeOf, type ActorName, type ObjectName, type Outcome, type Probe, type Target } from "./matrix";

/** One cell of the matrix: an endpoint's probe, by one actor, on one object (or none). */
export interface Cell {
  target: Target;
  probe: Probe;
  actor: ActorName;
  object: ObjectName | null;
  scope: string;
  expected: Outcome;
  /** "read": changes nothing when it goes as expected; "write": an allowed write, run alone; "signOut": run last. */
  phase: "read" | "write" | "signOut";
}

export const SIGN_OUT_KEY = "action app/_lib/sign-out-action.ts#signOutAction";

/** Every cell of the matrix, in its order (targets, probes, actors, objects). */
export function cellsOf(matrix: readonly Target[]): Cell[] {
  const cells: Cell[] = [];
  for (const target of matrix) {
    for (const probe of target.probes) {
      for (const actor of ACTORS) {
        const expectation = probe.expect[actor];
        const objects: (ObjectName | null)[] = probe.objects ? probe.objects.filter((o) => scopeOf(actor, o) !== null) : [null];
        for (const object of objects) {
          const expected = typeof expectation === "string" ? expectation : object ? expectation[object] : undefined;
          if (!expected) throw new Error(`${describeTarget(target, probe)}: no outcome for ${actor}${object ? ` on ${object}` : ""}`);
          const phase = target.key === SIGN_OUT_KEY ? "signOut" : target.writes && expected === "ok" ? "write" : "read";
          cells.push({ target, probe, actor, object, scope: object ? scopeOf(actor, object)! : "—", expected, phase });
        }
      }
    }
  }
  return cells;
}

/**
 * The matrix's own consistency: per-object expectations name exactly the objects each actor
 * is tested on, and only objects of the probe. Returns the problems found.
 */
export function matrixProblems(matrix: readonly Target[]): string[] {
  const problems: string[] = [];
  for (const target of matrix) {
    for (const probe of target.probes) {
      for (const actor of ACTORS) {
        const expectation = probe.expect[actor];
        if (typeof expectation === "string") continue;
        const where = `${describeTarget(target, probe)} for ${actor}`;
        if (!probe.objects) {
          problems.push(`${where}: per-object outcomes, but the probe takes no object`);
          continue;
        }
        const tested = probe.objects.filter((o) => scopeOf(actor, o) !== null);
        const listed = Object.keys(expectation) as ObjectName[];
        for (const object of tested) if (!listed.includes(object)) problems.push(`${where}: no outcome on ${object}`);
        for (const object of listed) if (!tested.includes(object)) problems.push(`${where}: an outcome on ${object}, which it is not tested on`);
      }
    }
  }
  return problems;
}

export function describeTarget(target: Target, probe: Probe): string {
  return probe.name ? `${target.key} (${probe.name})` : target.key;
}

export function describeCell(cell: Cell): string {
  return `${describeTarget(cell.target, cell.probe)} × ${cell.actor}${cell.object ? ` × ${cell.object} [${cell.scope}]` : ""}`;
}

/** What happened, in the matrix's words, with a server action's field messages when it named some. */
export interface Observed {
  outcome: string;
  fields?: Record<string, string[]>;
}

/** A page's or route's answer. */
export function classifyPage(answer: Answer): Observed {
  if (answer.status >= 300 && answer.status < 400 && answer.location !== null) {
    return { outcome: answer.location.startsWith("/login") ? "login" : `redirect:${answer.location}` };
  }
  const named: Record<number, string> = { 200: "ok", 400: "badRequest", 401: "unauthenticated", 403: "forbidden", 404: "notFound" };
  return { outcome: named[answer.status] ?? `status ${answer.status}` };
}

/** A server action's answer: a redirect (to sign in, or back with ?error=<code>), or the state it returned. */
export function classifyAction(answer: Answer): Observed {
  if (answer.location !== null && answer.status < 400) {
    if (answer.location.startsWith("/login")) return { outcome: "login" };
    const error = new URL(answer.location, "http://x").searchParams.get("error");
    return { outcome: error ? `refused:${error}` : "ok" };
  }
  if (answer.status !== 200) return { outcome: `status ${answer.status}` };
  const state = answer.state;
  if (!state || state.ok === true) return { outcome: "ok" };
  const code = typeof state.message === "string" ? state.message : typeof state.error === "string" ? state.error : null;
  if (!code) return { outcome: "ok" };
  const fields = state.fields && typeof state.fields === "object" ? (state.fields as Record<string, string[]>) : undefined;
  return { outcome: `refused:${code}`, fields };
}

/** Whether what happened is what the cell expects (`expected` with its placeholders filled in). */
export function matches(expected: string, observed: Observed): boolean {
  if (expected === "ignored") return observed.outcome === "ok";
  const detailed = /^refused:(\w+)\[(\w+):(\w+)\]$/.exec(expected);
  if (detailed) {
    const [, code, field, fieldCode] = detailed;
    return observed.outcome === `refused:${code}` && Boolean(observed.fields?.[field!]?.includes(fieldCode!));
  }
  return observed.outcome === expected;
}

/** The message keys of both languages (lib/i18n/messages/{fr,en}/*.json), flattened: "errors.notFound", "documents.errors.x"… */
function messageKeys(root: string, locale: string): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else keys.add(path);
  };
  const dir = join(root, "lib", "i18n", "messages", locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(join(dir, file), "utf8")), "");
  return keys;
}

/** Whether a refusal's code (and its field codes) has a message in both languages, as the forms look it up (`errors.` or `<section>.errors.`). */
export function untranslatedCodes(root: string): (observed: Observed) => string[] {
  const locales = ["fr", "en"].map((l) => [...messageKeys(root, l)]);
  const translated = (code: string) => locales.every((keys) => keys.some((k) => k === `errors.${code}` || k.endsWith(`.errors.${code}`)));
  return (observed) => {
    if (!observed.outcome.startsWith("refused:")) return [];
    const codes = [observed.outcome.slice("refused:".length), ...Object.values(observed.fields ?? {}).flat()];
    return codes.filter((code) => !translated(code));
  };
}
