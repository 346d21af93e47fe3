import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import {
  completeAccountSetup,
  expectAlert,
  expectHeading,
  expectStatus,
  openSession,
  pathOf,
  signIn,
  submitLogin,
  waitForPath,
} from "./pages";

let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context: adminContext, page: admin } = await openSession(browser, "en-US"));
  await signIn(admin, "admin@demo.example");
});

afterAll(async () => {
  await adminContext?.close();
  await browser?.close();
});

/** A fresh address per run and per test, so that reruns against a kept database do not collide. */
function uniqueEmail(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString("hex")}@e2e.example`;
}

function createForm(page: Page) {
  return page.getByRole("region", { name: "Create an account" });
}

function userRow(page: Page, email: string) {
  return page.locator("tbody").getByRole("row").filter({ has: page.getByRole("cell", { name: email, exact: true }) });
}

async function openUsersPage(page: Page): Promise<void> {
  await page.goto("/admin/users");
  await expectHeading(page, "Users");
}

/** Fills the creation form; the unit is the first one whose label names `country`. */
async function fillCreateForm(
  page: Page,
  fields: { name: string; email: string; role: string; country: string; language: string; password: string },
): Promise<void> {
  const form = createForm(page);
  await form.getByLabel("Name", { exact: true }).fill(fields.name);
  await form.getByLabel("Email", { exact: true }).fill(fields.email);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: fields.role });
  const unit = form.getByLabel("Unit", { exact: true });
  const unitLabels = await unit.locator("option").allTextContents();
  const label = unitLabels.find((l) => l.endsWith(`(${fields.country})`));
  expect(label, `a unit of ${fields.country} among ${JSON.stringify(unitLabels)}`).toBeDefined();
  await unit.selectOption({ label: label! });
  await form.getByLabel("Language", { exact: true }).selectOption({ label: fields.language });
  await form.getByLabel("Initial password", { exact: true }).fill(fields.password);
}

describe("account administration", () => {
  it("an account the administrator creates can sign in, until it is disabled", async () => {
    const email = uniqueEmail("liaison.co");
    const password = "correct-horse-battery";
    const ownPassword = "camila's own passphrase";

    await openUsersPage(admin);
    expect(await userRow(admin, email).count()).toBe(0);
    await fillCreateForm(admin, {
      name: "Camila Rojas",
      email,
      role: "Liaison officer",
      country: "Colombia",
      language: "English",
      password,
    });
    await createForm(admin).getByRole("button", { name: "Create account", exact: true }).click();
    await expectStatus(admin, `Account ${email} created.`);
    await userRow(admin, email).waitFor();
    expect(await userRow(admin, email).getByRole("cell").allTextContents()).toEqual(
      expect.arrayContaining(["Camila Rojas", email, "Fiscalía General de la Nación — Dirección de Asuntos Internacionales", "Active", "Never"]),
    );

    // The new liaison officer signs in, in their own browser. Before anything else they replace
    // the password the administrator chose and set up a second factor; then they see their
    // country's requests.
    const { context, page: officer } = await openSession(browser, "en-US");
    try {
      await submitLogin(officer, email, password);
      await waitForPath(officer, "/account");
      await officer.goto("/requests");
      await waitForPath(officer, "/account");
      await completeAccountSetup(officer, email, { initial: password, chosen: ownPassword });
      await expectHeading(officer, "Requests received: Colombia");

      // The administrator disables the account.
      await admin.getByRole("button", { name: `Disable ${email}`, exact: true }).click();
      await expectStatus(admin, "Account updated.");
      await expect
        .poll(() => userRow(admin, email).getByRole("cell").allTextContents(), { timeout: 15_000 })
        .toContain("Disabled");
      await admin.getByRole("button", { name: `Re-enable ${email}`, exact: true }).waitFor();

      // It takes effect on the officer's next request, although their session cookie is still valid.
      await officer.reload();
      await waitForPath(officer, "/login");
      await submitLogin(officer, email, ownPassword);
      await expectAlert(officer, "This account is disabled. Contact your administrator.");
      expect(pathOf(officer)).toBe("/login");
    } finally {
      await context.close();
    }
  });

  it("a password shorter than 12 characters is refused and no account is created", async () => {
    const email = uniqueEmail("short");
    await openUsersPage(admin);
    await fillCreateForm(admin, {
      name: "Short Password",
      email,
      role: "Liaison officer",
      country: "Colombia",
      language: "English",
      password: "elevenchars",
    });
    await createForm(admin).getByRole("button", { name: "Create account", exact: true }).click();
    await expectAlert(admin, "Some fields need correcting.");
    await createForm(admin).getByText("The password must be at least 12 characters long.", { exact: true }).waitFor();
    // What was typed and chosen is kept for correction (React resets a form after its action: the selects too).
    expect(await createForm(admin).getByLabel("Email", { exact: true }).inputValue()).toBe(email);
    const chosen = (label: string) => createForm(admin).getByLabel(label, { exact: true }).locator("option:checked").textContent();
    expect(await chosen("Role")).toBe("Liaison officer");
    expect(await chosen("Unit")).toMatch(/\(Colombia\)$/);
    expect(await chosen("Language")).toBe("English");
    expect(await userRow(admin, email).count()).toBe(0);

    // Nothing was written: a fresh load of the list does not show the address either,
    // and signing in with it fails like for any unknown address.
    await openUsersPage(admin);
    await userRow(admin, "admin@demo.example").waitFor();
    expect(await admin.getByText(email).count()).toBe(0);
    const { context, page } = await openSession(browser, "en-US");
    try {
      await submitLogin(page, email, "elevenchars");
      await expectAlert(page, "Email or password is incorrect.");
    } finally {
      await context.close();
    }
  });

  it("a magistrate opening the users page gets 403 Access denied, in French", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await signIn(page, "magistrate@demo.example");
      const response = await page.goto("/admin/users");
      expect(response?.status()).toBe(403);
      await expectHeading(page, "Accès refusé");
      expect(await page.getByText("admin@demo.example").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
