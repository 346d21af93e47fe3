import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { expectAlert, expectHeading, expectStatus, pathOf, signedInSessions, storySteps, waitForPath } from "./pages";

/**
 * The directory (issue 12): the administrator adds the United States entirely through the UI —
 * the country, its treaty with France, its authority for subscriber data; a magistrate drafting
 * a request to it is offered its legal bases and proposed that authority; an EIO to the
 * Philippines is refused by the server with a message next to the legal-basis field.
 */

let admin: Page;
let magistrate: Page;
const sessions = signedInSessions({
  admin: "admin@demo.example",
  magistrate: "magistrate@demo.example",
});
beforeAll(() => {
  ({ admin, magistrate } = sessions.pages);
});

const run = randomBytes(4).toString("hex");
const OIA = "U.S. Department of Justice — Office of International Affairs";
const OIA_EMAIL = "oia.mla@usdoj.example";
const TREATY = "Traité d'entraide judiciaire en matière pénale entre la France et les États-Unis";
const POLL = { timeout: 15_000, interval: 100 };

/** The request form's legal-basis select and its options' labels (French UI). */
function legalBasisSelect(page: Page) {
  return page.getByLabel("Base juridique (obligatoire)", { exact: true });
}

async function optionLabels(page: Page): Promise<string[]> {
  return legalBasisSelect(page).locator("option").allTextContents();
}

/** Opens a new request of the magistrate's first case addressed to `country`. */
async function startRequest(page: Page, country: string): Promise<void> {
  await page.goto("/requests/new");
  await expectHeading(page, "Nouvelle demande");
  await page.getByLabel("Procédure (obligatoire)", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("État requis (obligatoire)", { exact: true }).selectOption({ label: country });
}

const step = storySteps();

describe("the directory, from the administrator's page to the request form", () => {
  step("the administrator adds the United States with its treaty with France and an authority for subscriber data", async () => {
    const page = admin;
    await page.getByRole("banner").getByRole("link", { name: "Directory", exact: true }).click();
    await waitForPath(page, "/admin/directory");
    await expectHeading(page, "Directory");

    const add = page.getByRole("region", { name: "Add a country", exact: true });
    await add.getByLabel("Country code (required)", { exact: true }).fill("US");
    await add.getByLabel("Name in French (required)", { exact: true }).fill("États-Unis");
    await add.getByLabel("Name in English (required)", { exact: true }).fill("United States");
    await add.getByLabel("Working languages (required)", { exact: true }).fill("en");
    await add.getByLabel("Time zone (required)", { exact: true }).fill("America/New_York");
    await add.getByLabel("Party to the Budapest Convention since", { exact: true }).fill("2007-01-01");
    await add.getByRole("button", { name: "Add the country", exact: true }).click();
    await waitForPath(page, "/admin/directory/US");
    await expectHeading(page, "United States (US)");
    await expectStatus(page, "Country added. Record its legal bases and its authorities below.");

    // The bilateral treaty, recorded on the United States' page, with France.
    const record = page.getByRole("form", { name: "Record a legal basis", exact: true });
    await record.getByLabel("With (required)", { exact: true }).selectOption({ label: "France" });
    await record.getByLabel("Legal basis (required)", { exact: true }).selectOption({ label: "Bilateral convention" });
    await record.getByLabel("Instrument", { exact: true }).fill(TREATY);
    await record.getByLabel("Signed on", { exact: true }).fill("1998-12-10");
    await record.getByRole("button", { name: "Record the legal basis", exact: true }).click();
    await expectStatus(page, "Legal basis recorded.");
    const bases = page.getByRole("table", { name: "Legal bases recorded with other countries", exact: true });
    await expect.poll(() => bases.getByRole("cell").allTextContents(), POLL).toEqual(
      expect.arrayContaining(["France", "Bilateral convention", TREATY, "December 10, 1998"]),
    );

    // The authority that receives requests for subscriber data.
    const addAuthority = page.getByRole("region", { name: "Add an authority", exact: true });
    await addAuthority.getByLabel("Name (required)", { exact: true }).fill(OIA);
    await addAuthority.getByLabel("Kind (required)", { exact: true }).selectOption({ label: "Central authority" });
    await addAuthority.getByLabel("Subscriber data", { exact: true }).check();
    await addAuthority.getByLabel("Address", { exact: true }).fill("1301 New York Avenue NW, Washington, DC 20530");
    await addAuthority.getByLabel("Email", { exact: true }).fill(OIA_EMAIL);
    await addAuthority.getByLabel("Office hours", { exact: true }).fill("Monday to Friday, 9:00–17:30 (Washington time)");
    await addAuthority.getByRole("button", { name: "Add the authority", exact: true }).click();
    await expectStatus(page, `Authority ${OIA} added.`);
    const authorities = page.getByRole("table", { name: "Authorities: United States", exact: true });
    const row = authorities.getByRole("row").filter({ has: page.getByRole("rowheader", { name: OIA, exact: true }) });
    await expect.poll(() => row.getByRole("cell").allTextContents(), POLL).toEqual(expect.arrayContaining(["Central authority", "Subscriber data"]));

    // The same name again, in other letters' case: refused next to the name, nothing added.
    await addAuthority.getByLabel("Name (required)", { exact: true }).fill(OIA.toUpperCase());
    await addAuthority.getByLabel("Kind (required)", { exact: true }).selectOption({ label: "Police" });
    await addAuthority.getByRole("button", { name: "Add the authority", exact: true }).click();
    await expectAlert(page, "Some fields need correcting.");
    await addAuthority.getByText("This country already has an authority with this name.", { exact: true }).waitFor();
    await page.reload();
    await expectHeading(page, "United States (US)");
    expect(await authorities.getByRole("rowheader").allTextContents()).toEqual([OIA]);
  });

  step("a magistrate drafting a request to the United States is offered its legal bases and proposed that authority", async () => {
    const page = magistrate;
    await startRequest(page, "États-Unis");
    // The empty field takes the directory's proposal; the proposal says how to reach it.
    await expect.poll(() => page.getByLabel("Autorité requise", { exact: true }).inputValue(), POLL).toBe(OIA);
    expect(await page.getByTestId("proposed-authority").textContent()).toBe(OIA);
    expect(await page.locator("#rq-requestedAuthority-proposal").innerText()).toContain(OIA_EMAIL);
    await expect.poll(() => optionLabels(page), POLL).toEqual(["Choisir…", "Convention bilatérale", "Convention de Budapest sur la cybercriminalité"]);

    await legalBasisSelect(page).selectOption({ label: "Convention de Budapest sur la cybercriminalité" });
    await page.getByLabel("Voie de transmission (obligatoire)", { exact: true }).selectOption({ label: "Autorités centrales" });
    await page.getByLabel("Exposé des faits", { exact: true }).fill(`Comptes de messagerie hébergés aux États-Unis utilisés pour les paiements (run ${run}).`);
    await page.getByRole("button", { name: "Enregistrer le brouillon", exact: true }).click();
    await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).allTextContents(), POLL).toEqual([expect.stringMatching(/^MLA-\d{4}-FR-US-\d{4}$/)]);
    expect(await page.locator("main").innerText()).toContain(OIA);

    // Once it asks for subscriber data, the form says the authority is competent for it.
    const requestPath = pathOf(page);
    const addMeasure = page.getByRole("form", { name: "Ajouter une mesure", exact: true });
    await addMeasure.getByLabel("Nature de la mesure", { exact: true }).selectOption({ label: "Données d'abonné" });
    await addMeasure.getByLabel("Description", { exact: true }).fill(`Données d'abonné des comptes de messagerie du suspect (run ${run}).`);
    await addMeasure.getByLabel("Pourquoi la preuve se trouve-t-elle dans l'État requis ?", { exact: true }).fill("Le fournisseur est établi en Californie.");
    await addMeasure.getByRole("button", { name: "Ajouter la mesure", exact: true }).click();
    await expectStatus(page, "Mesure ajoutée.");
    await page.getByRole("link", { name: "Modifier le brouillon", exact: true }).click();
    await waitForPath(page, `${requestPath}/edit`);
    expect(await page.getByTestId("proposed-authority").textContent()).toBe(OIA);
    expect(await page.locator("#rq-requestedAuthority-proposal").innerText()).toContain("Compétente pour : Données d'abonné.");
  });

  step("an EIO to the Philippines is not offered, and refused by the server next to the legal-basis field", async () => {
    const page = magistrate;
    await startRequest(page, "Philippines");
    await expect.poll(() => optionLabels(page), POLL).toEqual(["Choisir…", "Convention de Budapest sur la cybercriminalité", "Réciprocité (sans traité)"]);

    // A stale or tampered form sends it anyway: the server is the judge.
    await legalBasisSelect(page).evaluate((select) => {
      (select as HTMLSelectElement).add(new Option("Décision d'enquête européenne", "european_investigation_order"));
    });
    await legalBasisSelect(page).selectOption("european_investigation_order");
    await page.getByLabel("Voie de transmission (obligatoire)", { exact: true }).selectOption({ label: "Autorités centrales" });
    await page.getByRole("button", { name: "Enregistrer le brouillon", exact: true }).click();

    const message = "Cette base juridique n'est pas ouverte avec ce pays. Choisissez-en une que l'annuaire propose, ou demandez à un administrateur de l'enregistrer.";
    await expect.poll(() => page.locator("#rq-legalBasis-errors").textContent(), POLL).toBe(message);
    expect(await legalBasisSelect(page).getAttribute("aria-invalid")).toBe("true");
    // What was sent stays shown beside the message, and nothing was created.
    expect(await legalBasisSelect(page).locator("option:checked").textContent()).toBe("Décision d'enquête européenne");
    expect(pathOf(page)).toBe("/requests/new");
  });
});
