import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { blockingViolations } from "./axe";
import { launchBrowser } from "./browser";
import { openSession, signIn } from "./pages";

/**
 * Every main page, in French and in English, has no serious or critical accessibility
 * violation as axe-core finds them (issue 15, "Accessibility"). The pages are those of the
 * roles that see them: a magistrate's requests, cases and forms, a manager's dashboard and
 * audit review, a liaison officer's received request, the administrator's settings.
 *
 * A signed-in page follows its account's language: the top bar's language switch changes it
 * for the English pass, and the accounts get their own language back after the file.
 */

const LOCALES = ["fr", "en"] as const;
type Locale = (typeof LOCALES)[number];

const ACCOUNTS = {
  magistrate: "magistrate@demo.example",
  manager: "manager@demo.example",
  officer: "liaison.ph@demo.example",
  admin: "admin@demo.example",
} as const;
type Account = keyof typeof ACCOUNTS;

/** A page to check: a path, or where to find one (the first link of a list that matches). */
interface Visit {
  name: string;
  account: Account | null;
  path: string | { from: string; link: RegExp };
}

const REQUEST_LINK = /^\/requests\/[0-9a-f-]{36}$/;
const VISITS: Visit[] = [
  { name: "login", account: null, path: "/login" },
  { name: "home (magistrate)", account: "magistrate", path: "/" },
  { name: "requests list", account: "magistrate", path: "/requests" },
  { name: "request page", account: "magistrate", path: { from: "/requests", link: REQUEST_LINK } },
  { name: "draft's edit form", account: "magistrate", path: { from: "/requests?status=draft", link: REQUEST_LINK } },
  { name: "new request form", account: "magistrate", path: "/requests/new" },
  { name: "cases", account: "magistrate", path: "/cases" },
  { name: "case page", account: "magistrate", path: { from: "/cases", link: /^\/cases\/[0-9a-f-]{36}$/ } },
  { name: "new case form", account: "magistrate", path: "/cases/new" },
  { name: "notifications", account: "magistrate", path: "/notifications" },
  { name: "account", account: "magistrate", path: "/account" },
  { name: "home (manager)", account: "manager", path: "/" },
  { name: "request page (manager)", account: "manager", path: { from: "/requests", link: REQUEST_LINK } },
  { name: "dashboard", account: "manager", path: "/dashboard" },
  { name: "audit (manager)", account: "manager", path: "/audit" },
  { name: "home (liaison officer)", account: "officer", path: "/" },
  { name: "received request", account: "officer", path: { from: "/requests", link: REQUEST_LINK } },
  { name: "home (administrator)", account: "admin", path: "/" },
  { name: "admin: users", account: "admin", path: "/admin/users" },
  { name: "admin: a manager's scope", account: "admin", path: { from: "/admin/users", link: /^\/admin\/users\/[0-9a-f-]{36}\/scope$/ } },
  { name: "admin: settings", account: "admin", path: "/admin/settings" },
  { name: "admin: units", account: "admin", path: "/admin/units" },
  { name: "admin: directory", account: "admin", path: "/admin/directory" },
  { name: "admin: a country of the directory", account: "admin", path: "/admin/directory/PH" },
  { name: "admin: an authority", account: "admin", path: { from: "/admin/directory/PH", link: /^\/admin\/directory\/PH\/authorities\/[0-9a-f-]{36}$/ } },
  { name: "admin: checklist rules", account: "admin", path: "/admin/checklist" },
  { name: "admin: deadlines", account: "admin", path: "/admin/deadlines" },
  { name: "admin: retention", account: "admin", path: "/admin/retention" },
  { name: "admin: outbox", account: "admin", path: "/admin/outbox" },
  { name: "audit (administrator)", account: "admin", path: "/audit" },
  { name: "account (administrator)", account: "admin", path: "/account" },
];

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages = {} as Record<Account, Page>;
/** Each account's own language, given back after the file. */
const ownLocale = {} as Record<Account, Locale>;
const anonymous = {} as Record<Locale, Page>;

beforeAll(async () => {
  browser = await launchBrowser();
  const open = async (locale: string) => {
    const session = await openSession(browser, locale);
    contexts.push(session.context);
    return session.page;
  };
  anonymous.fr = await open("fr-FR");
  anonymous.en = await open("en-US");
  // One after the other: four cold sign-ins at once can outlast a navigation's timeout on a busy machine.
  for (const [account, email] of Object.entries(ACCOUNTS) as [Account, string][]) {
    const page = await open("en-US");
    await signIn(page, email);
    pages[account] = page;
    ownLocale[account] = await pageLocale(page);
  }
});

afterAll(async () => {
  try {
    // The other files expect the demo accounts in their own language: a failure here must show.
    for (const account of Object.keys(pages) as Account[]) {
      if (ownLocale[account]) await switchLocale(pages[account], ownLocale[account]);
    }
  } finally {
    for (const context of contexts) await context.close();
    await browser?.close();
  }
});

async function pageLocale(page: Page): Promise<Locale> {
  return (await page.evaluate(() => document.documentElement.lang)) as Locale;
}

/** Switches a signed-in account's language with the top bar's button (saved on the account), unless it is already `locale`. */
async function switchLocale(page: Page, locale: Locale): Promise<void> {
  if ((await pageLocale(page)) === locale) return;
  await page.locator(`form.locale-switcher button[value='${locale}']`).click();
  // Called from hooks too, where expect.poll is not available.
  const deadline = Date.now() + 15_000;
  while ((await pageLocale(page).catch(() => undefined)) !== locale) {
    if (Date.now() > deadline) throw new Error(`the language switch to ${locale} did not take effect on ${page.url()}`);
    await page.waitForTimeout(200);
  }
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

async function resolvePath(page: Page, visit: Visit): Promise<string> {
  if (typeof visit.path === "string") return visit.path;
  const { from, link } = visit.path;
  await open(page, from);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => link.test(h));
  if (!href) throw new Error(`no link matching ${link} on ${from} (links: ${hrefs.join(", ")})`);
  // The draft's edit form is the draft's page with /edit: the list gives the page.
  return visit.name === "draft's edit form" ? `${href}/edit` : href;
}

for (const locale of LOCALES) {
  describe(`every main page in ${locale === "fr" ? "French" : "English"} has no serious or critical axe violation`, () => {
    beforeAll(async () => {
      for (const account of Object.keys(pages) as Account[]) {
        await open(pages[account], "/");
        await switchLocale(pages[account], locale);
      }
    });

    for (const visit of VISITS) {
      it(visit.name, async () => {
        const page = visit.account ? pages[visit.account] : anonymous[locale];
        const path = await resolvePath(page, visit);
        await open(page, path);
        expect(await pageLocale(page), `${path} is shown in ${locale}`).toBe(locale);
        expect(await blockingViolations(page), path).toEqual([]);
      });
    }
  });
}
