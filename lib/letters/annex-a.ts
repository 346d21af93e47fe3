import type { MeasureType } from "@/lib/requests/vocabulary";
import { BLANK, DocumentBuilder, type FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import { dateIn, footerOf } from "./letter-parts";
import type { LetterView } from "./letter-view";
import { measureDetailLines } from "./measure-detail-lines";
import { wordingFor, type LetterWording } from "./wording";
import { ANNEX_A_MEASURES, ANNEX_A_WORDING, type AnnexAMeasure, type AnnexASection, type AnnexAWording } from "./wording/annex-a";

/**
 * Which boxes of section C a measure ticks. A measure the list does not name (telecom
 * data, a search, a service of documents) is described in C's text only. Neither does an
 * arrest (within the EU it goes by a European Arrest Warrant, Framework Decision
 * 2002/584/JHA, not an EIO), the safeguarding of children (the child-protection services'
 * own cooperation), nor a victim's travel to testify (art. 22 and 23 are for persons held in
 * custody): C's text describes them.
 */
const TICKS: Partial<Record<MeasureType, AnnexAMeasure[]>> = {
  bank_records: ["bankAccounts", "bankOperations"],
  money_transfer_records: ["bankOperations"],
  subscriber_data: ["subscriber"],
  expedited_preservation: ["provisional"],
  hearing_minor_victim: ["hearingVictim"],
  hearing_witness: ["hearingWitness"],
  hearing_suspect: ["hearingSuspect"],
  local_proceedings_information: ["alreadyHeld"],
  video_link_testimony: ["videoconference"],
};

const FINANCIAL: readonly MeasureType[] = ["bank_records", "money_transfer_records"];

interface Form {
  b: DocumentBuilder;
  letter: LetterView;
  w: AnnexAWording;
  wording: LetterWording;
}

/**
 * The EIO form (Directive 2014/41/EU, Annex A) filled from the request: sections A to L
 * with the Directive's headings; what the request holds is written in, the rest is left as
 * boxes and dotted lines for the issuing authority to complete before signing.
 */
export function annexA(letter: LetterView, language: LetterLanguage): FormalDocument {
  const w = ANNEX_A_WORDING[language];
  const wording = wordingFor(language);
  const s = wording.sentences;
  const b = new DocumentBuilder({ title: `${letter.reference} — ${w.title}`, author: letter.requestingAuthority, language, colon: s.colon });
  const form: Form = { b, letter, w, wording };

  b.facts([
    [s.labels.date, dateIn(letter.date, wording)],
    [s.labels.ourReference, letter.reference],
    [s.labels.caseNumber, letter.caseReference],
    ...(letter.foreignReference ? [[s.labels.yourReference, letter.foreignReference] as [string, string]] : []),
  ]);
  b.space(0.8);
  b.title(w.title);
  b.paragraph(w.subtitle, { italic: true, align: "left" });
  b.paragraph(w.certification);

  const sections: Record<AnnexASection, (form: Form) => void> = { A: states, B: urgency, C: measures, D: earlier, E: persons, F: proceedings, G: grounds, H: additional, I: formalities, J: remedies, K: issuing, L: validating };
  for (const [section, fill] of Object.entries(sections) as [AnnexASection, (form: Form) => void][]) {
    b.heading(`${w.section(section)} — ${w.headings[section]}`);
    fill(form);
  }
  return b.build(footerOf(letter, wording));
}

function states({ b, letter, w, wording }: Form) {
  b.field(w.a.issuingState, wording.countryName(letter.requestingCountry));
  b.field(w.a.executingState, wording.countryName(letter.requestedCountry));
}

function urgency({ b, letter, w, wording }: Form) {
  b.paragraph(w.b.intro, { align: "left" });
  for (const reason of [w.b.concealed, w.b.trial, w.b.other]) b.checkbox(reason, false);
  const urgent = letter.urgency !== "normal";
  b.field(w.b.specify, urgent ? [wording.vocabulary.urgencies[letter.urgency], letter.urgencyReasons.trim()].filter(Boolean).join(" — ") : null);
  b.field(w.b.timeLimit, letter.targetDate && dateIn(letter.targetDate, wording));
}

function measures({ b, letter, w, wording }: Form) {
  b.paragraph(w.c.intro, { align: "left" });
  // A hearing held by video link ticks the videoconference box as well (art. 24).
  const ticked = new Set(letter.measures.flatMap((m) => [...(TICKS[m.type] ?? []), ...(m.details.videoLink === true ? (["videoconference"] as const) : [])]));
  for (const item of ANNEX_A_MEASURES) b.checkbox(w.c.measures[item], ticked.has(item));
  b.subheading(w.c.describe);
  if (letter.measures.length === 0) b.paragraph(BLANK);
  letter.measures.forEach((measure, i) => {
    b.labelled(`${i + 1}. ${wording.vocabulary.measureTypes[measure.type]}`, measure.description, BLANK);
    for (const [label, value] of measureDetailLines(measure.type, measure.details, wording)) b.labelled(label, value);
  });
}

function earlier({ b, letter, w }: Form) {
  const parent = letter.nature.kind === "initial" ? null : letter.nature.parentReference;
  b.checkbox(w.d.supplements, parent !== null);
  b.paragraph(w.d.previous, { align: "left" });
  b.field(w.d.issuedOn);
  b.field(w.d.authority);
  b.field(w.d.transmittedOn);
  b.field(w.d.issuingReference, parent);
  b.field(w.d.executingReference);
  b.field(w.d.otherState);
}

function persons({ b, letter, w, wording }: Form) {
  const { sentences: s, vocabulary: v } = wording;
  b.paragraph(w.e.intro, { align: "left" });
  const suspects = letter.persons.filter((p) => p.role === "suspect");
  for (const [i, person] of (suspects.length ? suspects : [null]).entries()) {
    b.subheading(`${w.e.naturalPerson} ${i + 1}`);
    b.field(w.e.name, person?.identity);
    b.field(w.e.nationality, person?.nationality);
    b.field(w.e.residence, person?.location);
    b.field(w.e.otherDetails);
  }
  b.field(w.e.location);
  const others = letter.persons.filter((p) => p.role !== "suspect");
  if (others.length === 0) {
    b.field(w.e.other);
    return;
  }
  b.subheading(w.e.other);
  for (const person of others) {
    const details = [person.identity ?? s.persons.identityWithheld, person.nationality, person.location].filter(Boolean);
    b.bullet(`•  ${person.pseudonym} — ${v.personRoles[person.role]}${s.colon}${details.join(", ")}`);
  }
}

function proceedings({ b, w }: Form) {
  b.paragraph(w.f.intro, { align: "left" });
  // Requests are drafted by magistrates in criminal proceedings (docs/product.md): point (a).
  b.checkbox(w.f.criminal, true);
  for (const other of [w.f.administrative, w.f.judicialAdministrative, w.f.legalPerson]) b.checkbox(other, false);
}

function grounds({ b, letter, w }: Form) {
  b.subheading(`1. ${w.g.facts}`);
  b.paragraph(letter.summaryOfFacts, { missing: BLANK });
  b.subheading(`2. ${w.g.classification}`);
  b.paragraph(letter.offencesAndPenalties, { missing: BLANK });
  b.field(`3. ${w.g.annexD}`);
}

function additional({ b, letter, w }: Form) {
  const of = (types: readonly MeasureType[]) => letter.measures.filter((m) => types.includes(m.type));
  const reasons = (types: readonly MeasureType[]) => of(types).map((m) => m.justification.trim()).filter(Boolean).join("\n");
  const { transfer, hearing, provisional, financial, realTime, covert, interception } = w.h;
  b.paragraph(w.h.intro, { italic: true, align: "left" });

  b.subheading(transfer.heading);
  for (const direction of [transfer.toIssuing, transfer.toExecuting]) {
    b.paragraph(direction, { align: "left" });
    for (const answer of [transfer.consented, transfer.notConsented, transfer.opinionSought]) b.checkbox(answer, false);
  }

  const video = of(["video_link_testimony"]).length > 0;
  b.subheading(hearing.heading);
  b.checkbox(hearing.video, video);
  b.checkbox(hearing.consent, false);
  b.checkbox(hearing.telephone, false);
  b.field(hearing.authority, video ? letter.requestingAuthority : null);
  b.field(hearing.reasons, reasons(["video_link_testimony"]));

  b.subheading(provisional.heading);
  b.checkbox(provisional.transferred, false);
  b.checkbox(provisional.remains, false);
  b.field(provisional.liftDate);
  b.field(provisional.subsequentRequest);

  b.subheading(financial.heading);
  const types = new Set(of(FINANCIAL).map((m) => m.type));
  b.checkbox(financial.accounts, types.has("bank_records"));
  b.checkbox(financial.otherAccounts, false);
  b.checkbox(financial.operations, types.has("bank_records"));
  b.checkbox(financial.otherOperations, types.has("money_transfer_records"));
  b.field(financial.reasons, reasons(FINANCIAL));
  b.field(financial.period, of(FINANCIAL).map((m) => m.description.trim()).join("\n"));

  b.subheading(realTime.heading);
  b.field(realTime.reasons);
  b.subheading(covert.heading);
  b.field(covert.reasons);

  b.subheading(interception.heading);
  b.field(interception.reasons);
  b.checkbox(interception.immediate, false);
  b.checkbox(interception.recorded, false);
  b.field(interception.target);
  b.field(interception.duration);
  b.field(interception.technical);
}

/** The safeguards the letter states for hearings are the formalities the executing authority is asked to observe (art. 9(2)). */
function formalities({ b, letter, w, wording }: Form) {
  const safeguards = [...new Set(letter.measures.map((m) => wording.sentences.safeguards[m.type]).filter((text): text is string => Boolean(text)))];
  b.checkbox(w.i.formalities, safeguards.length > 0);
  for (const text of safeguards) b.bullet(`•  ${text}`);
  b.checkbox(w.i.officials, false);
}

function remedies({ b, w }: Form) {
  b.field(w.j.remedy);
  b.subheading(w.j.remedyAuthority);
  for (const label of [w.contact.name, w.contact.contactPerson, w.contact.address, w.contact.phone, w.contact.email]) b.field(label);
}

function issuing({ b, letter, w }: Form) {
  b.paragraph(w.k.type, { align: "left" });
  b.checkbox(w.k.judicial, false);
  b.checkbox(w.k.otherAuthority, false);
  b.field(w.contact.name, letter.requestingAuthority);
  b.field(w.contact.representative);
  b.field(w.contact.post);
  b.field(w.contact.fileReference, `${letter.caseReference} (${letter.reference})`);
  b.field(w.contact.address);
  b.field(w.contact.phone);
  b.field(w.contact.email);
  b.field(w.contact.languages);
  b.field(w.contact.contactPerson, letter.contactPoint);
  b.keepTogether(200);
  b.subheading(w.k.certify);
  signatureLines(b, w);
}

function validating({ b, w }: Form) {
  b.paragraph(w.l.type, { align: "left" });
  for (const type of [w.l.judge, w.l.investigatingJudge, w.l.prosecutor]) b.checkbox(type, false);
  for (const label of [w.contact.name, w.contact.representative, w.contact.post, w.contact.fileReference, w.contact.address, w.contact.phone, w.contact.email, w.contact.languages]) {
    b.field(label);
  }
  b.paragraph(w.l.mainContact, { align: "left" });
  b.checkbox(w.l.issuing, false);
  b.checkbox(w.l.validating, false);
  b.keepTogether(160);
  signatureLines(b, w);
}

function signatureLines(b: DocumentBuilder, w: AnnexAWording) {
  b.field(w.contact.representative);
  b.field(w.contact.post);
  b.field(w.contact.date);
  b.field(w.contact.stamp);
  b.field(w.contact.signature);
  b.space(2);
}
