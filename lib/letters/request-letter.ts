import type { LetterLanguage } from "./languages";
import type { LetterView } from "./letter-view";
import { LetterWriter } from "./pdf-writer";
import { wordingFor, type LetterWording } from "./wording";

/** Child-witness rules of a requested State, named next to a child's hearing (docs/legal.md, "What a well-formed request contains"). */
const CHILD_WITNESS_RULES: Record<string, string> = {
  PH: "Rule on Examination of a Child Witness (2000)",
};
const CHILD_HEARINGS = new Set(["hearing_minor_victim", "video_link_testimony"]);

/**
 * The formal letter of a request as a PDF, in one language (lib/letters/languages.ts
 * says which the request needs). Headings and fixed sentences come from the wording; the
 * magistrate's own text (facts, offences, measures, contact) is reproduced as written —
 * its translation is a separate document.
 */
export async function requestLetterPdf(letter: LetterView, language: LetterLanguage): Promise<Buffer> {
  const wording = wordingFor(language);
  const s = wording.sentences;
  const eio = letter.legalBasis === "european_investigation_order";
  const writer = new LetterWriter({
    title: `${letter.reference} — ${eio ? s.titleEio : s.title}`,
    author: letter.requestingAuthority,
    lang: language,
  });

  header(writer, letter, wording);
  writer.space(0.6);
  writer.paragraph(s.salutation);
  writer.paragraph(s.opening(letter.requestingAuthority));
  if (language !== letter.languages[0]) writer.paragraph(s.freeTextNote, { italic: true });

  const sections = [legalBasis, facts, offences, measures, persons, urgency, confidentiality, contact];
  sections.forEach((section, i) => section(writer, letter, wording, i + 1));

  // The closing formula stays on the page of the signature.
  writer.keepSpace(240);
  writer.space(0.8);
  writer.paragraph(s.closing);
  writer.signatureBlock(s.signature.forAuthority, [
    letter.requestingAuthority,
    `${s.signature.name}${s.colon}……………………………………`,
    `${s.signature.title}${s.colon}……………………………………`,
    `${s.signature.signature}${s.colon}`,
    "",
    s.signature.placeAndDate,
  ]);

  const marking = letter.confidential ? `${s.confidentialBanner} — ` : "";
  return writer.finish((page, pages) => marking + s.footer(letter.reference, page, pages));
}

type Section = (writer: LetterWriter, letter: LetterView, wording: LetterWording, n: number) => void;

function header(writer: LetterWriter, letter: LetterView, { sentences: s, vocabulary: v, countryName }: LetterWording) {
  const markings = [
    ...(letter.confidential ? [s.confidentialBanner] : []),
    ...(letter.urgency !== "normal" ? [v.urgencies[letter.urgency].toUpperCase()] : []),
  ];
  writer.letterhead(letter.requestingAuthority, countryName(letter.requestingCountry), markings);
  writer.facts(
    [
      [s.labels.date, formatDate(letter.date, s.dateLocale)],
      [s.labels.ourReference, letter.reference],
      [s.labels.caseNumber, letter.caseReference],
      ...(letter.foreignReference ? [[s.labels.yourReference, letter.foreignReference] as [string, string]] : []),
      [s.labels.nature, natureOf(letter, s)],
    ],
    s.colon,
  );
  writer.space(1);
  writer.addressee([letter.requestedAuthority || s.competentAuthorities(countryName(letter.requestedCountry)), countryName(letter.requestedCountry)]);
  writer.space(1.2);
  const eio = letter.legalBasis === "european_investigation_order";
  writer.title(eio ? s.titleEio : s.title);
  writer.labelled(s.labels.subject, s.colon, (eio ? s.subjectEio : s.subject)(letter.caseReference));
}

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

const legalBasis: Section = (writer, letter, { sentences: s, vocabulary: v, countryName }, n) => {
  writer.heading(`${n}. ${s.headings.legalBasis}`);
  const parties = { requesting: countryName(letter.requestingCountry), requested: countryName(letter.requestedCountry) };
  writer.paragraph(s.legalBasis.statements[letter.legalBasis](parties));
  writer.labelled(s.legalBasis.basis, s.colon, v.legalBases[letter.legalBasis]);
  if (letter.legalBasisDetail.trim()) writer.labelled(s.legalBasis.detail, s.colon, letter.legalBasisDetail);
  writer.labelled(s.legalBasis.channel, s.colon, v.channels[letter.channel]);
};

const facts: Section = (writer, letter, { sentences: s }, n) => {
  writer.heading(`${n}. ${s.headings.facts}`);
  writer.paragraph(letter.summaryOfFacts, { missing: s.notProvided });
};

const offences: Section = (writer, letter, { sentences: s }, n) => {
  writer.heading(`${n}. ${s.headings.offences}`);
  writer.paragraph(letter.offencesAndPenalties, { missing: s.notProvided });
};

const measures: Section = (writer, letter, { sentences: s, vocabulary: v }, n) => {
  writer.heading(`${n}. ${s.headings.measures}`);
  if (letter.measures.length === 0) writer.paragraph("", { missing: s.notProvided });
  letter.measures.forEach((measure, i) => {
    writer.subheading(s.measure.heading(i + 1, v.measureTypes[measure.type]));
    writer.labelled(s.measure.what, s.colon, measure.description, s.notProvided);
    writer.labelled(s.measure.why, s.colon, measure.justification, s.notProvided);
    const safeguards = s.safeguards[measure.type];
    if (safeguards) {
      const rule = CHILD_HEARINGS.has(measure.type) ? CHILD_WITNESS_RULES[letter.requestedCountry.code] : undefined;
      writer.labelled(s.measure.safeguards, s.colon, rule ? `${safeguards} ${s.childWitnessRule(rule)}` : safeguards);
    }
  });
};

const persons: Section = (writer, letter, { sentences: s, vocabulary: v }, n) => {
  writer.heading(`${n}. ${s.headings.persons}`);
  if (letter.persons.length === 0) writer.paragraph(s.persons.none);
  for (const person of letter.persons) {
    const details = [
      person.identity ?? s.persons.identityWithheld,
      person.nationality && `${s.persons.nationality}${s.colon}${person.nationality}`,
      person.location && `${s.persons.location}${s.colon}${person.location}`,
    ].filter(Boolean);
    writer.bullet(`•  ${person.pseudonym} — ${v.personRoles[person.role]}${s.colon}${details.join(", ")}`);
  }
};

const urgency: Section = (writer, letter, { sentences: s, vocabulary: v }, n) => {
  writer.heading(`${n}. ${s.headings.urgency}`);
  if (letter.urgency === "normal" && !letter.targetDate) {
    writer.paragraph(s.urgency.none);
    return;
  }
  writer.labelled(s.urgency.level, s.colon, v.urgencies[letter.urgency]);
  if (letter.urgencyReasons.trim()) writer.labelled(s.urgency.reasons, s.colon, letter.urgencyReasons);
  if (letter.targetDate) writer.paragraph(s.urgency.targetDate(formatDate(letter.targetDate, s.dateLocale)));
};

const confidentiality: Section = (writer, letter, { sentences: s }, n) => {
  writer.heading(`${n}. ${s.headings.confidentiality}`);
  if (!letter.confidential) {
    writer.paragraph(s.confidentiality.none);
    return;
  }
  writer.paragraph(s.confidentiality.requested);
  if (letter.confidentialityReasons.trim()) writer.labelled(s.confidentiality.reasons, s.colon, letter.confidentialityReasons);
};

const contact: Section = (writer, letter, { sentences: s }, n) => {
  writer.heading(`${n}. ${s.headings.contact}`);
  writer.paragraph(s.contact.intro);
  writer.paragraph(letter.contactPoint, { missing: s.notProvided, align: "left" });
  writer.paragraph(s.contact.quoteReference(letter.reference));
};

/** A calendar date (YYYY-MM-DD) written out in the letter's language, e.g. "2 mars 2026". */
function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
