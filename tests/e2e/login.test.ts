import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { expectAlert, expectHeading, openSession, pathOf, signIn, submitLogin, waitForPath } from "./pages";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The demo accounts, each greeted in their own language by their role's home page. The
 * navigation grows with the product; what matters here is that it starts at the home page
 * and that only the administrator gets the Users entry.
 */
const ACCOUNTS = [
  { email: "magistrate@demo.example", heading: "Demandes de votre service", home: "Accueil", users: "Utilisateurs", admin: false, signOut: "Se déconnecter" },
  { email: "manager@demo.example", heading: "Délais de votre périmètre", home: "Accueil", users: "Utilisateurs", admin: false, signOut: "Se déconnecter" },
  { email: "liaison.ph@demo.example", heading: "Requests received: Philippines", home: "Home", users: "Users", admin: false, signOut: "Sign out" },
  { email: "liaison.co@demo.example", heading: "Requests received: Colombia", home: "Home", users: "Users", admin: false, signOut: "Sign out" },
  { email: "admin@demo.example", heading: "Administration", home: "Home", users: "Users", admin: true, signOut: "Sign out" },
];

describe("signing in and out", () => {
  it.each(ACCOUNTS)("$email signs in, sees their home page, and signs out", async ({ email, heading, home, users, admin, signOut }) => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      // Anonymous visitors are sent to the login page.
      await page.goto("/");
      await waitForPath(page, "/login");

      await signIn(page, email);
      await expectHeading(page, heading);

      // The navigation shows what the role may use: only the administrator manages users.
      const navigation = page.getByRole("banner").getByRole("navigation");
      await navigation.getByRole("link").first().waitFor();
      const links = await navigation.getByRole("link").allTextContents();
      expect(links[0]).toBe(home);
      expect(links.includes(users), `navigation ${JSON.stringify(links)}`).toBe(admin);

      await page.getByRole("button", { name: signOut, exact: true }).click();
      await waitForPath(page, "/login");
      await page.getByRole("button", { name: "Sign in", exact: true }).waitFor();

      // The session is really gone: the home page sends back to the login page.
      await page.goto("/");
      await waitForPath(page, "/login");
    } finally {
      await context.close();
    }
  });

  it("the administrator's Users link opens the account list", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await signIn(page, "admin@demo.example");
      await page.getByRole("banner").getByRole("navigation").getByRole("link", { name: "Users", exact: true }).click();
      await waitForPath(page, "/admin/users");
      await expectHeading(page, "Users");
      await page.getByRole("row").filter({ hasText: "liaison.co@demo.example" }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("a wrong password is refused and the visitor stays on the login page", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await page.goto("/login");
      await submitLogin(page, "liaison.ph@demo.example", "not-the-demo-password");
      await expectAlert(page, "Email or password is incorrect.");
      expect(pathOf(page)).toBe("/login");
      // The address typed is kept; the password is not.
      expect(await page.getByLabel("Email", { exact: true }).inputValue()).toBe("liaison.ph@demo.example");

      // Still anonymous: the home page sends back to the login page.
      await page.goto("/");
      await waitForPath(page, "/login");
    } finally {
      await context.close();
    }
  });

  it("an unknown email gets the same answer as a wrong password", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await page.goto("/login");
      await submitLogin(page, "nobody@demo.example", "demo-password");
      await expectAlert(page, "Email or password is incorrect.");
      expect(pathOf(page)).toBe("/login");
    } finally {
      await context.close();
    }
  });

  it("the login page speaks French to a French browser", async () => {
    const { context, page } = await openSession(browser, "fr-FR");
    try {
      await page.goto("/login");
      expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("Connexion");
      await page.getByLabel("Adresse e-mail", { exact: true }).fill("magistrate@demo.example");
      await page.getByLabel("Mot de passe", { exact: true }).fill("pas-le-bon-mot-de-passe");
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await expectAlert(page, "Adresse e-mail ou mot de passe incorrect.");
      expect(await page.getByLabel("Email", { exact: true }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
