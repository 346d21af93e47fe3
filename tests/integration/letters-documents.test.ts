import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { whyNotAvailable } from "@/lib/letters/availability";
import type { Block, FormalDocument } from "@/lib/letters/document";
import type { LetterLanguage } from "@/lib/letters/languages";
import { loadLetter } from "@/lib/letters/letter-view";
import { renderDocx } from "@/lib/letters/render-docx";
import { renderLetterDocument } from "@/lib/letters/render-document";
import { renderPdf } from "@/lib/letters/render-pdf";
import { requestLetter } from "@/lib/letters/request-letter";
import { clean } from "@/lib/letters/text";
import { wordingFor } from "@/lib/letters/wording";
import { addMeasure, addPerson } from "@/lib/requests/draft-parts";
import { docxText } from "../support/docx-text";
import { FIXED_NOW } from "../support/factories";
import { draftRequest, move, waiveMissingItems, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return fold((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
}

/** A document's body text, from its DOCX. */
async function docx(ctx: Ctx, requestId: string, kind: Parameters<typeof renderLetterDocument>[1], language: LetterLanguage) {
  const file = await renderLetterDocument(await loadLetter(ctx, requestId), kind, language, "docx");
  expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(file.bytes.subarray(0, 2).toString()).toBe("PK");
  const { body, footer } = docxText(file.bytes);
  return { body: fold(body), lines: body.split("\n"), footer: fold(footer), fileName: file.fileName };
}

/** Every piece of text a document's blocks say (a form's box: its label). */
function textsOf(document: FormalDocument): string[] {
  const of = (block: Block): string[] => {
    switch (block.kind) {
      case "letterhead":
        return [block.authority, block.country, ...block.markings];
      case "facts":
        return block.rows.flat();
      case "addressee":
        return block.lines;
      case "paragraph":
        return [block.text || block.missing || ""];
      case "labelled":
        return [block.label, block.value || block.missing || ""];
      case "field":
        return [block.label, block.value ?? ""];
      case "checkbox":
        return [block.label, block.detail ?? ""];
      case "signature":
        return [block.heading, ...block.lines];
      case "space":
      case "keepTogether":
        return [];
      default:
        return [block.text];
    }
  };
  return document.blocks.flatMap(of).flatMap((text) => clean(text).split("\n")).map(fold).filter(Boolean);
}

const MEASURES = [
  { type: "money_transfer_records", description: "Relevés des transferts reçus à Angeles City, 2023–2025", justification: "Les fonds ont été retirés en espèces à Angeles City." },
  { type: "video_link_testimony", description: "Audition de la victime V1 par visioconférence", justification: "V1 réside à Pampanga et ne peut pas se déplacer." },
] as const;

const suite = requestSuite();
let ph: RequestHandle;

async function addMeasures(magistrate: Ctx, handle: RequestHandle, measures: readonly { type: string; description: string; justification: string }[]) {
  for (const measure of measures) {
    await addMeasure(magistrate, { requestId: handle.id, version: handle.version, ...measure } as Parameters<typeof addMeasure>[1]);
    handle.version += 1;
  }
}

async function transmit(handle: RequestHandle) {
  const { magistrate, manager } = suite.parties;
  await move(magistrate, handle, "submit");
  await move(manager, handle, "validate");
  await waiveMissingItems(manager, handle);
  await move(magistrate, handle, "transmit");
}

beforeAll(async () => {
  ph = await draftRequest(suite.parties.magistrate, { measures: 0 });
  await addMeasures(suite.parties.magistrate, ph, MEASURES);
  await addPerson(suite.parties.magistrate, { requestId: ph.id, version: ph.version, role: "suspect", identity: "Jean-Pierre Valois", nationality: "française", location: "Paris" });
  ph.version += 1;
});

describe("the request letter as an editable DOCX", () => {
  it("in French, holds the reference, the measures and the French wording", async () => {
    const { body, footer, fileName } = await docx(suite.parties.magistrate, ph.id, "letter", "fr");
    expect(fileName).toBe(`${ph.reference}_letter_fr.docx`);
    for (const expected of [ph.reference, "Demande d'entraide pénale internationale", "Exposé des faits", "Mesures sollicitées", "Jean-Pierre Valois", ...MEASURES.flatMap((m) => [m.description, m.justification])]) {
      expect(body).toContain(expected);
    }
    expect(body).not.toContain("Summary of facts");
    expect(footer).toContain(`${ph.reference} — page`);
  });

  it("in English, with the English wording and the magistrate's text as written", async () => {
    const { body } = await docx(suite.parties.magistrate, ph.id, "letter", "en");
    for (const expected of ["Request for mutual legal assistance in criminal matters", "Summary of facts", "Measures requested", "Testimony by video link", "their translation is provided as a separate document", ...MEASURES.map((m) => m.description)]) {
      expect(body).toContain(expected);
    }
    expect(body).not.toContain("Exposé des faits");
  });

  it("says what the PDF says: both files render one content, in every letter language", async () => {
    const letter = await loadLetter(suite.parties.magistrate, ph.id);
    for (const language of ["fr", "en", "es", "ro"] as const) {
      const content = requestLetter(letter, language);
      const [docxBody, pdf] = [fold(docxText(await renderDocx(content)).body), await pdfText(await renderPdf(content))];
      // Page footers and breaks fall between the lines of a paragraph that runs on; a line may end at a hyphen.
      const footer = new RegExp(`(?:${wordingFor(language).sentences.confidentialBanner} — )?${ph.reference} — \\S+ \\d+ / \\d+`, "g");
      const pdfBody = fold(pdf.replace(footer, " ").replace(/-- \d+ of \d+ --/g, " ")).replace(/(\S)- (?=\S)/g, "$1-");
      for (const text of textsOf(content)) {
        expect(docxBody, `${language} DOCX`).toContain(text);
        expect(pdfBody, `${language} PDF`).toContain(text);
      }
    }
  });
});

describe("the EIO form (Annex A)", () => {
  let ro: RequestHandle;
  beforeAll(async () => {
    ro = await draftRequest(suite.parties.magistrate, {
      measures: 0,
      fields: {
        requestedCountryCode: "RO",
        requestedAuthority: "Parchetul de pe lângă Tribunalul București",
        legalBasis: "european_investigation_order",
        channel: "direct",
        urgency: "urgent",
        urgencyReasons: "Audience de jugement fixée au 14 septembre 2026.",
      },
    });
    await addMeasures(suite.parties.magistrate, ro, [
      { type: "bank_records", description: "Relevés du compte RO49 AAAA 1B31 0075 9384 0000, 2023–2025", justification: "Les paiements du suspect y ont été versés." },
      MEASURES[1],
    ]);
  });

  it("has sections A to L with the Directive's headings, filled from an EIO to Romania, in French and Romanian", async () => {
    const fr = await docx(suite.parties.magistrate, ro.id, "annex-a", "fr");
    const headings = ["État d'émission et État d'exécution", "Urgence", "Mesure(s) d'enquête à exécuter", "Lien avec une DEE antérieure", "Identité de la personne concernée", "Type de procédure pour laquelle la DEE est émise", "Motifs de l'émission de la DEE", "Exigences supplémentaires pour certaines mesures", "Formalités et procédures requises pour l'exécution", "Voies de recours", "Coordonnées de l'autorité qui a émis la DEE", "Coordonnées de l'autorité judiciaire qui a validé la DEE"];
    const positions = "ABCDEFGHIJKL".split("").map((letter, i) => fr.body.indexOf(`SECTION ${letter} — ${headings[i]}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    for (const expected of [
      "DÉCISION D'ENQUÊTE EUROPÉENNE (DEE)",
      "État d'émission : France",
      "État d'exécution : Roumanie",
      "Audience de jugement fixée au 14 septembre 2026.",
      "Relevés du compte RO49 AAAA 1B31 0075 9384 0000, 2023–2025",
      "Les paiements du suspect y ont été versés.",
      ro.reference,
    ].map(fold)) {
      expect(fr.body).toContain(expected);
    }
    // The boxes the measures tick, and one they leave for the magistrate.
    expect(fr.lines).toContain("☒ informations relatives à des comptes bancaires et autres comptes financiers");
    expect(fr.lines).toContain("☒ audition par vidéoconférence ou par un autre moyen de transmission audiovisuelle");
    expect(fr.lines).toContain("☐ interception de télécommunications");
    // What the request does not hold is left as a line to complete.
    expect(fr.body).toMatch(/Fonction \(titre\/grade\) : …+/);

    const roForm = await docx(suite.parties.magistrate, ro.id, "annex-a", "ro");
    for (const letter of "ABCDEFGHIJKL") expect(roForm.body).toContain(`SECȚIUNEA ${letter} — `);
    expect(roForm.body).toContain("ORDIN EUROPEAN DE ANCHETĂ (OEA)");
    expect(roForm.body).toContain("Statul executant: România");
  });

  it("is a PDF too, with the same sections", async () => {
    const file = await renderLetterDocument(await loadLetter(suite.parties.magistrate, ro.id), "annex-a", "fr", "pdf");
    const text = await pdfText(file.bytes);
    for (const letter of "ABCDEFGHIJKL") expect(text).toContain(`SECTION ${letter} — `);
  });

  it("is not offered for a request that is not an EIO", async () => {
    expect(whyNotAvailable("annex-a", await loadLetter(suite.parties.magistrate, ph.id))).toBe("annexANotEio");
    expect(whyNotAvailable("annex-a", await loadLetter(suite.parties.magistrate, ro.id))).toBeNull();
  });
});

describe("the expedited preservation request (Budapest Convention, art. 29)", () => {
  const PRESERVATION = {
    type: "expedited_preservation",
    description: "Données d'abonné et de connexion des comptes GCash 0917 000 0000 et 0918 000 0000",
    justification: "Les paiements du suspect ont été crédités sur ces comptes entre 2023 et 2025.",
  } as const;

  it("states the data, the grounds and the 60-day minimum, in English and in French, as DOCX and PDF", async () => {
    const handle = await draftRequest(suite.parties.magistrate, { measures: 0, fields: { legalBasis: "budapest_convention" } });
    await addMeasures(suite.parties.magistrate, handle, [PRESERVATION]);

    const en = await docx(suite.parties.magistrate, handle.id, "preservation", "en");
    for (const expected of [handle.reference, "Request for the expedited preservation of stored computer data", "Article 29", PRESERVATION.description, PRESERVATION.justification, "Custodian of the data", "not less than sixty days", "art. 30"]) {
      expect(en.body).toContain(expected);
    }
    const fr = await docx(suite.parties.magistrate, handle.id, "preservation", "fr");
    for (const expected of ["Demande de conservation rapide de données informatiques stockées", "au moins soixante jours", PRESERVATION.description]) {
      expect(fr.body).toContain(expected);
    }
    const pdf = await renderLetterDocument(await loadLetter(suite.parties.magistrate, handle.id), "preservation", "en", "pdf");
    expect(await pdfText(pdf.bytes)).toContain("not less than sixty days");
  });

  it("is not offered for a request without a preservation measure", async () => {
    expect(whyNotAvailable("preservation", await loadLetter(suite.parties.magistrate, ph.id))).toBe("noPreservation");
  });
});

describe("the reminder (relance)", () => {
  let sent: RequestHandle;
  /** Sixty days after the transmission: the 30-day acknowledgement target has passed. */
  const later = (ctx: Ctx): Ctx => ({ ...ctx, now: () => new Date(FIXED_NOW.getTime() + 60 * 86_400_000) });

  beforeAll(async () => {
    sent = await draftRequest(suite.parties.magistrate, { measures: 0 });
    await addMeasures(suite.parties.magistrate, sent, [MEASURES[0]]);
    await transmit(sent);
  });

  it("is refused while the requested side is within its time", async () => {
    const letter = await loadLetter(suite.parties.magistrate, sent.id);
    expect(letter.overdue).toEqual([]);
    expect(whyNotAvailable("reminder", letter)).toBe("notOverdue");
  });

  it("once the acknowledgement is late, recalls the reference, the date of transmission and what is awaited", async () => {
    const magistrate = later(suite.parties.magistrate);
    const letter = await loadLetter(magistrate, sent.id);
    expect(letter.overdue.map((c) => c.kind)).toEqual(["acknowledgement"]);
    expect(whyNotAvailable("reminder", letter)).toBeNull();

    const fr = await docx(magistrate, sent.id, "reminder", "fr");
    for (const expected of [`Relance — ${sent.reference}`, "Demande transmise le", "Le 2 mars 2026, je vous ai adressé la demande référencée", "l'accusé de réception de la demande, attendu au plus tard le 1 avril 2026", MEASURES[0].description, "1 mai 2026"]) {
      expect(fr.body).toContain(expected);
    }
    const en = await docx(magistrate, sent.id, "reminder", "en");
    for (const expected of [`Reminder — ${sent.reference}`, "Request sent on", "On 2 March 2026, I sent you the request referenced", "the acknowledgement of receipt of the request, expected by 1 April 2026"]) {
      expect(en.body).toContain(expected);
    }
    const pdf = await renderLetterDocument(letter, "reminder", "en", "pdf");
    expect(await pdfText(pdf.bytes)).toContain(`Reminder — ${sent.reference}`);
  });

  it("is no longer offered once the requested side has acknowledged, its execution time still running", async () => {
    await move(later(suite.parties.officer), sent, "acknowledge");
    expect(whyNotAvailable("reminder", await loadLetter(later(suite.parties.magistrate), sent.id))).toBe("notOverdue");
  });
});
