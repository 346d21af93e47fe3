import postgres from "postgres";
import type { ViewTiming } from "./report";

/**
 * The dashboard as the first manager to open it after a change sees it: the server keeps
 * counts until a write to what they count (lib/dashboard/figures-cache.ts), so each view
 * here follows a write's mark — a number taken from the `dashboard_changes` sequence, as every
 * write to those tables takes one — and its counts are computed afresh (its statistics, kept
 * for five minutes across changes, are not). One view after another.
 */
export async function timeAfterChange(baseUrl: string, dbUrl: string, name: string, path: string, cookie: string, runs = 10): Promise<ViewTiming> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  const milliseconds: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await sql`select nextval('dashboard_changes')`;
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      const body = await response.text();
      milliseconds.push(performance.now() - started);
      if (response.status !== 200 || !body.includes("</main>")) throw new Error(`${name}: GET ${path} answered ${response.status}`);
    }
  } finally {
    await sql.end();
  }
  return { name, milliseconds };
}

/**
 * The dashboard as the first view of filters nobody asked for yet sees it: nothing kept, the
 * counts and the statistics (a quarter of a million stays at 40,000 in scope) computed for it.
 * Each view asks for another period starting before any request, so its scope is the whole one.
 */
export async function timeFirstViews(baseUrl: string, name: string, path: string, cookie: string, runs = 5): Promise<ViewTiming> {
  const milliseconds: number[] = [];
  const unique = Date.now() % 1000;
  for (let i = 0; i < runs; i++) {
    // A different day each run (and each benchmark run): the server has kept nothing for it.
    const from = new Date(Date.UTC(2000, 0, 1 + unique + i * 1000)).toISOString().slice(0, 10);
    const url = `${baseUrl}${path}?from=${from}`;
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    milliseconds.push(performance.now() - started);
    if (response.status !== 200 || !body.includes("</main>") || body.includes("alert-error")) throw new Error(`${name}: GET ${url} answered ${response.status}`);
  }
  return { name, milliseconds };
}
