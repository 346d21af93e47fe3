import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { expectHeading, openSession, pathOf, signIn, submitLogin } from "./pages";

/**
 * The audit review on the demo data, as the demo manager reads it (in French, their
 * language): the events of their scope, a failed sign-in of one of their magistrates and a
 * refused page found through the filters, and the integrity verifier over their scope.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];
let manager: Page;

async function session(): Promise<Page> {
  const { context, page } = await openSession(browser, "en-US");
  contexts.push(context);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A wrong password for a magistrate of the manager's unit (one failure: far from the throttle).
  const visitor = await session();
  await submitLogin(visitor, "magistrate@demo.example", "not-the-demo-password");
  await visitor.getByRole("alert").filter({ hasText: /\S/ }).first().waitFor();
  expect(pathOf(visitor)).toBe("/login");
  manager = await session();
  await signIn(manager, "manager@demo.example");
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The rows of the review's table, each as its cells' texts. */
async function rows(page: Page): Promise<string[][]> {
  return page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

describe("the audit review", () => {
  it("is in the manager's navigation and lists the requests' events of their scope", async () => {
    await manager.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Audit", exact: true }).click();
    await expectHeading(manager, "Revue d'audit");
    const listed = await rows(manager);
    expect(listed.length).toBeGreaterThan(0);
    // Each row names a person and an action; the demo's requests are referenced, never their content.
    expect(listed.some((cells) => /MLA-\d{4}-FR-/.test(cells[3] ?? ""))).toBe(true);
  });

  it("finds the failed sign-in of the unit's magistrate through the action filter", async () => {
    await manager.goto("/audit");
    const filters = manager.getByRole("search", { name: "Filtrer les entrées" });
    await filters.getByLabel("Action", { exact: true }).selectOption({ label: "Échec de connexion" });
    await filters.getByRole("button", { name: "Appliquer" }).click();
    await expect.poll(() => new URL(manager.url()).searchParams.get("action")).toBe("signInFailed");
    const listed = await rows(manager);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed[0]![1]).toContain("Claire Martin");
    expect(listed[0]![4]).toContain("mot de passe erroné");
    expect(listed[0]![4]).not.toContain("not-the-demo-password");
  });

  it("records a refused page as a security event of the one refused", async () => {
    const response = await manager.goto(`/requests/${randomUUID()}`);
    expect(response?.status()).toBe(404);
    await manager.goto("/audit?action=accessRefused");
    await expectHeading(manager, "Revue d'audit");
    const listed = await rows(manager);
    expect(listed[0]![1]).toContain("Antoine Dubois");
    expect(listed[0]![4]).toContain("404");
  });

  it("verifies the integrity of the trails of the manager's scope", async () => {
    await manager.goto("/audit");
    await manager.getByRole("button", { name: "Vérifier l'intégrité" }).click();
    // An announced status, not just text: the result is read out to screen-reader users.
    await expect.poll(() => manager.getByRole("status").filter({ hasText: "Intègre" }).textContent()).toMatch(/^Intègre : .* de votre périmètre vérifiés\.$/);
  });

  it("refuses a bad period next to its field, and magistrates altogether (403)", async () => {
    await manager.goto("/audit?from=2026-05-01&to=2026-04-01");
    await expect.poll(() => manager.locator("#au-f-to-error").textContent()).toBeTruthy();
    expect(await manager.locator("tbody tr").count()).toBe(0);

    const magistrate = await session();
    await signIn(magistrate, "magistrate@demo.example");
    const response = await magistrate.goto("/audit");
    expect(response?.status()).toBe(403);
  });
});
