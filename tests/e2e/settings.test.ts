import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { expectHeading, expectStatus, signedInSessions, storySteps, waitForPath } from "./pages";

/**
 * Running the tracker without a developer (issue 12): the administrator reaches units, deadlines
 * and retention from one Settings entry; the retention dry run names what falls due; a period of
 * zero is refused next to its field; the magistrate keeps a closed request beyond the period
 * from its page, and the dry run follows.
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

const run = randomBytes(3).toString("hex").toUpperCase();
const POLL = { timeout: 15_000, interval: 100 };
const step = storySteps();

async function openSettings(page: Page, link: string): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Settings", exact: true }).click();
  await waitForPath(page, "/admin/settings");
  await page.getByRole("main").getByRole("link", { name: link, exact: true }).click();
}

/** The references listed in one table of the dry run. */
async function referencesIn(page: Page, caption: string): Promise<string[]> {
  const cells = await page.getByRole("table", { name: caption, exact: true }).locator("tbody tr td:first-child").allTextContents();
  return cells.filter((c) => c.startsWith("MLA-"));
}

let upcoming: string;

describe("settings, from the administrator's navigation", () => {
  step("the administrator adds a unit through Settings, and it is listed under its country", async () => {
    await openSettings(admin, "Units");
    await expectHeading(admin, "Units");
    const add = admin.getByRole("region", { name: "Add a unit", exact: true });
    await add.getByLabel(/^Code/).fill(`fr-lyon-minors-${run}`);
    await add.getByLabel(/^Country/).selectOption("FR");
    await add.getByLabel(/^Name/).fill("Parquet de Lyon — section des mineurs");
    await add.getByRole("button", { name: "Add the unit" }).click();
    await expectStatus(admin, `Unit FR-LYON-MINORS-${run} added.`);
    const france = admin.getByRole("table", { name: "Units: France", exact: true });
    await expect.poll(() => france.textContent(), POLL).toContain(`FR-LYON-MINORS-${run}`);
  });

  step("the deadlines page shows the legal limits as fixed by law and refuses a target of zero days", async () => {
    await openSettings(admin, "Deadlines");
    await expectHeading(admin, "Deadlines");
    expect(await admin.getByText("Fixed by law", { exact: true }).count()).toBeGreaterThanOrEqual(4);
    const change = admin.locator("details").first();
    await change.locator("summary").click();
    const form = change.getByRole("form");
    await form.getByLabel(/^Length/).fill("0");
    await form.getByLabel(/^Reason/).fill("Essai");
    await form.getByRole("button", { name: "Save the length" }).click();
    await expect.poll(() => form.locator(".field-errors").allTextContents().then((t) => t.join(" ")), POLL).toContain("between 1 and 3650");
  });

  step("the retention dry run names the request kept by a magistrate and the one falling due; a period of zero is refused", async () => {
    await openSettings(admin, "Retention of personal data");
    await expectHeading(admin, "Retention of personal data");
    await expect.poll(() => admin.getByText("12 months after a file is closed.").count(), POLL).toBeGreaterThan(0);
    expect(await referencesIn(admin, "Past the period, kept by a magistrate's decision")).toHaveLength(1);
    const due = await referencesIn(admin, "Due within 60 days");
    expect(due).toHaveLength(1);
    upcoming = due[0]!;

    await admin.getByLabel("Months after closing (required)", { exact: true }).fill("0");
    await admin.getByLabel("Reason for the change (required)", { exact: true }).fill("Purge immédiate");
    await admin.getByRole("button", { name: "Save the period" }).click();
    await expect
      .poll(() => admin.locator("#retention-months-errors").textContent(), POLL)
      .toContain("Enter a whole number of months from 1 to 120");
    await admin.reload();
    await expect.poll(() => admin.getByText("12 months after a file is closed.").count(), POLL).toBeGreaterThan(0);
  });

  step("the magistrate keeps that closed request beyond the retention period from its page", async () => {
    await magistrate.goto(`/requests?q=${encodeURIComponent(upcoming)}`);
    await magistrate.getByRole("link", { name: upcoming, exact: true }).first().click();
    await expectHeading(magistrate, upcoming);
    const section = magistrate.getByRole("region", { name: "Conservation", exact: true });
    await expect.poll(() => section.textContent(), POLL).toContain("Ses données personnelles seront effacées le");
    await section.getByLabel("Motifs de la conservation", { exact: true }).fill("Pièces nécessaires au procès d'assises à Paris.");
    await section.getByRole("button", { name: "Conserver au-delà de la durée légale" }).click();
    await expectStatus(magistrate, "La demande est conservée au-delà de la durée légale.");
    await expect.poll(() => section.textContent(), POLL).toContain("Conservée au-delà de la durée légale sur décision de");
  });

  step("the dry run no longer counts it; once the decision is lifted, it falls due again", async () => {
    await admin.reload();
    await expect.poll(() => referencesIn(admin, "Due within 60 days"), POLL).toEqual([]);

    const section = magistrate.getByRole("region", { name: "Conservation", exact: true });
    await section.getByLabel("Motifs de la levée", { exact: true }).fill("Arrêt définitif.");
    await section.getByRole("button", { name: "Lever la décision" }).click();
    await expectStatus(magistrate, "La décision est levée : la durée de conservation s'applique de nouveau.");
    await admin.reload();
    await expect.poll(() => referencesIn(admin, "Due within 60 days"), POLL).toEqual([upcoming]);
  });
});
