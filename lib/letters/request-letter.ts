import type { DocumentBuilder, FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import { dateIn, footerOf, letterTop, signOff, startDocument } from "./letter-parts";
import type { LetterView } from "./letter-view";
import { measureDetailLines } from "./measure-detail-lines";
import { wordingFor, type LetterWording } from "./wording";

/** Child-witness rules of a requested State, named next to a child's hearing (docs/legal.md, "What a well-formed request contains"). */
const CHILD_WITNESS_RULES: Record<string, string> = {
  PH: "Rule on Examination of a Child Witness (2000)",
};
const CHILD_HEARINGS = new Set(["hearing_minor_victim", "video_link_testimony"]);

/**
 * What the formal letter of a request says, in one language (lib/letters/languages.ts says
 * which the request needs); render-pdf.ts and render-docx.ts print it. Headings and fixed
 * sentences come from the wording; the magistrate's own text (facts, offences, measures,
 * contact) is reproduced as written — its translation is a separate document.
 */
export function requestLetter(letter: LetterView, language: LetterLanguage): FormalDocument {
  const wording = wordingFor(language);
  const s = wording.sentences;
  const eio = letter.legalBasis === "european_investigation_order";
  const b = startDocument(letter, language, eio ? s.titleEio : s.title);

  letterTop(b, letter, wording, {
    date: letter.date,
    title: eio ? s.titleEio : s.title,
    subject: (eio ? s.subjectEio : s.subject)(letter.caseReference),
    rows: [[s.labels.nature, natureOf(letter, s)]],
    markUrgency: true,
  });
  b.space(0.6);
  b.paragraph(s.salutation);
  b.paragraph(s.opening(letter.requestingAuthority));
  if (language !== letter.languages[0]) b.paragraph(s.freeTextNote, { italic: true });

  const sections = [legalBasis, facts, offences, measures, persons, urgency, confidentiality, contact];
  sections.forEach((section, i) => section(b, letter, wording, i + 1));

  signOff(b, letter, wording);
  return b.build(footerOf(letter, wording));
}

type Section = (b: DocumentBuilder, letter: LetterView, wording: LetterWording, n: number) => void;

function natureOf(letter: LetterView, s: LetterWording["sentences"]): string {
  switch (letter.nature.kind) {
    case "initial":
      return s.nature.initial;
    case "supplementary":
      return s.nature.supplementary(letter.nature.parentReference);
    case "preservationFollowUp":
      return s.nature.preservationFollowUp(letter.nature.parentReference);
  }
}

const legalBasis: Section = (b, letter, { sentences: s, vocabulary: v, countryName }, n) => {
  b.heading(`${n}. ${s.headings.legalBasis}`);
  const parties = { requesting: countryName(letter.requestingCountry), requested: countryName(letter.requestedCountry) };
  b.paragraph(s.legalBasis.statements[letter.legalBasis](parties));
  b.labelled(s.legalBasis.basis, v.legalBases[letter.legalBasis]);
  if (letter.legalBasisDetail.trim()) b.labelled(s.legalBasis.detail, letter.legalBasisDetail);
  b.labelled(s.legalBasis.channel, v.channels[letter.channel]);
};

const facts: Section = (b, letter, { sentences: s }, n) => {
  b.heading(`${n}. ${s.headings.facts}`);
  b.paragraph(letter.summaryOfFacts, { missing: s.notProvided });
};

const offences: Section = (b, letter, { sentences: s }, n) => {
  b.heading(`${n}. ${s.headings.offences}`);
  b.paragraph(letter.offencesAndPenalties, { missing: s.notProvided });
};

const measures: Section = (b, letter, wording, n) => {
  const { sentences: s, vocabulary: v } = wording;
  b.heading(`${n}. ${s.headings.measures}`);
  if (letter.measures.length === 0) b.paragraph("", { missing: s.notProvided });
  letter.measures.forEach((measure, i) => {
    b.subheading(s.measure.heading(i + 1, v.measureTypes[measure.type]));
    b.labelled(s.measure.what, measure.description, s.notProvided);
    for (const [label, value] of measureDetailLines(measure.type, measure.details, wording)) b.labelled(label, value);
    b.labelled(s.measure.why, measure.justification, s.notProvided);
    const safeguards = s.safeguards[measure.type];
    if (safeguards) {
      const rule = CHILD_HEARINGS.has(measure.type) ? CHILD_WITNESS_RULES[letter.requestedCountry.code] : undefined;
      b.labelled(s.measure.safeguards, rule ? `${safeguards} ${s.childWitnessRule(rule)}` : safeguards);
    }
  });
};

const persons: Section = (b, letter, { sentences: s, vocabulary: v }, n) => {
  b.heading(`${n}. ${s.headings.persons}`);
  if (letter.persons.length === 0) b.paragraph(s.persons.none);
  for (const person of letter.persons) {
    const details = [
      person.identity ?? s.persons.identityWithheld,
      person.nationality && `${s.persons.nationality}${s.colon}${person.nationality}`,
      person.location && `${s.persons.location}${s.colon}${person.location}`,
    ].filter(Boolean);
    const atRisk = person.childAtRisk ? ` (${s.persons.childAtRisk.toUpperCase()})` : "";
    b.bullet(`•  ${person.pseudonym} — ${v.personRoles[person.role]}${atRisk}${s.colon}${details.join(", ")}`);
  }
};

const urgency: Section = (b, letter, wording, n) => {
  const { sentences: s, vocabulary: v } = wording;
  b.heading(`${n}. ${s.headings.urgency}`);
  if (letter.urgency === "normal" && !letter.targetDate && !letter.childAtRisk) {
    b.paragraph(s.urgency.none);
    return;
  }
  b.labelled(s.urgency.level, v.urgencies[letter.urgency]);
  if (letter.childAtRisk) b.paragraph(s.urgency.childAtRisk);
  if (letter.urgencyReasons.trim()) b.labelled(s.urgency.reasons, letter.urgencyReasons);
  if (letter.targetDate) b.paragraph(s.urgency.targetDate(dateIn(letter.targetDate, wording)));
};

const confidentiality: Section = (b, letter, { sentences: s }, n) => {
  b.heading(`${n}. ${s.headings.confidentiality}`);
  if (!letter.confidential) {
    b.paragraph(s.confidentiality.none);
    return;
  }
  b.paragraph(s.confidentiality.requested);
  if (letter.confidentialityReasons.trim()) b.labelled(s.confidentiality.reasons, letter.confidentialityReasons);
};

const contact: Section = (b, letter, { sentences: s }, n) => {
  b.heading(`${n}. ${s.headings.contact}`);
  b.paragraph(s.contact.intro);
  b.paragraph(letter.contactPoint, { missing: s.notProvided, align: "left" });
  b.paragraph(s.contact.quoteReference(letter.reference));
};
