import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { nextTotpCode, rememberTotpSecret } from "./totp-codes";

/** Every demo account (db/seed/reference-data.ts) shares this password. */
export const DEMO_PASSWORD = "demo-password";

/** Long enough for a cold production page, short enough to fail before the test's own timeout. */
const ACTION_TIMEOUT_MS = 15_000;

/** A new, cookie-less browser session whose Accept-Language follows `locale`. */
export async function openSession(browser: Browser, locale = "en-US"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, baseURL: inject("baseURL") });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return { context, page: await context.newPage() };
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until the page shows `pathname` (client-side navigations included). */
export async function waitForPath(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname);
}

/**
 * Fills the English login form (a browser in English, no language chosen) and submits it.
 * When the account has a second factor, the form then asks for the code: it is computed like
 * an authenticator app would (tests/e2e/totp-codes.ts), or `options.code` is typed instead.
 */
export async function submitLogin(page: Page, email: string, password: string, options: { code?: string } = {}): Promise<void> {
  if (pathOf(page) !== "/login") await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  if ((await answerToPassword(page)) !== "code") return;
  await codeField(page).fill(options.code ?? (await nextTotpCode(email)));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

function codeField(page: Page) {
  return page.getByLabel("Authentication code", { exact: true });
}

/** What the form did with the password: ask for the code, or anything else (signed in, an alert) that the caller checks. */
async function answerToPassword(page: Page): Promise<"code" | "other"> {
  const deadline = Date.now() + ACTION_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (pathOf(page) !== "/login") return "other";
    try {
      if (await codeField(page).isVisible()) return "code";
      // The form's own alert: Next's route announcer is an alert too, and holds the page title.
      if ((await page.locator(".alert[role=alert]").allTextContents()).some((text) => text.trim())) return "other";
    } catch {
      // The page is navigating away (signed in): the next round sees where it went.
    }
    await page.waitForTimeout(100);
  }
  return "other";
}

/** Signs in and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLogin(page, email, password);
  try {
    await waitForPath(page, "/");
  } catch (error) {
    const alerts = (await page.getByRole("alert").allTextContents()).filter((text) => text.trim());
    const shown = alerts.length ? `; the page says: ${alerts.join(" / ")}` : "";
    throw new Error(`Signing in as ${email} did not reach the home page (still on ${page.url()}${shown})`, { cause: error });
  }
}

/**
 * Sets up an authenticator app on /account as a person does: reads the key shown, confirms
 * with a code, and returns the key and the ten recovery codes (shown once).
 */
export async function enrolAuthenticator(page: Page, email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole("button", { name: "Set up an authenticator app", exact: true }).click();
  const key = page.getByTestId("totp-key");
  await key.waitFor();
  await page.getByRole("img", { name: "QR code of the key, for the authenticator app", exact: true }).waitFor();
  const secret = (await key.textContent())!.replace(/\s/g, "");
  rememberTotpSecret(email, secret);
  await page.getByLabel("Code shown by the app", { exact: true }).fill(await nextTotpCode(email));
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expectStatus(page, "The second factor is on.");
  const recoveryCodes = await page.getByRole("region", { name: "Your recovery codes" }).getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

/**
 * The setup a first sign-in leads to on /account: the user's own password instead of the
 * administrator's, then an authenticator where the role requires one; ends on the home page.
 */
export async function completeAccountSetup(page: Page, email: string, passwords: { initial: string; chosen: string }): Promise<void> {
  await waitForPath(page, "/account");
  await page.getByLabel("Current password", { exact: true }).fill(passwords.initial);
  await page.getByLabel("New password", { exact: true }).fill(passwords.chosen);
  await page.getByLabel("New password again", { exact: true }).fill(passwords.chosen);
  await page.getByRole("button", { name: "Change password", exact: true }).click();
  const setUp = page.getByRole("button", { name: "Set up an authenticator app", exact: true });
  const home = page.getByRole("link", { name: "Continue to the home page", exact: true });
  await expect.poll(async () => (await setUp.isVisible()) || (await home.isVisible()), POLL).toBe(true);
  if (await setUp.isVisible()) {
    await enrolAuthenticator(page, email);
    await page.getByRole("link", { name: "I have saved my codes", exact: true }).click();
  } else {
    await home.click();
  }
  await waitForPath(page, "/");
}

export function mainHeading(page: Page) {
  return page.getByRole("heading", { level: 1 });
}

const POLL = { timeout: ACTION_TIMEOUT_MS, interval: 100 };

/** The page's one level-1 heading reads `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => mainHeading(page).allTextContents(), POLL).toEqual([text]);
}

/** An alert (role="alert") with exactly this text is shown. Next's route announcer is also an alert, hence "contain". */
export async function expectAlert(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole("alert").allTextContents(), POLL).toContain(text);
}

/** A status message (role="status") with exactly this text is shown. */
export async function expectStatus(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole("status").allTextContents(), POLL).toContain(text);
}

/**
 * Steps that share one story (a request moved from state to state): once a step fails, the
 * later ones fail at once, naming it, instead of each waiting for a state that never comes.
 * One per test file.
 */
export function storySteps(): (name: string, body: () => Promise<void>) => void {
  let failedStep: string | undefined;
  return (name, body) => {
    it(name, async () => {
      if (failedStep) throw new Error(`Not run: the earlier step "${failedStep}" failed.`);
      try {
        await body();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });
  };
}

/** The form of one move of the request page's Actions panel, named after its button (e.g. "Valider"). */
export function moveForm(page: Page, name: string) {
  return page.getByRole("form", { name, exact: true });
}

/** The status badge in the request page's header reads `status`. */
export async function expectRequestStatus(page: Page, status: string): Promise<void> {
  await expect.poll(() => page.locator(".rp-header .rq-status").allTextContents(), POLL).toEqual([status]);
}

export interface SignedInSessions<K extends string> {
  /** The file's browser, for sessions of its own (closed with the others). */
  readonly browser: Browser;
  /** One signed-in page per account. */
  readonly pages: Record<K, Page>;
  /** Every context opened, closed after the file's last test. */
  readonly contexts: BrowserContext[];
}

/**
 * The browser of one e2e file and one signed-in page per account, each in its own session
 * of an English browser (the pages then follow each account's own language). Call it at the
 * top of the file: the pages exist once its beforeAll has run; all closes after the file.
 */
export function signedInSessions<K extends string>(accounts: Record<K, string>): SignedInSessions<K> {
  const sessions = { pages: {}, contexts: [] } as unknown as { browser: Browser; pages: Record<K, Page>; contexts: BrowserContext[] };
  beforeAll(async () => {
    sessions.browser = await launchBrowser();
    await Promise.all(
      (Object.entries(accounts) as [K, string][]).map(async ([name, email]) => {
        const { context, page } = await openSession(sessions.browser, "en-US");
        sessions.contexts.push(context);
        await signIn(page, email);
        sessions.pages[name] = page;
      }),
    );
  });
  afterAll(async () => {
    for (const context of sessions.contexts) await context.close();
    await sessions.browser?.close();
  });
  return sessions;
}
