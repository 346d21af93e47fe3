import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import {
  enrolAuthenticator, expectAlert, expectHeading, openSession, pathOf, signIn, submitLogin, waitForPath, DEMO_PASSWORD,
} from "./pages";
import { nextTotpCode, wrongTotpCode } from "./totp-codes";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const codeField = (page: Page) => page.getByLabel("Authentication code", { exact: true });
const signInButton = (page: Page) => page.getByRole("button", { name: "Sign in", exact: true });

/** Email and password typed; the form now asks for the second factor. */
async function passwordStep(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await signInButton(page).click();
  await codeField(page).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await waitForPath(page, "/login");
}

describe("the second factor at sign-in", () => {
  it("a liaison officer signs in with the code from their app; a wrong code is refused", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await passwordStep(page, "liaison.ph@demo.example");
      await codeField(page).fill(await wrongTotpCode("liaison.ph@demo.example"));
      await signInButton(page).click();
      await expectAlert(page, "The code is incorrect. Enter the current code from your authenticator app.");
      expect(pathOf(page)).toBe("/login");

      // Still signed out: the home page sends back to the login page.
      const { context: other, page: visitor } = await openSession(browser, "en-US");
      await other.addCookies(await context.cookies());
      await visitor.goto("/");
      await waitForPath(visitor, "/login");
      await other.close();

      // The form still holds the password: the right code is enough.
      await codeField(page).fill(await nextTotpCode("liaison.ph@demo.example"));
      await signInButton(page).click();
      await waitForPath(page, "/");
      await expectHeading(page, "Requests received: Philippines");
    } finally {
      await context.close();
    }
  });

  it("a code already used is refused in another browser", async () => {
    const email = "liaison.co@demo.example";
    const first = await openSession(browser, "en-US");
    const second = await openSession(browser, "en-US");
    try {
      const code = await nextTotpCode(email);
      await submitLogin(first.page, email, DEMO_PASSWORD, { code });
      await waitForPath(first.page, "/");

      await submitLogin(second.page, email, DEMO_PASSWORD, { code });
      await expectAlert(second.page, "This code has already been used. Wait for the next code from your app.");
      expect(pathOf(second.page)).toBe("/login");
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });
});

describe("signing out", () => {
  it("ends the session on the server: a copy of the cookie no longer opens any page", async () => {
    const { context, page } = await openSession(browser, "en-US");
    const { context: thief, page: copy } = await openSession(browser, "en-US");
    try {
      await signIn(page, "admin@demo.example");
      await thief.addCookies(await context.cookies());
      await copy.goto("/admin/users");
      await expectHeading(copy, "Users");

      await signOut(page);
      await copy.goto("/admin/users");
      await waitForPath(copy, "/login");
    } finally {
      await context.close();
      await thief.close();
    }
  });
});

describe("a magistrate's optional second factor", () => {
  // An account no other e2e file signs in with: its factor is set up here.
  const email = "magistrate.ph@demo.example";

  it("is set up from My account, and a recovery code lets them in once", async () => {
    const { context, page } = await openSession(browser, "en-US");
    try {
      await signIn(page, email);
      await page.getByRole("banner").getByRole("link", { name: "My account", exact: true }).click();
      await expectHeading(page, "My account");
      const { recoveryCodes } = await enrolAuthenticator(page, email);
      await page.getByRole("link", { name: "I have saved my codes", exact: true }).click();
      await page.getByText("On. Unused recovery codes: 10.", { exact: true }).waitFor();
      await signOut(page);

      await submitLogin(page, email, DEMO_PASSWORD, { code: recoveryCodes[0] });
      await waitForPath(page, "/");
      await signOut(page);
      await submitLogin(page, email, DEMO_PASSWORD, { code: recoveryCodes[0] });
      await expectAlert(page, "This recovery code has already been used. Use another one.");
      expect(pathOf(page)).toBe("/login");
    } finally {
      await context.close();
    }
  });
});
