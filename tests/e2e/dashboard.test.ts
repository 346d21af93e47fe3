import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { expectHeading, openSession, signIn, waitForPath } from "./pages";

/**
 * The managers' dashboard on the demo data, in French (the demo manager's language): the
 * Philippines row shows as many overdue requests as the list's own "overdue" filter finds
 * for the Philippines, the figure opens exactly that list, and the CSV downloads hold the
 * same figures. Other roles are refused.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];
let manager: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const { context, page } = await openSession(browser, "en-US");
  contexts.push(context);
  await signIn(page, "manager@demo.example");
  manager = page;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The references the list shows for a query (the demo fits on one page). */
async function listedReferences(page: Page, query: string): Promise<string[]> {
  await page.goto(`/requests?${query}`);
  await expectHeading(page, "Demandes d'entraide");
  return page.locator("tbody tr[data-reference]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-reference")!));
}

describe("the delay dashboard", () => {
  let overduePH: string[];

  it("shows the Philippines row with the overdue count of the list, and the figure opens that list", async () => {
    overduePH = await listedReferences(manager, "country=PH&due=overdue");
    // The demo has Philippine requests long past their deadlines: the figure must not be a trivial zero.
    expect(overduePH.length).toBeGreaterThan(0);

    await manager.goto("/");
    await manager.getByRole("link", { name: "Ouvrir le tableau de bord des délais" }).click();
    await waitForPath(manager, "/dashboard");
    await expectHeading(manager, "Tableau de bord des délais");
    const table = manager.getByRole("table", { name: /Demandes par État requis/ });
    const philippines = table.getByRole("row", { name: /^Philippines/ });
    const overdueLink = philippines.locator("td[data-column='overdue'] a");
    await expect.poll(() => overdueLink.textContent()).toBe(String(overduePH.length));

    await overdueLink.click();
    await manager.waitForURL((url) => url.pathname === "/requests" && url.searchParams.get("country") === "PH" && url.searchParams.get("due") === "overdue");
    const rows = manager.locator("tbody tr[data-reference]");
    await expect.poll(() => rows.count()).toBe(overduePH.length);
    const shown = await rows.evaluateAll((list) => list.map((r) => r.getAttribute("data-reference")!));
    expect(shown.sort()).toEqual([...overduePH].sort());
    expect((await rows.allTextContents()).every((text) => text.includes("En retard"))).toBe(true);
  });

  it("downloads the country table as CSV with the page's figures", async () => {
    await manager.goto("/dashboard");
    const section = manager.locator("section[aria-labelledby='db-countries-title']");
    const [download] = await Promise.all([manager.waitForEvent("download"), section.getByRole("link", { name: /Télécharger en CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-countries-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...lines] = csv.slice(1).trimEnd().split("\r\n");
    expect(header).toBe(
      "Code pays;État;Demandes;En cours;En retard;Transmises;Refusées;Part des refus (%);" +
        "Jours médians : Transmise;Jours médians : Réception accusée;Jours médians : En exécution;" +
        "Jours médians : Complément demandé;Jours médians : Partiellement exécutée",
    );
    const ph = lines.map((line) => line.split(";")).find((cells) => cells[0] === "PH");
    expect(ph?.slice(0, 2)).toEqual(["PH", "Philippines"]);
    expect(ph?.[4]).toBe(String(overduePH.length));
    // One row per requested country of the scope (another e2e file may add a request to a new country).
    expect(lines.map((line) => line.split(";")[0]).sort()).toEqual(expect.arrayContaining(["CO", "MG", "PH", "RO"]));
    expect(new Set(lines.map((line) => line.split(";")[0])).size).toBe(lines.length);
  });

  it("writes the days spent in each state, a dash where no request of the country went, and opens no list from them", async () => {
    await manager.goto("/dashboard");
    const table = manager.locator("#db-time-table");
    const romania = table.locator("tr[data-country='RO']");
    // The demo's Romanian request (an EIO) has not been transmitted.
    await expect.poll(() => romania.locator("td[data-status='transmitted']").textContent()).toBe("—");
    // The requests now in a state are not those its days measure: no link; the count still opens its list.
    expect(await table.locator("td[data-status] a").count()).toBe(0);
    expect(await romania.locator("td a").count()).toBe(1);
  });

  it("exports the filtered request list with the session, one row per request", async () => {
    const response = await manager.request.get("/api/requests/export?country=PH&due=overdue");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = await response.text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(header!.split(";").slice(0, 5)).toEqual(["Référence", "Procédure", "État requis", "Service requérant", "Statut"]);
    expect(lines.map((line) => line.split(";")[0]).sort()).toEqual([...overduePH].sort());
    expect(lines.every((line) => line.split(";")[11] === "oui")).toBe(true);
  });

  it("answers a bad filter with a sentence next to the field, and no figures", async () => {
    await manager.goto("/dashboard?from=2026-05-01&to=2026-01-01&country=XX");
    await expect.poll(() => manager.getByRole("alert").allTextContents()).toContain(
      "Certains filtres doivent être corrigés (voir ci-dessous) ; aucun chiffre n'est affiché tant qu'ils ne le sont pas.",
    );
    await expect.poll(() => manager.locator("#db-f-to-error").textContent()).toBe("La fin de la période précède son début.");
    expect(await manager.locator("#db-f-from").inputValue()).toBe("2026-05-01");
    expect(await manager.locator("#db-countries-table").count()).toBe(0);
    // A day that does not exist: said so, without a range the field does not share, and not put back in the field.
    await manager.goto("/dashboard?from=2030-02-30");
    await expect.poll(() => manager.locator("#db-f-from-error").textContent()).toBe("Saisissez une date réelle.");
    // The browser would empty the field itself (and warn): the page the server sends must not hold the value.
    const html = await (await manager.request.get("/dashboard?from=2030-02-30")).text();
    expect(html).toContain('id="db-f-from"');
    expect(html).not.toContain('value="2030-02-30"');
    const csv = await manager.request.get("/api/dashboard/countries?country=XX");
    expect(csv.status()).toBe(400);
    expect(await csv.text()).toContain("Ce pays ne figure pas dans la liste de référence.");
  });

  it("refuses the magistrate and the liaison officer (403)", async () => {
    for (const email of ["magistrate@demo.example", "liaison.ph@demo.example"]) {
      const { context, page } = await openSession(browser, "en-US");
      contexts.push(context);
      await signIn(page, email);
      const response = await page.goto("/dashboard");
      expect(response?.status()).toBe(403);
      expect((await page.request.get("/api/dashboard/countries")).status()).toBe(403);
    }
  });
});
