import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { loadLetter } from "@/lib/letters/letter-view";
import type { LetterLanguage } from "@/lib/letters/languages";
import type { LetterView } from "@/lib/letters/letter-view";
import { renderPdf } from "@/lib/letters/render-pdf";
import { requestLetter } from "@/lib/letters/request-letter";
import { addComment } from "@/lib/requests/comment";
import { addMeasure, addPerson } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import {
  draftRequest, move, requestIn, userCtx, waiveMissingItems, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** The text of a PDF, whitespace folded so that phrases match across line breaks. */
async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    return text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

const requestLetterPdf = (letter: LetterView, language: LetterLanguage) => renderPdf(requestLetter(letter, language));

const VICTIM_IDENTITY = "Maria Luzviminda Dizon";
const FACTS = "Procédure ouverte le 3 février 2025 : un résident parisien a payé des abus commis en direct à Pampanga.";
const CONTACT = "Mme Hélène Lefèvre, vice-procureure — +33 1 44 32 00 00 — section.mineurs@justice.example";
const MEASURES = [
  { type: "money_transfer_records", description: "Relevés des transferts reçus à Angeles City, 2023–2025", justification: "Les fonds ont été retirés en espèces à Angeles City." },
  { type: "hearing_minor_victim", description: "Audition de la victime V1 par un enquêteur formé", justification: "V1 a été identifiée sur les captures d'écran saisies." },
] as const;

const suite = requestSuite();
let ph: RequestHandle;

/** A complete draft to the Philippines: two measures, a suspect and a minor victim, urgent, with a target date. */
async function philippineDraft(magistrate: Ctx): Promise<RequestHandle> {
  const handle = await draftRequest(magistrate, {
    measures: 0,
    fields: {
      urgency: "urgent",
      urgencyReasons: "Audience de jugement fixée au 14 septembre 2026.",
      targetDate: "2026-07-31",
      confidentialityReasons: "Les exploitants locaux ne sont pas encore interpellés.",
      summaryOfFacts: FACTS,
      contactPoint: CONTACT,
    },
  });
  for (const measure of MEASURES) {
    await addMeasure(magistrate, { requestId: handle.id, version: handle.version, ...measure });
    handle.version += 1;
  }
  for (const person of [
    { role: "suspect", identity: "Jean-Pierre Valois", nationality: "française", location: "Paris" },
    { role: "victim", identity: VICTIM_IDENTITY, nationality: "philippine", location: "Pampanga" },
  ] as const) {
    await addPerson(magistrate, { requestId: handle.id, version: handle.version, ...person });
    handle.version += 1;
  }
  return handle;
}

beforeAll(async () => {
  ph = await philippineDraft(suite.parties.magistrate);
});

describe("the letter of a request to the Philippines", () => {
  it("is needed in French and in English", async () => {
    expect((await loadLetter(suite.parties.magistrate, ph.id)).languages).toEqual(["fr", "en"]);
  });

  it("in French, holds the request's parties, basis, facts, measures and contact, accents intact", async () => {
    const pdf = await requestLetterPdf(await loadLetter(suite.parties.magistrate, ph.id), "fr");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of [
      ph.reference,
      "Philippines",
      translatorFor("fr")("legalBases.reciprocity"),
      "Procédure",
      "Exposé des faits",
      FACTS,
      ...MEASURES.map((m) => m.description),
      ...MEASURES.map((m) => m.justification),
      CONTACT,
      "Audience de jugement fixée au 14 septembre 2026.",
      "31 juillet 2026",
      "Rule on Examination of a Child Witness",
      VICTIM_IDENTITY,
      `${ph.reference} — page 1 / `,
    ]) {
      expect(text).toContain(expected);
    }
    // The drafting language: no note about a separate translation.
    expect(text).not.toContain("traduction fait l'objet d'un document distinct");
  });

  it("in English, with English headings and labels, and the magistrate's text as written", async () => {
    const text = await pdfText(await requestLetterPdf(await loadLetter(suite.parties.magistrate, ph.id), "en"));
    for (const expected of [
      ph.reference,
      "Philippines",
      translatorFor("en")("legalBases.reciprocity"),
      "Request for mutual legal assistance in criminal matters",
      "Summary of facts",
      "Measures requested",
      translatorFor("en")("measureTypes.hearing_minor_victim"),
      FACTS,
      ...MEASURES.map((m) => m.description),
      CONTACT,
      "31 July 2026",
      "their translation is provided as a separate document",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Exposé des faits");
  });

  it("shows a manager without need to know the victim by pseudonym only", async () => {
    const letter = await loadLetter(suite.parties.manager, ph.id);
    expect(letter.persons.find((p) => p.role === "victim")).toMatchObject({ pseudonym: "V1", identity: null });
    const text = await pdfText(await requestLetterPdf(letter, "fr"));
    expect(text).toContain("V1");
    expect(text).toContain("identité non communiquée");
    expect(text).not.toContain(VICTIM_IDENTITY);
    expect(text).toContain("Jean-Pierre Valois"); // suspects are not pseudonymised
  });

  it("is out of reach of a liaison officer of another country, and of the requested side before transmission", async () => {
    const colombianOfficer = await userCtx(suite.db, "liaison_officer", "CO-FGN");
    await expect(getRequest(colombianOfficer, ph.id)).rejects.toBeInstanceOf(NotFound);
    await expect(loadLetter(colombianOfficer, ph.id)).rejects.toBeInstanceOf(NotFound);
    await expect(loadLetter(suite.parties.officer, ph.id)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("once transmitted", () => {
  it("the requested side gets the letter, without the requesting side's internal comments", async () => {
    const sent = await requestIn("transmitted", suite.parties);
    const internalNote = "Note interne : le mis en cause a un frère à Manille.";
    await addComment(suite.parties.magistrate, { requestId: sent.id, body: internalNote, visibility: "internal" });
    const letter = await loadLetter(suite.parties.officer, sent.id);
    const text = await pdfText(await requestLetterPdf(letter, "en"));
    expect(text).toContain(sent.reference);
    expect(text).not.toContain("frère à Manille");
    expect(text).not.toContain("Live-streamed abuse ordered from Paris"); // the case's internal title
  });

  it("a request following an expedited preservation says so, with the preservation's reference", async () => {
    const { magistrate, manager } = suite.parties;
    const preservation = await draftRequest(magistrate, { measures: 0 });
    await addMeasure(magistrate, {
      requestId: preservation.id,
      version: preservation.version,
      type: "expedited_preservation",
      description: "Preserve the subscriber and traffic data of the listed e-wallet accounts",
      justification: "The accounts are held by a Philippine e-wallet provider.",
    });
    preservation.version += 1;
    await move(magistrate, preservation, "submit");
    await move(manager, preservation, "validate");
    await waiveMissingItems(manager, preservation);
    await move(magistrate, preservation, "transmit");

    const full = await createSupplementaryRequest(magistrate, { parentRequestId: preservation.id });
    const letter = await loadLetter(magistrate, full.id);
    expect(letter.nature).toEqual({ kind: "preservationFollowUp", parentReference: preservation.reference });
    const text = await pdfText(await requestLetterPdf(letter, "en"));
    expect(text).toContain("Follow-up to the expedited preservation request");
  });
});

describe("letters in the requested country's working language", () => {
  it("Colombia: a Spanish letter with Spanish headings", async () => {
    const co = await draftRequest(suite.parties.magistrate, {
      fields: { requestedCountryCode: "CO", requestedAuthority: "Fiscalía General de la Nación", legalBasis: "bilateral_convention" },
    });
    const letter = await loadLetter(suite.parties.magistrate, co.id);
    expect(letter.languages).toEqual(["fr", "es"]);
    const text = await pdfText(await requestLetterPdf(letter, "es"));
    for (const expected of [
      co.reference,
      "Colombia",
      "Fiscalía General de la Nación",
      "Solicitud de asistencia judicial en materia penal",
      "Fundamento jurídico",
      "Exposición de los hechos",
      "Diligencias solicitadas",
      "Convenio bilateral",
      "Registros de giros y transferencias de dinero",
      "Remittances from the suspect to Pampanga, 2023–2025",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("Romania: a Romanian letter, ș and ț rendered", async () => {
    const ro = await draftRequest(suite.parties.magistrate, {
      fields: { requestedCountryCode: "RO", legalBasis: "european_investigation_order", channel: "direct" },
    });
    const letter = await loadLetter(suite.parties.magistrate, ro.id);
    expect(letter.languages).toEqual(["fr", "ro"]);
    const text = await pdfText(await requestLetterPdf(letter, "ro"));
    for (const expected of [
      ro.reference,
      "România",
      "Ordin european de anchetă",
      "Temeiul juridic",
      "Expunerea faptelor",
      "Infracțiuni, dispoziții aplicabile și pedepse",
      "Măsuri solicitate",
      "Semnătura și ștampila",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/ș/);
    expect(text).toMatch(/ț/);
  });

  it("Madagascar: French only", async () => {
    const mg = await draftRequest(suite.parties.magistrate, { fields: { requestedCountryCode: "MG", legalBasis: "bilateral_convention" } });
    expect((await loadLetter(suite.parties.magistrate, mg.id)).languages).toEqual(["fr"]);
  });
});
