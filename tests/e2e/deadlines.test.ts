import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { openSession, signIn } from "./pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The demo's request to Madagascar was sent eight months ago and never acknowledged: its
 * acknowledgement deadline has long passed. The magistrate (French interface) must see it
 * flagged in the list, find it with the "overdue" filter, and see the breached clock on
 * its page. References carry the seeding year, hence the patterns.
 */
describe("overdue requests", () => {
  it("are flagged in the magistrate's list and on the request page", async () => {
    // The login page follows the browser (English here); once signed in, the magistrate's own language (French).
    const { context, page } = await openSession(browser, "en-US");
    try {
      await signIn(page, "magistrate@demo.example");
      await page.goto("/requests");
      const madagascar = page.locator("tr[data-reference*='-FR-MG-']");
      await expect.poll(() => madagascar.count()).toBe(1);
      await expect.poll(() => madagascar.textContent()).toContain("En retard");

      // The filter keeps the overdue requests only.
      await page.getByLabel("Échéance", { exact: true }).selectOption("overdue");
      await page.getByRole("button", { name: "Appliquer" }).click();
      await page.waitForURL((url) => url.searchParams.get("due") === "overdue");
      const rows = page.locator("tbody tr[data-reference]");
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const overdueRows = await rows.allTextContents();
      expect(overdueRows.every((text) => text.includes("En retard"))).toBe(true);
      expect(await page.locator("tr[data-reference*='-FR-MG-']").count()).toBe(1);
      // A draft runs no clock: it is not in the overdue list.
      expect(overdueRows.some((text) => text.includes("Brouillon"))).toBe(false);

      await page.locator("tr[data-reference*='-FR-MG-'] a").first().click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator("h1").textContent()).toMatch(/MLA-\d{4}-FR-MG-\d{4}/);
      const deadlines = page.locator("#deadlines");
      await expect.poll(() => deadlines.textContent()).toMatch(/accusé de réception/);
      const acknowledgement = deadlines.locator("[data-clock='acknowledgement']");
      await expect.poll(() => acknowledgement.textContent()).toContain("Dépassé");
      await expect.poll(() => acknowledgement.textContent()).toMatch(/\d+ jours de retard/);
    } finally {
      await context.close();
    }
  });
});
