import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { docxText } from "../support/docx-text";
import { launchBrowser } from "./browser";
import { expectHeading, expectStatus, openSession, pathOf, signIn, waitForPath } from "./pages";

/**
 * Structured measures (issue 14): the magistrate (French UI) drafts a request to the
 * Philippines with the hearing of a minor by video link, its details filled in through the
 * measure's form, then downloads the letter from the request page as a DOCX and a PDF, in
 * French and in English: each holds the hearing's details.
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
const CASE_REFERENCE = `PARQUET-E2E-HEARING-${run}`;
const CASE_TITLE = `Audition d'une victime mineure — ${run}`;
const QUESTIONS = [`Qui vous filmait pendant les appels ? (${run})`, "Qui d'autre était présent dans la pièce ?"];
const POLL = { timeout: 15_000, interval: 100 };

/** A hearing date a month from now (YYYY-MM-DD), and as each letter writes it. */
const hearingDay = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const written = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${hearingDay}T00:00:00Z`));

const fold = (text: string) => text.replace(/\s+/g, " ");

async function download(language: "fr" | "en", format: "pdf" | "docx"): Promise<{ name: string; text: string }> {
  const link = page.locator(`#letter [data-document='letter'] a[data-language='${language}'][data-format='${format}']`);
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = new Uint8Array(await readFile((await file.path())!));
  if (format === "docx") return { name: file.suggestedFilename(), text: fold(docxText(bytes).body) };
  const parser = new PDFParse({ data: bytes });
  try {
    return { name: file.suggestedFilename(), text: fold((await parser.getText()).text) };
  } finally {
    await parser.destroy();
  }
}

describe("a hearing of a minor by video link, from the measure's form to the letters", () => {
  let reference = "";

  it("the magistrate drafts the request and fills in the hearing's details", async () => {
    await page.goto("/cases/new");
    await expectHeading(page, "Nouvelle procédure");
    await page.getByLabel("Référence de la procédure (obligatoire)", { exact: true }).fill(CASE_REFERENCE);
    await page.getByLabel("Intitulé (obligatoire)", { exact: true }).fill(CASE_TITLE);
    await page.getByLabel("Infractions (obligatoire)", { exact: true }).fill("Complicité de viols sur mineurs de quinze ans (C. pén., art. 222-23).");
    await page.getByRole("button", { name: "Créer la procédure", exact: true }).click();
    await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));

    await page.getByRole("link", { name: "Nouvelle demande pour cette procédure", exact: true }).click();
    await waitForPath(page, "/requests/new");
    await page.getByLabel("État requis (obligatoire)", { exact: true }).selectOption({ label: "Philippines" });
    await page.getByLabel("Autorité requise", { exact: true }).fill("Department of Justice — Office of Cybercrime");
    await page.getByLabel("Base juridique (obligatoire)", { exact: true }).selectOption({ label: "Réciprocité (sans traité)" });
    await page.getByLabel("Voie de transmission (obligatoire)", { exact: true }).selectOption({ label: "Autorités centrales" });
    await page.getByLabel("Exposé des faits", { exact: true }).fill(`La victime V1 a été filmée depuis Cebu (run ${run}).`);
    await page.getByRole("button", { name: "Enregistrer le brouillon", exact: true }).click();
    await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), POLL).toMatch(/^MLA-\d{4}-FR-PH-\d{4}$/);
    reference = (await page.getByRole("heading", { level: 1 }).textContent())!;

    // The details follow the type chosen: none is asked before.
    const form = page.getByRole("form", { name: "Ajouter une mesure", exact: true });
    expect(await form.getByLabel("Questions à poser", { exact: true }).count()).toBe(0);
    await form.getByLabel("Nature de la mesure", { exact: true }).selectOption({ label: "Audition d'une victime mineure" });
    await form.getByLabel("Description", { exact: true }).fill(`Audition de V1 par visioconférence (run ${run}).`);
    await form.getByLabel("Questions à poser", { exact: true }).fill(QUESTIONS.join("\n"));
    await form.getByLabel("Enregistrement de l'audition", { exact: true }).selectOption({ label: "enregistrement audiovisuel" });
    await form.getByLabel("Présence d'un psychologue", { exact: true }).check();
    await form.getByLabel("Audition par visioconférence", { exact: true }).check();
    await form.getByLabel("Date de l'audition", { exact: true }).fill(hearingDay);
    await form.getByLabel("Pourquoi la preuve se trouve-t-elle dans l'État requis ?", { exact: true }).fill("V1 réside aux Philippines.");
    await form.getByRole("button", { name: "Ajouter la mesure", exact: true }).click();
    await expectStatus(page, "Mesure ajoutée.");

    const measure = page.getByRole("region", { name: "Mesures demandées", exact: true }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mesure 1 : Audition d'une victime mineure" }) });
    await expect.poll(() => measure.locator("[data-detail='videoLink']").textContent(), POLL).toBe("Oui");
    expect(await measure.locator("[data-detail='questions'] li").allTextContents()).toEqual(QUESTIONS);
    expect(await measure.locator("[data-detail='recording']").textContent()).toBe("enregistrement audiovisuel");
    expect(await measure.locator("[data-detail='hearingDate']").textContent()).toBe(written("fr"));
  });

  it("downloads the letter as a DOCX and a PDF in French and in English, each with the hearing's details", async () => {
    const expected = {
      fr: ["Questions à poser", `1. ${QUESTIONS[0]}`, `2. ${QUESTIONS[1]}`, "Enregistrement de l'audition : enregistrement audiovisuel", "Présence d'un psychologue : oui", "Audition par visioconférence : oui", `Date de l'audition : ${written("fr-FR")}`],
      en: ["Questions to ask", `1. ${QUESTIONS[0]}`, "Recording of the hearing: audio-visual recording", "A psychologist present: yes", "Hearing by video link: yes", `Date of the hearing: ${written("en-GB")}`],
    };
    for (const language of ["fr", "en"] as const) {
      const docx = await download(language, "docx");
      expect(docx.name).toBe(`${reference}_letter_${language}.docx`);
      for (const text of expected[language]) expect(docx.text, `${language} DOCX`).toContain(text);

      const pdf = await download(language, "pdf");
      expect(pdf.name).toBe(`${reference}_letter_${language}.pdf`);
      expect(pdf.text).toContain(reference);
      expect(pdf.text).toContain(QUESTIONS[0]);
    }
    expect(pathOf(page)).toMatch(/^\/requests\//);
  });
});
