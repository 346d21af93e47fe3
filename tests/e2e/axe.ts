import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/**
 * axe-core (https://github.com/dequelabs/axe-core) in a page of the production build. The
 * Content-Security-Policy (proxy.ts) refuses an inline script without the page's nonce, which
 * is what `addScriptTag` adds: then the same source is evaluated through the DevTools
 * protocol, which the policy does not govern.
 */
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: string | undefined;

/** What the issue holds to zero: serious and critical violations (minor and moderate are reported by axe, not failed here). */
const BLOCKING = ["serious", "critical"];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

async function injectAxe(page: Page): Promise<void> {
  const present = () => page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (await present()) return;
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    // Refused by the policy on some browsers as an error rather than silently: fall through.
  }
  if (await present()) return;
  axeSource ??= readFileSync(AXE_PATH, "utf8");
  await page.evaluate(axeSource);
  if (!(await present())) throw new Error("axe-core could not be loaded into the page");
}

/** The page's serious and critical violations, one readable line each (rule, impact, help, where). */
export async function blockingViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => BLOCKING.includes(v.impact ?? ""))
    .map((v) => {
      const where = v.nodes
        .slice(0, 4)
        .map((n) => n.target.map(String).join(" > "))
        .join(" | ");
      const more = v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : "";
      return `${v.id} [${v.impact}] ${v.help}: ${where}${more}`;
    });
}
