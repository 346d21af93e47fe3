import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect } from "vitest";
import type { Page } from "playwright-core";
import {
  expectHeading, expectRequestStatus, expectStatus, moveForm as move, pathOf, signedInSessions, storySteps, waitForPath,
} from "./pages";

/**
 * One France → Philippines request driven through the UI from draft to closed, by the four
 * demo accounts each in their own browser session and language: the magistrate and the
 * manager of the Paris minors' section (French), the Philippine and the Colombian liaison
 * officers (English). The steps share the request, so they run in order.
 */

let magistrate: Page;
let manager: Page;
let officerPH: Page;
let officerCO: Page;
const sessions = signedInSessions({
  magistrate: "magistrate@demo.example",
  manager: "manager@demo.example",
  officerPH: "liaison.ph@demo.example",
  officerCO: "liaison.co@demo.example",
});
beforeAll(() => {
  ({ magistrate, manager, officerPH, officerCO } = sessions.pages);
});

/** What this run writes: unique per run, so that reruns against a kept database do not collide. */
const run = randomBytes(4).toString("hex");
const CASE_REFERENCE = `PARQUET-E2E-${run}`;
const CASE_TITLE = `Diffusion en direct — enquête ${run}`;
const FACTS = `Entre 2024 et 2026, M. X a commandé et regardé des abus sexuels sur mineurs diffusés en direct depuis Cebu (run ${run}).`;
const MEASURE_DESCRIPTION = `Transferts Western Union et Remitly de M. X vers les Philippines, janvier 2024 à ce jour (run ${run}).`;
const MEASURE_JUSTIFICATION = `Les fonds ont été retirés en espèces à Cebu : les registres de paiement y sont conservés (run ${run}).`;
/** What the checklist of this request (Philippines, reciprocity, transfer records) asks for that only documents provide. */
const MISSING_DOCUMENTS = [
  "Lettre de demande signée",
  "Traduction anglaise de la demande",
  "Traduction anglaise des dispositions pénales",
  "Engagement de réciprocité",
  "Identifiants des comptes ou transferts, et période",
];
const TRANSLATION_ITEM = "Traduction anglaise de la demande";
/** A small valid PDF (the server checks the content, not the name) and a text file of records. */
const TRANSLATION_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const EVIDENCE = Buffer.from(`Remittance records, 37 transfers, 2024-01-03 to 2025-11-28 (run ${randomBytes(4).toString("hex")}).\n`);
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const WAIVER_REASON = `Lettre signée, traduction et annexes remises au BEPI sur support papier (run ${run}).`;
const VICTIM_IDENTITY = `Ana Reyes ${run}, née le 2 mars 2014`;
const VICTIM_LOCATION = `Barangay Pajo ${run}, Lapu-Lapu`;
const INTERNAL_COMMENT = `Note interne : ne pas évoquer la source TRACFIN (run ${run}).`;
const SHARED_COMMENT = `Pour l'autorité requise : la traduction anglaise est jointe (run ${run}).`;
const FOREIGN_REFERENCE = `DOJ-OOC-MLA-${run}`;
const QUESTION = `Please provide the account numbers concerned by the remittance records (run ${run}).`;
const ANSWER = `Les numéros de comptes figurent en annexe 2 de la demande (run ${run}).`;
const RESULT_NOTE = `Remittance records for 37 transfers returned through the central authority (run ${run}).`;

/** Shared between the steps. */
let requestId = "";
let reference = "";

/** Today in Paris, as the magistrate's date field holds it (YYYY-MM-DD), and as the French page writes it. */
function todayInParis(): { iso: string; long: string } {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  return { iso, long: new Intl.DateTimeFormat("fr", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)) };
}

const POLL = { timeout: 15_000, interval: 100 };


/** Makes a move, then waits for its confirmation and for the header to show the new status. */
async function makeMove(page: Page, name: string, confirmation: string, status: string): Promise<void> {
  await move(page, name).getByRole("button", { name, exact: true }).click();
  await expectStatus(page, confirmation);
  await expectRequestStatus(page, status);
}

async function openRequest(page: Page, status: string): Promise<void> {
  await page.goto(`/requests/${requestId}`);
  await expectHeading(page, reference);
  await expectRequestStatus(page, status);
}

function section(page: Page, title: string) {
  return page.getByRole("region", { name: title, exact: true });
}

/** The list's row for a request reference. */
function listRow(page: Page, ref: string) {
  return page.locator("tbody").getByRole("row").filter({ has: page.getByRole("rowheader", { name: ref, exact: true }) });
}

/** Searches the requests list for `text` with the filter form (English UI). */
async function searchRequests(page: Page, text: string): Promise<void> {
  await page.goto("/requests");
  await expectHeading(page, "Requests");
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill(text);
  await page.getByRole("button", { name: "Apply filters", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/requests" && url.searchParams.get("q") === text);
}

/** The comments of the thread, oldest first (the requesting side's UI is in French, the officer's in English). */
async function commentsOf(page: Page, title = "Commentaires"): Promise<string[]> {
  return section(page, title).getByRole("listitem").allInnerTexts();
}

/** The timeline entries' titles (event names), oldest first. */
async function timelineTitles(page: Page, title: string): Promise<string[]> {
  return section(page, title).getByRole("listitem").locator("strong").allTextContents();
}

async function timelineEntry(page: Page, title: string, event: string) {
  const entries = section(page, title).getByRole("listitem").filter({ has: page.locator("strong", { hasText: new RegExp(`^${event}$`) }) });
  return entries.allInnerTexts();
}

/** The requested side never sees the requesting side's internal note; it sees the shared comment once posted. */
async function expectOfficerSeesOnlySharedComment(): Promise<void> {
  const comments = await commentsOf(officerPH, "Comments");
  expect(comments.some((c) => c.includes(SHARED_COMMENT)), JSON.stringify(comments)).toBe(true);
  expect(await officerPH.getByText(INTERNAL_COMMENT).count()).toBe(0);
  expect(await officerPH.getByText("Internal", { exact: true }).count()).toBe(0);
}

/** The steps share one request. */
const step = storySteps();

describe("a France → Philippines request from draft to closed", () => {
  step("the magistrate opens a case, drafts a request with a measure and a victim, and submits it", async () => {
    const page = magistrate;

    // The case.
    await page.goto("/cases/new");
    await expectHeading(page, "Nouvelle procédure");
    await page.getByLabel("Référence de la procédure (obligatoire)", { exact: true }).fill(CASE_REFERENCE);
    await page.getByLabel("Intitulé (obligatoire)", { exact: true }).fill(CASE_TITLE);
    await page.getByLabel("Infractions (obligatoire)", { exact: true }).fill("Complicité de viols sur mineurs de quinze ans (C. pén., art. 222-23, 227-23).");
    await page.getByRole("button", { name: "Créer la procédure", exact: true }).click();
    await page.waitForURL((url) => /^\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectHeading(page, `${CASE_REFERENCE} — ${CASE_TITLE}`);
    await page.getByText("Aucune demande n'a encore été rédigée pour cette procédure.", { exact: true }).waitFor();

    // Its first request, from the case page: the form opens on /requests/new with the case chosen.
    await page.getByRole("link", { name: "Nouvelle demande pour cette procédure", exact: true }).click();
    await waitForPath(page, "/requests/new");
    await expectHeading(page, "Nouvelle demande");
    const caseSelect = page.getByLabel("Procédure (obligatoire)", { exact: true });
    await expect.poll(() => caseSelect.locator("option:checked").textContent(), POLL).toBe(`${CASE_REFERENCE} — ${CASE_TITLE}`);
    await page.getByLabel("État requis (obligatoire)", { exact: true }).selectOption({ label: "Philippines" });
    await page.getByLabel("Autorité requise", { exact: true }).fill("Department of Justice — Office of Cybercrime");
    await page.getByLabel("Base juridique (obligatoire)", { exact: true }).selectOption({ label: "Réciprocité (sans traité)" });
    await page.getByLabel("Voie de transmission (obligatoire)", { exact: true }).selectOption({ label: "Autorités centrales" });
    await page.getByLabel("Précisions sur la base juridique", { exact: true }).fill("Engagement de réciprocité du ministère de la Justice.");
    await page.getByLabel("Exposé des faits", { exact: true }).fill(FACTS);
    await page.getByLabel("Infractions, textes applicables et peines encourues", { exact: true }).fill("C. pén., art. 222-23 et 227-23 : vingt ans de réclusion criminelle.");
    await page.getByLabel("Point de contact", { exact: true }).fill("Mme la substitute, section des mineurs, parquet de Paris, +33 1 44 32 00 00.");
    await page.getByRole("button", { name: "Enregistrer le brouillon", exact: true }).click();

    await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    requestId = pathOf(page).split("/")[2]!;
    await expect.poll(() => page.getByRole("heading", { level: 1 }).allTextContents(), POLL).toEqual([
      expect.stringMatching(/^MLA-\d{4}-FR-PH-\d{4}$/),
    ]);
    reference = (await page.getByRole("heading", { level: 1 }).textContent())!;
    await expectRequestStatus(page, "Brouillon");
    expect(await section(page, "La demande").innerText()).toContain(FACTS);

    // Submitting without a measure is refused: the guard is not a formality.
    await makeMoveExpectingRefusal(page);

    // A measure.
    const addMeasure = page.getByRole("form", { name: "Ajouter une mesure", exact: true });
    await addMeasure.getByLabel("Nature de la mesure", { exact: true }).selectOption({ label: "Relevés de transferts d'argent" });
    await addMeasure.getByLabel("Description", { exact: true }).fill(MEASURE_DESCRIPTION);
    await addMeasure.getByLabel("Pourquoi la preuve se trouve-t-elle dans l'État requis ?", { exact: true }).fill(MEASURE_JUSTIFICATION);
    await addMeasure.getByRole("button", { name: "Ajouter la mesure", exact: true }).click();
    await expectStatus(page, "Mesure ajoutée.");
    const measures = section(page, "Mesures demandées");
    await measures.getByRole("heading", { name: "Mesure 1 : Relevés de transferts d'argent", exact: true }).waitFor();
    expect(await measures.getByRole("listitem").first().innerText()).toContain(MEASURE_DESCRIPTION);
    expect(await measures.getByRole("listitem").first().innerText()).toContain(MEASURE_JUSTIFICATION);

    // A minor victim: the drafting magistrate has need to know and sees the identity.
    const addPerson = page.getByRole("form", { name: "Ajouter une personne", exact: true });
    await addPerson.getByLabel("Qualité", { exact: true }).selectOption({ label: "Victime (mineure)" });
    await addPerson.getByLabel("Identité", { exact: true }).fill(VICTIM_IDENTITY);
    await addPerson.getByLabel("Nationalité", { exact: true }).fill("Philippine");
    await addPerson.getByLabel("Localisation", { exact: true }).fill(VICTIM_LOCATION);
    await addPerson.getByRole("button", { name: "Ajouter la personne", exact: true }).click();
    await expectStatus(page, "Personne ajoutée sous le pseudonyme V1.");
    const victimRow = section(page, "Personnes concernées").getByRole("row").filter({ has: page.getByRole("rowheader", { name: "V1", exact: true }) });
    await expect.poll(() => victimRow.getByRole("cell").allTextContents(), POLL).toEqual(
      expect.arrayContaining(["Victime (mineure)", VICTIM_IDENTITY, "Philippine", VICTIM_LOCATION]),
    );

    // An internal note: before transmission a comment can only be internal.
    await page.getByLabel("Votre commentaire", { exact: true }).fill(INTERNAL_COMMENT);
    expect(await section(page, "Commentaires").getByRole("radio", { name: "Partagé avec l'autorité requise" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Publier le commentaire", exact: true }).click();
    await expectStatus(page, "Commentaire ajouté.");
    await expect.poll(() => commentsOf(page), POLL).toEqual([expect.stringContaining(INTERNAL_COMMENT)]);
    expect((await commentsOf(page))[0]).toContain("Interne");

    await makeMove(page, "Soumettre à validation", "Enregistré : la demande est désormais « En validation ».", "En validation");
    // The draft is no longer editable.
    expect(await page.getByRole("link", { name: "Modifier le brouillon", exact: true }).count()).toBe(0);
  });

  step("the manager finds it in the list, sees the victim only as V1, and validates it", async () => {
    const page = manager;
    await page.goto("/requests");
    await expectHeading(page, "Demandes d'entraide");
    const row = listRow(page, reference);
    await expect.poll(() => row.getByRole("cell").allTextContents(), POLL).toEqual(
      expect.arrayContaining(["Philippines", "En validation", CASE_REFERENCE]),
    );
    await row.getByRole("link", { name: reference, exact: true }).click();
    await waitForPath(page, `/requests/${requestId}`);
    await expectHeading(page, reference);
    await expectRequestStatus(page, "En validation");

    // The manager has no need to know: the victim appears by pseudonym only.
    const victimRow = section(page, "Personnes concernées").getByRole("row").filter({ has: page.getByRole("rowheader", { name: "V1", exact: true }) });
    expect(await victimRow.getByRole("cell").allTextContents()).toEqual([
      "Victime (mineure)",
      "Identité non communiquée — besoin d'en connaître",
      "—",
      "—",
    ]);
    expect(await page.getByText(VICTIM_IDENTITY).count()).toBe(0);
    expect(await page.getByText(VICTIM_LOCATION).count()).toBe(0);
    // The requesting side's internal note is the manager's too.
    expect((await commentsOf(page)).some((c) => c.includes(INTERNAL_COMMENT))).toBe(true);

    await makeMove(page, "Valider", "Enregistré : la demande est désormais « Validée ».", "Validée");
  });

  step("the magistrate cannot transmit it yet: the checklist names the missing documents", async () => {
    const page = magistrate;
    await openRequest(page, "Validée");
    const checklist = section(page, "Liste de contrôle avant transmission");
    expect(await checklist.innerText()).toContain("5 éléments manquent");
    // The form says so before anyone presses "send", each item named, with the way to the checklist.
    const before = move(page, "Enregistrer la transmission");
    expect(await before.innerText()).toContain("5 éléments manquent");
    for (const item of MISSING_DOCUMENTS) expect(await before.innerText()).toContain(item);
    expect(await before.getByRole("link", { name: "Voir la liste de contrôle", exact: true }).getAttribute("href")).toBe("#checklist");
    await before.getByRole("button", { name: "Enregistrer la transmission", exact: true }).click();
    const refusal = move(page, "Enregistrer la transmission").getByRole("alert");
    await expect.poll(() => refusal.innerText(), POLL).toContain("La demande ne peut pas être transmise");
    for (const item of MISSING_DOCUMENTS) expect(await refusal.innerText()).toContain(item);
    await expectRequestStatus(page, "Validée");
    // Only a manager waives an item.
    expect(await checklist.getByRole("button", { name: /^Dispenser/ }).count()).toBe(0);
  });

  step("the manager waives the missing documents, each with its reason", async () => {
    const page = manager;
    await openRequest(page, "Validée");
    const checklist = section(page, "Liste de contrôle avant transmission");
    // The English translation is not waived: the magistrate uploads it (next step).
    for (const item of MISSING_DOCUMENTS.filter((i) => i !== TRANSLATION_ITEM)) {
      await checklist.getByText(`Dispenser de « ${item} »`, { exact: true }).first().click();
      await checklist.getByLabel(`Motif de la dispense pour « ${item} »`, { exact: true }).fill(WAIVER_REASON);
      await checklist.getByRole("button", { name: `Dispenser de « ${item} »`, exact: true }).click();
      await expect.poll(() => checklist.getByLabel(`Motif de la dispense pour « ${item} »`, { exact: true }).count(), POLL).toBe(0);
    }
    await expect.poll(() => checklist.innerText(), POLL).toContain("9 sur 10 fournis ou dispensés");
    expect(await checklist.innerText()).toContain(WAIVER_REASON);
  });

  step("the magistrate uploads the English translation and the checklist turns complete", async () => {
    const page = magistrate;
    await openRequest(page, "Validée");
    await page.locator("#document-file").setInputFiles({ name: "translation-en.pdf", mimeType: "application/pdf", buffer: TRANSLATION_PDF });
    await page.locator("#document-type").selectOption("translation");
    await page.locator("#document-language").selectOption("en");
    // The comment form has a visibility choice too: this one is the document's.
    await page.locator("form").filter({ has: page.locator("#document-file") }).locator("input[name=visibility][value=shared]").check();
    await page.locator("#document-checklist").selectOption("ph_translation_request");
    await page.getByRole("button", { name: "Verser la pièce", exact: true }).click();
    await expectStatus(page, `Pièce versée. Son empreinte SHA-256 : ${sha256(TRANSLATION_PDF)}`);
    const checklist = section(page, "Liste de contrôle avant transmission");
    await expect.poll(() => checklist.innerText(), POLL).toContain("Chaque élément est fourni ou dispensé.");
    expect(await checklist.innerText()).toContain("10 sur 10 fournis ou dispensés");
  });

  step("the magistrate records the transmission through the central authorities, today, and shares a comment", async () => {
    const page = magistrate;
    await openRequest(page, "Validée");
    const today = todayInParis();
    const transmit = move(page, "Enregistrer la transmission");
    expect(await transmit.innerText()).not.toContain("manque");
    // Proposed: the channel planned in the draft and today's date.
    expect(await transmit.getByLabel("Date de transmission", { exact: true }).inputValue()).toBe(today.iso);
    await transmit.getByLabel("Voie de transmission utilisée", { exact: true }).selectOption({ label: "Autorités centrales" });
    await transmit.getByLabel("Date de transmission", { exact: true }).fill(today.iso);
    await makeMove(page, "Enregistrer la transmission", "Enregistré : la demande est désormais « Transmise ».", "Transmise");
    await expect.poll(() => section(page, "La demande").innerText(), POLL).toContain(`${today.long} — Autorités centrales`);

    // Now a comment can be shared with the requested authority.
    await page.getByLabel("Votre commentaire", { exact: true }).fill(SHARED_COMMENT);
    await section(page, "Commentaires").getByRole("radio", { name: "Partagé avec l'autorité requise" }).check();
    await page.getByRole("button", { name: "Publier le commentaire", exact: true }).click();
    await expectStatus(page, "Commentaire ajouté.");
    await expect.poll(() => commentsOf(page), POLL).toEqual([expect.stringContaining(INTERNAL_COMMENT), expect.stringContaining(SHARED_COMMENT)]);
    expect((await commentsOf(page))[1]).not.toContain("Interne");
  });

  step("the Colombian liaison officer neither lists, nor finds, nor opens it", async () => {
    const page = officerCO;
    await page.goto("/requests");
    await expectHeading(page, "Requests");
    await page.getByText("The requests addressed to your country, once transmitted.", { exact: true }).waitFor();
    expect(await listRow(page, reference).count()).toBe(0);
    expect(await page.getByText(reference).count()).toBe(0);

    await searchRequests(page, reference);
    await page.getByText("No request found", { exact: true }).waitFor();
    await page.getByText("No request matches these filters.", { exact: true }).waitFor();
    expect(await page.getByText(reference, { exact: true }).count()).toBe(0);

    const response = await page.goto(`/requests/${requestId}`);
    expect(response?.status()).toBe(404);
    await expectHeading(page, "Page not found");
    expect(await page.getByText(reference).count()).toBe(0);
    expect(await page.getByText(FACTS).count()).toBe(0);
  });

  step("the Philippine liaison officer finds it, acknowledges it and asks a question", async () => {
    const page = officerPH;
    await page.goto("/requests");
    await expectHeading(page, "Requests");
    const row = listRow(page, reference);
    await expect.poll(() => row.getByRole("cell").allTextContents(), POLL).toEqual(
      // The officer's list has no "requested State" column: it is always theirs.
      expect.arrayContaining(["Transmitted", CASE_REFERENCE]),
    );
    // The same search as the Colombian officer's finds it here.
    await searchRequests(page, reference);
    await page.getByText("1 request found", { exact: true }).waitFor();
    await listRow(page, reference).getByRole("link", { name: reference, exact: true }).click();
    await waitForPath(page, `/requests/${requestId}`);
    await expectHeading(page, reference);
    await expectRequestStatus(page, "Transmitted");
    // The case's internal title stays on the requesting side.
    expect(await page.getByText(CASE_TITLE).count()).toBe(0);
    await expectOfficerSeesOnlySharedComment();

    await move(page, "Acknowledge receipt").getByLabel("Requested authority's reference", { exact: true }).fill(FOREIGN_REFERENCE);
    await makeMove(page, "Acknowledge receipt", "Recorded: the request is now “Acknowledged”.", "Acknowledged");
    await expect.poll(() => page.locator(".rp-header").innerText(), POLL).toContain(FOREIGN_REFERENCE);

    await move(page, "Ask for information").getByLabel("Question for the requesting authority", { exact: true }).fill(QUESTION);
    await makeMove(page, "Ask for information", "Recorded: the request is now “Information requested”.", "Information requested");
    // Waiting on the requesting side: the officer can no longer start execution.
    expect(await move(page, "Start execution").count()).toBe(0);
  });

  step("the magistrate answers the question and the request returns to where it was", async () => {
    const page = magistrate;
    await openRequest(page, "Complément demandé");
    expect((await timelineEntry(page, "Historique", "Complément demandé")).join("\n")).toContain(QUESTION);
    await move(page, "Répondre à la question").getByLabel("Réponse", { exact: true }).fill(ANSWER);
    await makeMove(page, "Répondre à la question", "Enregistré : la demande est désormais « Réception accusée ».", "Réception accusée");
  });

  step("the Philippine liaison officer executes it: starts, records the measure's result, reports execution", async () => {
    const page = officerPH;
    await openRequest(page, "Acknowledged");
    expect((await timelineEntry(page, "History", "Information provided")).join("\n")).toContain(ANSWER);

    await makeMove(page, "Start execution", "Recorded: the request is now “In execution”.", "In execution");

    // Reporting execution while the measure is outstanding is refused.
    await move(page, "Report execution").getByRole("button", { name: "Report execution", exact: true }).click();
    await expect.poll(() => move(page, "Report execution").getByRole("alert").allInnerTexts(), POLL).toEqual([
      "Every measure must be returned or marked not executable first.",
    ]);
    await expectRequestStatus(page, "In execution");

    const report = page.getByRole("form", { name: "Record the result of measure 1 (Money-transfer records)", exact: true });
    await report.getByLabel("Status", { exact: true }).selectOption({ label: "Returned" });
    await report.getByLabel("Result", { exact: true }).fill(RESULT_NOTE);
    await report.getByRole("button", { name: "Record the result of measure 1 (Money-transfer records)", exact: true }).click();
    await expectStatus(page, "Result of the measure recorded.");
    const measure = section(page, "Measures requested").getByRole("listitem").first();
    await expect.poll(() => measure.innerText(), POLL).toContain(RESULT_NOTE);
    expect(await measure.innerText()).toContain("Returned");

    // The records themselves, returned on the measure.
    await page.locator("#document-file").setInputFiles({ name: "remittance-records.txt", mimeType: "text/plain", buffer: EVIDENCE });
    await page.locator("#document-type").selectOption("returned_evidence");
    await page.locator("#document-language").selectOption("en");
    await page.locator("#document-measure").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add the document", exact: true }).click();
    await expectStatus(page, `Document added. Its SHA-256 fingerprint: ${sha256(EVIDENCE)}`);

    await makeMove(page, "Report execution", "Recorded: the request is now “Executed”.", "Executed");
    await expectOfficerSeesOnlySharedComment();
  });

  step("the magistrate closes it; the timeline shows the moves in order", async () => {
    const page = magistrate;
    await openRequest(page, "Exécutée");
    await makeMove(page, "Clôturer", "Enregistré : la demande est désormais « Clôturée ».", "Clôturée");
    await page.getByText("Plus rien n'est attendu : la demande est « Clôturée ».", { exact: true }).waitFor();

    // The measure's result, as the requested side reported it.
    expect(await section(page, "Mesures demandées").innerText()).toContain(RESULT_NOTE);

    // The returned evidence: the same SHA-256 on the page and in the downloaded bytes.
    expect(await page.locator(`code[data-sha256="${sha256(EVIDENCE)}"]`).count()).toBeGreaterThan(0);
    // Every download link of the page, fetched with the magistrate's session: one is the evidence, intact.
    const hrefs = await page.locator('a[href^="/api/documents/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const downloaded: string[] = [];
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="MLA-/);
      downloaded.push(sha256(await response.body()));
    }
    expect(downloaded).toContain(sha256(EVIDENCE));
    expect(downloaded).toContain(sha256(TRANSLATION_PDF));

    const MOVES = [
      "Soumise à validation",
      "Validée",
      "Transmise",
      "Réception accusée",
      "Complément demandé",
      "Complément fourni",
      "Exécution commencée",
      "Exécutée",
      "Clôturée",
    ];
    await expect.poll(() => timelineTitles(page, "Historique"), POLL).toContain("Clôturée");
    const titles = await timelineTitles(page, "Historique");
    expect(titles[0]).toBe("Demande créée");
    expect(titles.filter((t) => MOVES.includes(t))).toEqual(MOVES);
    expect(titles.at(-1)).toBe("Clôturée");
    expect((await timelineEntry(page, "Historique", "Transmise")).join("\n")).toContain("Validée → Transmise");
    expect((await timelineEntry(page, "Historique", "Complément demandé")).join("\n")).toContain("Réception accusée → Complément demandé");
    expect((await timelineEntry(page, "Historique", "Complément fourni")).join("\n")).toContain("Complément demandé → Réception accusée");
    expect((await timelineEntry(page, "Historique", "Clôturée")).join("\n")).toContain("Exécutée → Clôturée");

    // The list agrees.
    await page.goto("/requests");
    await expect.poll(() => listRow(page, reference).getByRole("cell").allTextContents(), POLL).toEqual(
      expect.arrayContaining(["Clôturée", FOREIGN_REFERENCE]),
    );

    // The officer sees the closed request, still without the internal note.
    await openRequest(officerPH, "Closed");
    await expectOfficerSeesOnlySharedComment();
    expect(await officerPH.getByText(VICTIM_IDENTITY).count()).toBe(1);
  });
});

/** The draft has no measure yet: submitting it is refused with the reason, and it stays a draft. */
async function makeMoveExpectingRefusal(page: Page): Promise<void> {
  await move(page, "Soumettre à validation").getByRole("button", { name: "Soumettre à validation", exact: true }).click();
  await expect.poll(() => move(page, "Soumettre à validation").getByRole("alert").allInnerTexts(), POLL).toEqual([
    expect.stringMatching(/^La demande n'est pas assez complète pour être validée : complétez les champs signalés\.\s+Mesures demandées — Ajoutez au moins une mesure\.$/),
  ]);
  await expectRequestStatus(page, "Brouillon");
}
