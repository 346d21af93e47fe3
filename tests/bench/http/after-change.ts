import postgres from "postgres";
import type { ViewTiming } from "./report";

/**
 * The dashboard as the first manager to open it after a change sees it: the server keeps
 * figures until a write to what they count (lib/dashboard/figures-cache.ts), so each view
 * here follows a write's mark — a number taken from the `dashboard_changes` sequence, as every
 * write to those tables takes one — and is computed afresh. One view after another.
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
