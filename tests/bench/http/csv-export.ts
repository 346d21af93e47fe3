import type { ExportTiming } from "./report";

/**
 * The CSV export, timed as a user waits for it: from the request to the last byte of the
 * file, one download after another (the first one included: an export is seldom repeated).
 */
export async function timeExport(baseUrl: string, name: string, path: string, cookie: string, runs = 3): Promise<ExportTiming> {
  const seconds: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    seconds.push((performance.now() - started) / 1000);
    if (response.status !== 200 || !response.headers.get("content-type")?.includes("text/csv")) {
      throw new Error(`${name}: GET ${path} answered ${response.status} ${response.headers.get("content-type")} (${body.slice(0, 200)})`);
    }
    bytes = Buffer.byteLength(body);
    // One line per request after the header; the list's columns hold no line breaks.
    rows = body.split("\n").filter((line) => line.trim()).length - 1;
  }
  return { name, rows, bytes, seconds };
}
