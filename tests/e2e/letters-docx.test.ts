import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { docxText } from "../support/docx-text";
import { launchBrowser } from "./browser";
import { openSession, signIn } from "./pages";

/**
 * The documents to sign from the request page, on the demo data (the magistrate works in
 * French): the letter as PDF and DOCX in French and English, the EIO form for the request to
 * Romania, and the reminder of the request to Madagascar, sent months ago and never
 * acknowledged. References carry the seeding year, hence the patterns.
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

/** Opens the first request of the list whose reference contains `fragment`; returns its id and reference. */
async function openRequest(fragment: string): Promise<{ id: string; reference: string }> {
  await page.goto("/requests");
  const row = page.locator(`tr[data-reference*='${fragment}']`).first();
  const reference = (await row.getAttribute("data-reference"))!;
  await row.locator("a").first().click();
  await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
  return { id: new URL(page.url()).pathname.split("/")[2]!, reference };
}

function link(document: string, language: string, format: string) {
  return page.locator(`#letter [data-document='${document}'] a[data-language='${language}'][data-format='${format}']`);
}

/** Clicks a document's link and returns the file's name and text. */
async function download(document: string, language: string, format: "pdf" | "docx") {
  const [file] = await Promise.all([page.waitForEvent("download"), link(document, language, format).click()]);
  const bytes = new Uint8Array(await readFile((await file.path())!));
  if (format === "docx") return { name: file.suggestedFilename(), text: docxText(bytes).body.replace(/\s+/g, " ") };
  const parser = new PDFParse({ data: bytes });
  try {
    return { name: file.suggestedFilename(), text: (await parser.getText()).text.replace(/\s+/g, " ") };
  } finally {
    await parser.destroy();
  }
}

describe("documents to sign", () => {
  it("the letter to the Philippines downloads as a PDF and as a DOCX, in French and in English", async () => {
    const { reference } = await openRequest("-FR-PH-");
    const wording = { fr: "Demande d'entraide pénale internationale", en: "Request for mutual legal assistance in criminal matters" };
    for (const language of ["fr", "en"] as const) {
      for (const format of ["pdf", "docx"] as const) {
        const letter = await download("letter", language, format);
        expect(letter.name).toBe(`${reference}_letter_${language}.${format}`);
        expect(letter.text).toContain(reference);
        expect(letter.text).toContain(wording[language]);
      }
    }
    // Not overdue and not an EIO: neither the form nor a reminder is offered for every request.
    expect(await page.locator("#letter [data-document='annex-a']").count()).toBe(0);
  });

  it("the EIO to Romania comes with the Annex A form, sections A to L", async () => {
    const { id, reference } = await openRequest("-FR-RO-");
    const form = await download("annex-a", "fr", "docx");
    expect(form.name).toBe(`${reference}_annex-a_fr.docx`);
    for (const letter of "ABCDEFGHIJKL") expect(form.text).toContain(`SECTION ${letter} — `);
    expect(form.text).toContain("État d'exécution : Roumanie");
    expect((await download("annex-a", "ro", "pdf")).text).toContain("ORDIN EUROPEAN DE ANCHET");

    // Not sent yet: no reminder to offer, and the route says why, in the magistrate's language.
    expect(await page.locator("#letter [data-document='reminder']").count()).toBe(0);
    const refused = await page.request.get(`/api/requests/${id}/letter?kind=reminder&format=docx`);
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain("n'est pas en retard");
  });

  it("the request to Madagascar, never acknowledged, has its reminder as a DOCX and a PDF", async () => {
    const { id, reference } = await openRequest("-FR-MG-");
    const reminder = await download("reminder", "fr", "docx");
    expect(reminder.name).toBe(`${reference}_reminder_fr.docx`);
    for (const expected of [`Relance — ${reference}`, "Demande transmise le", "l'accusé de réception de la demande, attendu au plus tard le", "Registres des transferts reçus à Madagascar"]) {
      expect(reminder.text).toContain(expected);
    }
    expect((await download("reminder", "fr", "pdf")).text).toContain(`Relance — ${reference}`);

    // A bilateral convention, not an EIO: no Annex A, whatever the address says.
    const refused = await page.request.get(`/api/requests/${id}/letter?kind=annex-a`);
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain("décision d'enquête européenne");
  });
});
