import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { openSession, signIn } from "./pages";

/**
 * The request letter from the request page, on the demo data: the links download a PDF
 * whose text holds the request's reference; another country's officer gets a 404.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];

async function session(email: string): Promise<Page> {
  const { context, page } = await openSession(browser, "en-US");
  contexts.push(context);
  await signIn(page, email);
  return page;
}

/** Opens the first request of the list whose reference contains `fragment`; returns its id and reference. */
async function openRequest(page: Page, fragment: string): Promise<{ id: string; reference: string }> {
  await page.goto("/requests");
  const row = page.locator(`tr[data-reference*='${fragment}']`).first();
  const reference = (await row.getAttribute("data-reference"))!;
  await row.locator("a").first().click();
  await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
  return { id: new URL(page.url()).pathname.split("/")[2]!, reference };
}

/** Clicks a letter link and returns the downloaded file's name and text. */
async function downloadLetter(page: Page, language: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`#letter [data-document='letter'] a[data-language='${language}'][data-format='pdf']`).click()]);
  const bytes = await readFile((await download.path())!);
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return { name: download.suggestedFilename(), magic: bytes.subarray(0, 5).toString(), text: (await parser.getText()).text };
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("the request letter", () => {
  it("downloads in French and English for the magistrate, as a PDF holding the reference", async () => {
    const page = await session("magistrate@demo.example");
    const { reference } = await openRequest(page, "-FR-PH-");
    for (const language of ["fr", "en"]) {
      const letter = await downloadLetter(page, language);
      expect(letter.name).toBe(`${reference}_letter_${language}.pdf`);
      expect(letter.magic).toBe("%PDF-");
      expect(letter.text).toContain(reference);
    }
  });

  it("is readable by the Philippine officer, and out of reach of the Colombian one", async () => {
    const officerPH = await session("liaison.ph@demo.example");
    const { id, reference } = await openRequest(officerPH, "-FR-PH-");
    const letter = await downloadLetter(officerPH, "en");
    expect(letter.text).toContain(reference);

    const officerCO = await session("liaison.co@demo.example");
    const response = await officerCO.request.get(`/api/requests/${id}/letter?lang=en`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("text/plain");
  });
});
