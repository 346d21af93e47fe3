import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { expectHeading, openSession, pathOf, signIn } from "./pages";

/**
 * A request created with the keyboard alone (issue 15, "Accessibility"): from the requests
 * list, the magistrate reaches "New request" with Tab, opens it with Enter, chooses the case,
 * the requested State, the legal basis and the channel with the arrow keys or by typing,
 * types the substance, submits with Enter and lands on the new request's page. No click;
 * every stop shows where the focus is.
 */

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openSession(browser, "en-US"));
  await signIn(page, "magistrate@demo.example");
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const run = randomBytes(4).toString("hex");
const FACTS = `Clavier seul : M. X a payé des diffusions en direct d'abus sur mineurs depuis Cebu (run ${run}).`;
const OFFENCES = "Art. 222-23 et 227-23 du code pénal : jusqu'à 20 ans d'emprisonnement.";
const CONTACT = "Parquet de Paris, section des mineurs, +33 1 00 00 00 00";
/** More than any page of the walk has before the control it looks for. */
const MAX_TABS = 80;

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("href") ? `[href=${el.getAttribute("href")}]` : ""}`;
  });
}

/** Presses Tab until the focused element matches `selector`; the trail of stops explains a failure. */
async function tabTo(page: Page, selector: string): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      await expectVisibleFocus(page, selector);
      return;
    }
    trail.push(await focused(page));
  }
  throw new Error(`Tab never reached ${selector}; the focus went: ${trail.join(" → ")}`);
}

/** The focused control shows it (WCAG 2.4.7): an outline or a ring, and it is on screen. */
async function expectVisibleFocus(page: Page, selector: string): Promise<void> {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    return { indicator: outline || ring, onScreen: box.width > 0 && box.height > 0 };
  });
  expect(state, `the focus on ${selector} is visible`).toEqual({ indicator: true, onScreen: true });
}

async function valueOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).inputValue();
}

describe("a request created with the keyboard only", () => {
  it("from the requests list to the new request's page, without a click", async () => {
    await page.goto("/requests");
    await page.getByRole("heading", { level: 1 }).first().waitFor();

    await tabTo(page, "main a[href='/requests/new']");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/requests/new");
    await page.locator("#rq-caseId").waitFor();

    // The first case of the list, with the arrow key.
    await tabTo(page, "#rq-caseId");
    await page.keyboard.press("ArrowDown");
    expect(await valueOf(page, "#rq-caseId")).not.toBe("");

    // The requested State by typing its name: the directory then proposes its authority.
    await tabTo(page, "#rq-requestedCountryCode");
    await page.keyboard.type("Philippines");
    expect(await valueOf(page, "#rq-requestedCountryCode")).toBe("PH");
    await expect.poll(() => valueOf(page, "#rq-requestedAuthority"), { timeout: 5_000 }).not.toBe("");

    await tabTo(page, "#rq-legalBasis");
    if ((await valueOf(page, "#rq-legalBasis")) === "") await page.keyboard.press("ArrowDown");
    expect(await valueOf(page, "#rq-legalBasis")).not.toBe("");

    await tabTo(page, "#rq-channel");
    await page.keyboard.press("ArrowDown");
    expect(await valueOf(page, "#rq-channel")).not.toBe("");

    await tabTo(page, "#rq-summaryOfFacts");
    await page.keyboard.type(FACTS);
    await tabTo(page, "#rq-offencesAndPenalties");
    await page.keyboard.type(OFFENCES);
    await tabTo(page, "#rq-contactPoint");
    await page.keyboard.type(CONTACT);

    await tabTo(page, "form.rq-form button[type='submit']");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 15_000 });

    // The new draft's page: its reference as the title, the facts as typed.
    const heading = page.getByRole("heading", { level: 1 }).first();
    await heading.waitFor();
    const reference = (await heading.textContent())!.trim();
    expect(reference).toMatch(/^MLA-/);
    await expectHeading(page, reference);
    expect(await page.locator("main").innerText()).toContain(FACTS);
    expect(pathOf(page)).toMatch(/^\/requests\/[0-9a-f-]{36}$/);
  });
});
